//! Stage 8, dedup: flag exact duplicates (equal `text_sha256`) and near duplicates (MinHash over
//! word shingles with LSH banding, confirmed by the exact Jaccard similarity of the shingle
//! sets). In each group the first document by `doc_id` is canonical; the others point at it.
//! Nothing is dropped, and the result does not depend on thread count or input order.
//!
//! Not wired into the pipeline yet (issue 5 does that, with language detection).

use std::collections::{BTreeMap, BTreeSet};

use unicode_segmentation::UnicodeSegmentation;
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Near-duplicate detection settings.
#[derive(Debug, Clone, PartialEq)]
pub struct DedupSettings {
    /// Jaccard similarity of word shingles at or above which two documents are near duplicates.
    pub threshold: f64,
    /// Words per shingle.
    pub shingle_words: usize,
    /// LSH bands; `bands × rows` hash functions are used.
    pub bands: usize,
    /// Rows per band.
    pub rows: usize,
}

impl Default for DedupSettings {
    fn default() -> Self {
        // 20 bands of 5 rows: a pair at Jaccard 0.8 becomes a candidate with probability
        // 1 - (1 - 0.8^5)^20 ≈ 0.9996; at 0.5, 0.47 (and is then rejected by the exact check).
        DedupSettings {
            threshold: 0.8,
            shingle_words: 3,
            bands: 20,
            rows: 5,
        }
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

/// The shingle hashes of a text: overlapping runs of `n` lower-cased UAX #29 words.
pub fn shingles(text: &str, n: usize) -> BTreeSet<u64> {
    let words: Vec<String> = text.unicode_words().map(|w| w.to_lowercase()).collect();
    let n = n.max(1);
    if words.len() < n {
        return std::iter::once(xxh3_64_with_seed(words.join(" ").as_bytes(), 0)).collect();
    }
    words
        .windows(n)
        .map(|w| xxh3_64_with_seed(w.join(" ").as_bytes(), 0))
        .collect()
}

/// The MinHash signature of a shingle set: for each of `k` seeded hash functions, the minimum.
pub fn signature(shingles: &BTreeSet<u64>, k: usize) -> Vec<u64> {
    (0..k as u64)
        .map(|seed| {
            shingles
                .iter()
                .map(|h| xxh3_64_with_seed(&h.to_le_bytes(), seed + 1))
                .min()
                .unwrap_or(u64::MAX)
        })
        .collect()
}

/// Jaccard similarity of two sets.
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
    // Near duplicates: LSH buckets, then the exact Jaccard check on candidate pairs.
    let sets: Vec<BTreeSet<u64>> = docs
        .iter()
        .map(|d| shingles(d.text, s.shingle_words))
        .collect();
    let k = s.bands * s.rows;
    let sigs: Vec<Vec<u64>> = sets.iter().map(|set| signature(set, k)).collect();
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for band in 0..s.bands {
        let mut buckets: BTreeMap<&[u64], Vec<usize>> = BTreeMap::new();
        for (i, sig) in sigs.iter().enumerate() {
            buckets
                .entry(&sig[band * s.rows..(band + 1) * s.rows])
                .or_default()
                .push(i);
        }
        for members in buckets.values().filter(|m| m.len() > 1) {
            for (x, &a) in members.iter().enumerate() {
                for &b in &members[x + 1..] {
                    candidates.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    for (a, b) in candidates {
        if jaccard(&sets[a], &sets[b]) >= s.threshold {
            union(&mut parent, a, b);
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
                .replace("in the morning", "before noon")
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
    fn shingles_and_jaccard() {
        let a = shingles("one two three four five six", 5); // 2 five-word shingles
        assert_eq!(a.len(), 2);
        assert_eq!(jaccard(&a, &a), 1.0);
        let short = shingles("only three words", 5);
        assert_eq!(short.len(), 1);
        assert_eq!(jaccard(&a, &short), 0.0);
        let cjk = shingles("集体安全条约组织维和部队", 5);
        assert!(cjk.len() > 1, "CJK text shingles by character words");
    }
}
