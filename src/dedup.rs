//! Stage 8, dedup: flag exact duplicates (equal `text_sha256`) and near duplicates (MinHash over
//! word shingles with LSH banding). In each group the first document by `doc_id` is canonical;
//! the others point at it. Nothing is dropped, and the result does not depend on thread count or
//! input order.
//!
//! Within an LSH bucket each member becomes a candidate pair with the bucket's first member and
//! with its predecessor (linear in the bucket's size). A candidate pair is confirmed when its
//! MinHash estimate of the Jaccard similarity (the share of equal signature positions) reaches
//! the threshold. Deciding from the signatures alone, not the shingle sets, is what lets a
//! sharded build merge its parts from the stored signatures and still agree with a
//! single-machine build.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64_with_seed;

use crate::error::{Error, Result};

/// The method, as recorded in the manifest.
pub const METHOD: &str = "exact text_sha256, then MinHash (xxh3 shingle hashes, multiply-add permutations) over lower-cased word shingles with LSH banding";

/// Near-duplicate detection settings (`[dedup]` in `corpus.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DedupSettings {
    /// Estimated Jaccard similarity of word shingles at or above which two documents are near
    /// duplicates.
    pub threshold: f64,
    /// Words per shingle.
    pub shingle_words: usize,
    /// LSH bands; `bands × rows` hash functions make a signature.
    pub bands: usize,
    /// Rows per band.
    pub rows: usize,
}

impl Default for DedupSettings {
    fn default() -> Self {
        // 20 bands of 5 rows: a pair at Jaccard 0.8 becomes a candidate with probability
        // 1 - (1 - 0.8^5)^20 ≈ 0.9996; at 0.5, 0.47 (and is then rejected by the estimate).
        DedupSettings {
            threshold: 0.8,
            shingle_words: 3,
            bands: 20,
            rows: 5,
        }
    }
}

impl DedupSettings {
    /// Checks the values: a threshold in (0, 1] and at least one shingle word, band and row.
    pub fn validate(&self) -> Result<()> {
        if !(self.threshold > 0.0 && self.threshold <= 1.0) {
            return Err(Error::Settings(format!(
                "dedup.threshold = {} must be in (0, 1]",
                self.threshold
            )));
        }
        if self.shingle_words == 0 || self.bands == 0 || self.rows == 0 {
            return Err(Error::Settings(
                "dedup.shingle_words, dedup.bands and dedup.rows must be at least 1".into(),
            ));
        }
        Ok(())
    }

    /// Hash functions per signature.
    pub fn num_hashes(&self) -> usize {
        self.bands * self.rows
    }
}

/// One document as dedup sees it.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// Its id (documents must be given sorted by it).
    pub doc_id: &'a str,
    /// Clean text.
    pub text: &'a str,
    /// SHA-256 of the text.
    pub text_sha256: &'a str,
}

/// One document as the decision sees it: its MinHash signature stands for its text, so the
/// texts need not be in memory (or on this machine) when duplicates are resolved.
#[derive(Debug, Clone, Copy)]
pub struct Signed<'a> {
    /// Its id (documents must be given sorted by it).
    pub doc_id: &'a str,
    /// SHA-256 of the text.
    pub text_sha256: &'a str,
    /// [`text_signature`] of the text (`None`: too few words, compared exactly only).
    pub signature: Option<&'a [u64]>,
}

/// The MinHash signature of `text` under `s`, or `None` when it has fewer than
/// `s.shingle_words` words.
pub fn text_signature(text: &str, s: &DedupSettings) -> Option<Vec<u64>> {
    words_signature(crate::annotate::unicode_words(text), s)
}

/// [`text_signature`] from the text's UAX #29 words, for a caller that has segmented it already.
pub fn words_signature<'a>(
    words: impl Iterator<Item = &'a str>,
    s: &DedupSettings,
) -> Option<Vec<u64>> {
    // MinHash of the distinct shingles: a repeated shingle cannot change a minimum, so the
    // hashes are folded as they come, repeats included, a batch at a time: no hash list the
    // size of the text (a 1 MB page has about 150,000 words).
    let (a, b) = permutations(s.num_hashes());
    let mut mins = vec![u64::MAX; a.len()];
    let mut batch = Vec::with_capacity(SHINGLE_BATCH);
    let mut shingles = 0usize;
    for_each_shingle(words, s.shingle_words, |h| {
        shingles += 1;
        batch.push(h);
        if batch.len() == SHINGLE_BATCH {
            fold_minimums(&batch, &a, &b, &mut mins);
            batch.clear();
        }
    });
    fold_minimums(&batch, &a, &b, &mut mins);
    (shingles > 0).then_some(mins)
}

/// Shingle hashes folded into the minimums at a time by [`words_signature`].
const SHINGLE_BATCH: usize = 512;

/// Calls `f` with the hash of each overlapping run of `n` lower-cased UAX #29 words (with
/// repeats), in order: each word is hashed once, and a shingle's hash is the xxh3 of its words'
/// hashes (little-endian bytes, first word first).
fn for_each_shingle<'a>(words: impl Iterator<Item = &'a str>, n: usize, mut f: impl FnMut(u64)) {
    let n = n.max(1);
    let mut lower = String::new();
    // The last `n` word hashes, the oldest at `(seen + 1) % n` once `n` are seen.
    let mut ring = vec![0u64; n];
    let mut buf = Vec::with_capacity(8 * n);
    for (seen, w) in words.enumerate() {
        // Only words with an upper-case letter are lowered (a title-case `ǅ` is not one).
        ring[seen % n] = if crate::annotate::has_uppercase(w) {
            lower.clear();
            crate::annotate::push_lowercase(&mut lower, w);
            xxh3_64_with_seed(lower.as_bytes(), 0)
        } else {
            xxh3_64_with_seed(w.as_bytes(), 0)
        };
        if seen + 1 >= n {
            buf.clear();
            for j in 1..=n {
                buf.extend_from_slice(&ring[(seen + j) % n].to_le_bytes());
            }
            f(xxh3_64_with_seed(&buf, 0));
        }
    }
}

/// The shingle hashes of [`for_each_shingle`], collected.
fn shingle_hashes<'a>(words: impl Iterator<Item = &'a str>, n: usize) -> Vec<u64> {
    let mut hashes = Vec::new();
    for_each_shingle(words, n, |h| hashes.push(h));
    hashes
}

/// The `k` permutations of MinHash: `h ↦ x ⊕ (x >> 29)` with `x = (mix(h) ⊕ b)·a` and odd `a`,
/// each a bijection of the hash values, with constants from a fixed SplitMix64 stream (part of
/// the method: changing them changes every signature).
fn permutations(k: usize) -> (Vec<u64>, Vec<u64>) {
    let mut rng = crate::benchgen::Rng::new(0x636f_7270_6163_6b21); // "corpack!"
    (0..k).map(|_| (rng.next_u64() | 1, rng.next_u64())).unzip()
}

/// A 64-bit finalizer (MurmurHash3's fmix64): spreads every input bit over the output.
#[inline]
fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// MinHash of shingle hashes under [`permutations`]: per permutation, the minimum (a repeated
/// hash changes nothing).
fn signature_of(hashes: &[u64], k: usize) -> Vec<u64> {
    let (a, b) = permutations(k);
    let mut mins = vec![u64::MAX; k];
    fold_minimums(hashes, &a, &b, &mut mins);
    mins
}

/// The inner loop of [`signature_of`], compiled for AVX-512 and AVX2 beside the baseline and
/// chosen at run time (the same integers on every path): the permutations of one hash are
/// independent lanes, and 64-bit multiplies are what SSE2 cannot do in vectors.
#[multiversion::multiversion(targets("x86_64+avx512f+avx512dq+avx512vl", "x86_64+avx2"))]
fn fold_minimums(hashes: &[u64], a: &[u64], b: &[u64], mins: &mut [u64]) {
    for &h in hashes {
        let h = mix(h);
        for ((m, &a), &b) in mins.iter_mut().zip(a).zip(b) {
            let x = (h ^ b).wrapping_mul(a);
            *m = (*m).min(x ^ (x >> 29));
        }
    }
}

/// The shingle hashes of a text: overlapping runs of `n` lower-cased UAX #29 words. Empty when
/// the text has fewer than `n` words: such texts are only compared exactly.
pub fn shingles(text: &str, n: usize) -> BTreeSet<u64> {
    shingle_hashes(crate::annotate::unicode_words(text), n)
        .into_iter()
        .collect()
}

/// The MinHash signature of a shingle set: for each of `k` seeded hash functions, the minimum
/// (`u64::MAX` everywhere for an empty set).
pub fn signature(shingles: &BTreeSet<u64>, k: usize) -> Vec<u64> {
    let hashes: Vec<u64> = shingles.iter().copied().collect();
    signature_of(&hashes, k)
}

/// The MinHash estimate of the Jaccard similarity: the share of equal signature positions.
pub fn similarity(a: &[u64], b: &[u64]) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len().max(1) as f64
}

/// Exact Jaccard similarity of two sets (for tests and reports; decisions use [`similarity`]).
pub fn jaccard(a: &BTreeSet<u64>, b: &BTreeSet<u64>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        1.0
    } else {
        inter as f64 / union as f64
    }
}

/// `duplicate_of` for each document (same order as `docs`, which must be sorted by `doc_id`):
/// the canonical document's id, or `None` for canonical and unique documents.
pub fn find_duplicates(docs: &[Doc<'_>], s: &DedupSettings) -> Vec<Option<String>> {
    let sigs: Vec<Option<Vec<u64>>> = docs.par_iter().map(|d| text_signature(d.text, s)).collect();
    let signed: Vec<Signed<'_>> = docs
        .iter()
        .zip(&sigs)
        .map(|(d, sig)| Signed {
            doc_id: d.doc_id,
            text_sha256: d.text_sha256,
            signature: sig.as_deref(),
        })
        .collect();
    find_duplicates_signed(&signed, s)
}

/// [`find_duplicates`] from signatures: the same answer without the texts.
pub fn find_duplicates_signed(docs: &[Signed<'_>], s: &DedupSettings) -> Vec<Option<String>> {
    let n = docs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let union = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(p, a), root(p, b));
        // The smaller index (the earlier doc_id) stays the root: it is the canonical copy.
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            p[hi] = lo;
        }
    };
    // Exact duplicates.
    let mut by_hash: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        match by_hash.get(d.text_sha256) {
            Some(&first) => union(&mut parent, first, i),
            None => {
                by_hash.insert(d.text_sha256, i);
            }
        }
    }
    // Near duplicates, among the first copy of each distinct text with enough words: LSH
    // buckets, then the signature estimate on each candidate pair.
    let sigs: Vec<Option<&[u64]>> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // A signature of another length (other settings) cannot be banded: exact only.
            (by_hash.get(d.text_sha256) == Some(&i))
                .then_some(d.signature)
                .flatten()
                .filter(|sig| sig.len() == s.num_hashes())
        })
        .collect();
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for band in 0..s.bands {
        let mut buckets: BTreeMap<&[u64], Vec<usize>> = BTreeMap::new();
        for (i, sig) in sigs.iter().enumerate() {
            if let Some(sig) = sig {
                buckets
                    .entry(&sig[band * s.rows..(band + 1) * s.rows])
                    .or_default()
                    .push(i);
            }
        }
        // Each member is checked against the bucket's first member and its predecessor, not
        // every other member: a cluster of k templated pages costs O(k), not O(k²) (all-pairs
        // took minutes on 24k near-copies of 58 texts), and groups still close transitively.
        for members in buckets.values().filter(|m| m.len() > 1) {
            let first = members[0];
            for w in members.windows(2) {
                candidates.insert((first, w[1]));
                candidates.insert((w[0], w[1]));
            }
        }
    }
    for (a, b) in candidates {
        if let (Some(sa), Some(sb)) = (&sigs[a], &sigs[b]) {
            if similarity(sa, sb) >= s.threshold {
                union(&mut parent, a, b);
            }
        }
    }
    (0..n)
        .map(|i| {
            let r = root(&mut parent, i);
            (r != i).then(|| docs[r].doc_id.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Shingle hashes, computed in place, are the xxh3 of each window of word hashes.
        #[test]
        fn shingle_hashes_are_the_windows_of_word_hashes(
            words in proptest::collection::vec("[a-cA-C]{1,3}", 0..12),
            n in 1usize..5,
        ) {
            let word_hash = |w: &String| xxh3_64_with_seed(w.to_lowercase().as_bytes(), 0);
            let hashes: Vec<u64> = words.iter().map(word_hash).collect();
            let want: Vec<u64> = hashes
                .windows(n)
                .map(|w| {
                    let bytes: Vec<u8> = w.iter().flat_map(|h| h.to_le_bytes()).collect();
                    xxh3_64_with_seed(&bytes, 0)
                })
                .collect();
            let got = shingle_hashes(words.iter().map(String::as_str), n);
            proptest::prop_assert_eq!(got, want);
        }

        /// A text's signature, folded over its shingles repeats and all, is the signature of
        /// its shingle set (a text of few words repeats many shingles).
        #[test]
        fn a_text_signature_is_the_signature_of_its_shingle_set(
            words in proptest::collection::vec("[a-cA-C]{1,2}", 0..40),
        ) {
            let s = DedupSettings::default();
            let text = words.join(" ");
            let set = shingles(&text, s.shingle_words);
            let want = (!set.is_empty()).then(|| signature(&set, s.num_hashes()));
            proptest::prop_assert_eq!(text_signature(&text, &s), want);
        }
    }

    /// Past a batch of shingles (and at every batch boundary), the signature is still the
    /// signature of the whole shingle set.
    #[test]
    fn a_long_text_is_signed_across_batches() {
        let mut rng = crate::benchgen::Rng::new(11);
        let s = DedupSettings::default();
        let n = s.shingle_words;
        for len in [
            SHINGLE_BATCH + n - 2,
            SHINGLE_BATCH + n - 1,
            SHINGLE_BATCH + n,
            3 * SHINGLE_BATCH + 7,
        ] {
            let words: Vec<String> = (0..len)
                .map(|_| format!("w{}", rng.next_u64() % 5000))
                .collect();
            let text = words.join(" ");
            let want = signature(&shingles(&text, n), s.num_hashes());
            assert_eq!(text_signature(&text, &s), Some(want), "{len} words");
        }
    }

    #[test]
    fn the_vectorized_minimums_are_the_scalar_ones() {
        let mut rng = crate::benchgen::Rng::new(7);
        for n in [0usize, 1, 3, 1000] {
            let hashes: Vec<u64> = (0..n).map(|_| rng.next_u64()).collect();
            for k in [1usize, 7, 100, 128] {
                let (a, b) = permutations(k);
                let want: Vec<u64> = (0..k)
                    .map(|j| {
                        hashes
                            .iter()
                            .map(|&h| {
                                let x = (mix(h) ^ b[j]).wrapping_mul(a[j]);
                                x ^ (x >> 29)
                            })
                            .min()
                            .unwrap_or(u64::MAX)
                    })
                    .collect();
                assert_eq!(signature_of(&hashes, k), want, "n={n} k={k}");
            }
        }
    }

    const ARTICLE: &str = "Peacekeepers leave Almaty after a week\n\nThe contingent handed over the protected facilities to local police on Thursday, officials said. \
Troops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan had guarded the airport, the power station and government buildings since the unrest began. \
The withdrawal will take about ten days, the defence ministry said, and the first aircraft left the military airfield in the morning. \
Residents returned to the central square, where shops reopened and traffic lights worked again for the first time in a week.";

    fn doc<'a>(id: &'a str, text: &'a str, sha: &'a str) -> Doc<'a> {
        Doc {
            doc_id: id,
            text,
            text_sha256: sha,
        }
    }

    #[test]
    fn exact_and_near_duplicates_point_at_the_first_doc_id() {
        let mirror = format!(
            "Share\nHome › World\n\n{}\n\nRead more on our site",
            ARTICLE
                .replace(
                    "on Thursday, officials said",
                    "on Thursday,   officials   said"
                )
                .replace("in the morning", "in the early morning")
        );
        let other = "Snow closes mountain passes\n\nHeavy snow closed two mountain passes on Monday and the regional authorities asked drivers to postpone trips. \
Rescue teams cleared the road to the ski resort by the evening, and buses resumed service the next day after the storm moved east.";
        let same_topic = "Almaty after the unrest\n\nA week after the January unrest, Almaty is calm again. Shops reopened on the central square and the airport resumed flights, \
while the peacekeeping contingent from the CSTO prepares to leave the country over the coming ten days, the government said.";
        let docs = [
            doc("a", ARTICLE, "h1"),
            doc("b", other, "h2"),
            doc("c", ARTICLE, "h1"),
            doc("d", &mirror, "h3"),
            doc("e", same_topic, "h4"),
        ];
        let s = DedupSettings::default();
        let j = jaccard(
            &shingles(ARTICLE, s.shingle_words),
            &shingles(&mirror, s.shingle_words),
        );
        assert!(j >= s.threshold, "the mirror is {j} similar");
        let j_mirror = j;
        let k = s.num_hashes();
        let est = similarity(
            &signature(&shingles(ARTICLE, s.shingle_words), k),
            &signature(&shingles(&mirror, s.shingle_words), k),
        );
        assert!(
            est >= s.threshold,
            "the mirror is {est} similar by MinHash (Jaccard {j_mirror})"
        );
        let j = jaccard(
            &shingles(ARTICLE, s.shingle_words),
            &shingles(same_topic, s.shingle_words),
        );
        assert!(j < 0.2, "the same-topic article is {j} similar");
        let got = find_duplicates(&docs, &DedupSettings::default());
        assert_eq!(got, [None, None, Some("a".into()), Some("a".into()), None]);
    }

    #[test]
    fn result_does_not_depend_on_input_order() {
        let a = ARTICLE.to_string();
        let b = ARTICLE.replace("the first aircraft", "the very first aircraft");
        let docs = [doc("x/1", &a, "1"), doc("x/2", &b, "2")];
        let got = find_duplicates(&docs, &DedupSettings::default());
        assert_eq!(got, [None, Some("x/1".into())]);
        let again = find_duplicates(&docs, &DedupSettings::default());
        assert_eq!(got, again);
    }

    #[test]
    fn short_texts_are_only_compared_exactly() {
        let docs = [
            doc("a", "Photo", "p"),
            doc("b", "Video", "v"),
            doc("c", "Photo", "p"),
        ];
        let got = find_duplicates(&docs, &DedupSettings::default());
        assert_eq!(got, [None, None, Some("a".into())]);
    }

    #[test]
    fn many_exact_copies_and_a_chain_of_near_copies_share_one_canonical() {
        let b = ARTICLE.replace("on Thursday", "on Friday");
        let c = b.replace("ten days", "two weeks");
        let mut docs = vec![doc("0", ARTICLE, "a")];
        let ids: Vec<String> = (1..50).map(|i| format!("{i:02}")).collect();
        for id in &ids {
            docs.push(doc(id, ARTICLE, "a"));
        }
        docs.push(doc("x", &b, "b"));
        docs.push(doc("y", &c, "c"));
        let got = find_duplicates(&docs, &DedupSettings::default());
        assert!(
            got[1..].iter().all(|g| g.as_deref() == Some("0")),
            "{got:?}"
        );
        assert_eq!(got[0], None);
    }

    #[test]
    fn a_large_cluster_of_templated_copies_has_one_canonical() {
        // 300 copies of one article, each with its own closing line: one group, the first id.
        let texts: Vec<String> = (0..300)
            .map(|i| format!("{ARTICLE}\n\nCorrection number {i} was appended."))
            .collect();
        let ids: Vec<String> = (0..300).map(|i| format!("p{i:03}")).collect();
        let shas: Vec<String> = (0..300).map(|i| i.to_string()).collect();
        let docs: Vec<Doc<'_>> = (0..300)
            .map(|i| doc(&ids[i], &texts[i], &shas[i]))
            .collect();
        let got = find_duplicates(&docs, &DedupSettings::default());
        assert_eq!(got[0], None);
        assert!(
            got[1..].iter().all(|g| g.as_deref() == Some("p000")),
            "{got:?}"
        );
    }

    #[test]
    fn settings_are_checked() {
        assert!(DedupSettings::default().validate().is_ok());
        for t in [0.0, -1.0, 1.5, f64::NAN] {
            let s = DedupSettings {
                threshold: t,
                ..Default::default()
            };
            assert!(s.validate().is_err(), "{t}");
        }
        let s = DedupSettings {
            rows: 0,
            ..Default::default()
        };
        assert!(s.validate().is_err());
    }

    #[test]
    fn shingles_and_jaccard() {
        let a = shingles("one two three four five six", 5); // 2 five-word shingles
        assert_eq!(a.len(), 2);
        assert_eq!(jaccard(&a, &a), 1.0);
        let short = shingles("only three words", 5);
        assert!(short.is_empty());
        assert_eq!(jaccard(&a, &short), 0.0);
        let cjk = shingles("集体安全条约组织维和部队", 5);
        assert!(cjk.len() > 1, "CJK text shingles by character words");
        assert!(shingles("two words", 3).is_empty());
        let sig = signature(&a, 10);
        assert_eq!(similarity(&sig, &sig), 1.0);
        assert_eq!(
            similarity(&sig, &signature(&shingles("other words here", 3), 10)),
            0.0
        );
    }
}
