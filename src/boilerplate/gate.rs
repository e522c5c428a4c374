//! Which pattern rules a line could match, from the strings their matches must contain.
//!
//! Most patterns cannot match a line without one of a few strings that can be read off their
//! syntax: `(?i)^(.{0,140}[\s.,|])?(all rights reserved|tous droits réservés|…)` needs one of
//! its phrases, in some case. [`Gate`] finds every such string in a line in one Aho-Corasick pass,
//! so the line is tried only against the patterns it could match. A pattern with no such string
//! (`^[\p{P}\p{S}]{1,4}$`) is tried on every line. The gate may let through a pattern that then
//! does not match, as the pattern decides; it never turns away one that would match.
//!
//! Case: a small class such as `[sSſ]` (what `(?i)s` compiles to) stands for the characters of a
//! literal. Every character of such a class is sent to one representative of its case-folding
//! orbit, in the literals and in the line alike, so a line holds a literal in some case exactly
//! when its mapped text holds the mapped literal.

use std::collections::{BTreeMap, BTreeSet};

use aho_corasick::AhoCorasick;
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// Most characters a class may hold to count as a choice of literal characters.
const MAX_CLASS_CHARS: usize = 24;
/// Most strings a literal set may hold; larger alternations and cross products are given up.
const MAX_SET: usize = 1024;

/// What is known of the strings a regular expression node matches.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lits {
    /// It matches exactly one of these strings and nothing else.
    Exact(BTreeSet<String>),
    /// Every match contains one of these strings.
    Contains(BTreeSet<String>),
    /// Nothing.
    Any,
}

/// The character map that makes case variants one character.
#[derive(Debug, Clone)]
struct Fold {
    /// Representatives of ASCII characters.
    ascii: [u8; 128],
    /// Other mapped characters, sorted by the first.
    wide: Vec<(char, char)>,
}

impl Fold {
    /// The map for the small classes of `hirs`: each of their characters goes to the smallest
    /// character of its simple case-folding orbit.
    fn new(hirs: &[Hir]) -> Fold {
        let mut map = BTreeMap::new();
        for hir in hirs {
            visit_small_classes(hir, &mut |class| {
                for c in class_chars(class) {
                    map.entry(c).or_insert_with(|| {
                        let mut orbit = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
                        orbit.case_fold_simple();
                        orbit.ranges().first().map_or(c, |r| r.start())
                    });
                }
            });
        }
        let mut fold = Fold {
            ascii: std::array::from_fn(|b| b as u8),
            wide: Vec::new(),
        };
        for (c, rep) in map {
            match (u8::try_from(c), u8::try_from(rep)) {
                (Ok(b), Ok(r)) if b.is_ascii() && r.is_ascii() => fold.ascii[usize::from(b)] = r,
                _ => fold.wide.push((c, rep)),
            }
        }
        fold
    }

    fn char(&self, c: char) -> char {
        if c.is_ascii() {
            return char::from(self.ascii[c as usize]);
        }
        match self.wide.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => self.wide[i].1,
            Err(_) => c,
        }
    }

    /// `s` with every character mapped, into `out` (cleared first).
    fn str_into(&self, s: &str, out: &mut String) {
        out.clear();
        out.extend(s.chars().map(|c| self.char(c)));
    }
}

/// The characters of `class` when it holds at most [`MAX_CLASS_CHARS`], else nothing.
fn class_chars(class: &ClassUnicode) -> Vec<char> {
    let mut n = 0usize;
    for r in class.ranges() {
        n += (r.end() as usize).saturating_sub(r.start() as usize) + 1;
        if n > MAX_CLASS_CHARS {
            return Vec::new();
        }
    }
    class
        .ranges()
        .iter()
        .flat_map(|r| (r.start()..=r.end()).collect::<Vec<char>>())
        .collect()
}

fn visit_small_classes(hir: &Hir, f: &mut impl FnMut(&ClassUnicode)) {
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => f(c),
        HirKind::Repetition(r) => visit_small_classes(&r.sub, f),
        HirKind::Capture(c) => visit_small_classes(&c.sub, f),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().for_each(|s| visit_small_classes(s, f))
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Look(_) | HirKind::Class(_) => {}
    }
}

fn one(s: String) -> BTreeSet<String> {
    BTreeSet::from([s])
}

/// What every match of `hir` must contain, with characters mapped by `fold`.
fn lits(hir: &Hir, fold: &Fold) -> Lits {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Lits::Exact(one(String::new())),
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => {
                let mut out = String::new();
                fold.str_into(s, &mut out);
                Lits::Exact(one(out))
            }
            Err(_) => Lits::Any,
        },
        HirKind::Class(Class::Unicode(c)) => {
            let chars = class_chars(c);
            if chars.is_empty() {
                Lits::Any
            } else {
                Lits::Exact(
                    chars
                        .into_iter()
                        .map(|c| fold.char(c).to_string())
                        .collect(),
                )
            }
        }
        HirKind::Class(Class::Bytes(_)) => Lits::Any,
        HirKind::Capture(c) => lits(&c.sub, fold),
        HirKind::Repetition(r) => match (r.min, r.max, lits(&r.sub, fold)) {
            (_, _, Lits::Any) => Lits::Any,
            (1, Some(1), sub) => sub,
            (0, Some(1), Lits::Exact(mut s)) => {
                s.insert(String::new());
                Lits::Exact(s)
            }
            (0, _, _) => Lits::Any,
            (_, _, Lits::Exact(s) | Lits::Contains(s)) => Lits::Contains(s),
        },
        HirKind::Concat(subs) => concat(subs.iter().map(|s| lits(s, fold))),
        HirKind::Alternation(subs) => {
            let mut all = BTreeSet::new();
            let mut exact = true;
            for sub in subs {
                match lits(sub, fold) {
                    Lits::Any => return Lits::Any,
                    Lits::Exact(s) => all.extend(s),
                    Lits::Contains(s) => {
                        exact = false;
                        all.extend(s);
                    }
                }
                if all.len() > MAX_SET {
                    return Lits::Any;
                }
            }
            if exact {
                Lits::Exact(all)
            } else {
                Lits::Contains(all)
            }
        }
    }
}

/// A concatenation: runs of exact parts multiply out into longer strings, and the most selective
/// of the runs and the other parts' sets is what the whole must contain.
fn concat(parts: impl Iterator<Item = Lits>) -> Lits {
    let mut run: Option<BTreeSet<String>> = None;
    let mut exact = true;
    let mut candidates: Vec<BTreeSet<String>> = Vec::new();
    for part in parts {
        match part {
            Lits::Exact(s) => {
                run = Some(match run.take() {
                    None => s,
                    Some(r) if r.len() * s.len() <= MAX_SET => r
                        .iter()
                        .flat_map(|a| s.iter().map(move |b| format!("{a}{b}")))
                        .collect(),
                    Some(r) => {
                        exact = false;
                        candidates.push(r);
                        s
                    }
                });
            }
            Lits::Contains(s) => {
                exact = false;
                candidates.extend(run.take());
                candidates.push(s);
            }
            Lits::Any => {
                exact = false;
                candidates.extend(run.take());
            }
        }
    }
    if exact {
        return Lits::Exact(run.unwrap_or_else(|| one(String::new())));
    }
    candidates.extend(run);
    best(candidates).map_or(Lits::Any, Lits::Contains)
}

/// The most selective usable set: the longest shortest string, then the fewest strings. A set
/// holding the empty string requires nothing.
fn best(candidates: Vec<BTreeSet<String>>) -> Option<BTreeSet<String>> {
    candidates
        .into_iter()
        .filter_map(|s| {
            let shortest = s.iter().map(String::len).min()?;
            (shortest > 0).then_some((shortest, std::cmp::Reverse(s.len()), s))
        })
        .max()
        .map(|(_, _, s)| s)
}

/// The required strings of a pattern, if it has any; a string that contains another of the set
/// adds nothing and is left out.
fn required(hir: &Hir, fold: &Fold) -> Option<BTreeSet<String>> {
    let set = match lits(hir, fold) {
        Lits::Exact(s) | Lits::Contains(s) => best(vec![s])?,
        Lits::Any => return None,
    };
    let kept = set
        .iter()
        .filter(|s| {
            !set.iter()
                .any(|t| t.len() < s.len() && s.contains(t.as_str()))
        })
        .cloned()
        .collect();
    Some(kept)
}

/// The gate of a list of patterns (see the module docs).
#[derive(Debug, Clone)]
pub(crate) struct Gate {
    fold: Fold,
    /// Every required string of every pattern; `None` when no pattern has one.
    finder: Option<AhoCorasick>,
    /// For each string of `finder`, the patterns (positions in the list) that require it.
    admits: Vec<Vec<usize>>,
    /// Patterns that require no string: tried on every line.
    always: Vec<usize>,
    /// How many patterns.
    len: usize,
}

impl Gate {
    /// The gate of `patterns`, which must parse (the rules check each one first).
    pub(crate) fn new(patterns: &[&str]) -> Result<Gate, String> {
        let hirs = patterns
            .iter()
            .map(|p| {
                regex_syntax::ParserBuilder::new()
                    .build()
                    .parse(p)
                    .map_err(|e| format!("bad pattern {p:?}: {e}"))
            })
            .collect::<Result<Vec<Hir>, String>>()?;
        let fold = Fold::new(&hirs);
        let mut strings: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut always = Vec::new();
        for (i, hir) in hirs.iter().enumerate() {
            match required(hir, &fold) {
                Some(set) => set
                    .into_iter()
                    .for_each(|s| strings.entry(s).or_default().push(i)),
                None => always.push(i),
            }
        }
        let finder = if strings.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::new(strings.keys())
                    .map_err(|e| format!("the patterns' required strings: {e}"))?,
            )
        };
        Ok(Gate {
            fold,
            finder,
            admits: strings.into_values().collect(),
            always,
            len: patterns.len(),
        })
    }

    /// The patterns `line` could match (positions in the list, ascending).
    pub(crate) fn admitted(&self, line: &str) -> Vec<usize> {
        let mut on = vec![false; self.len];
        for &i in &self.always {
            on[i] = true;
        }
        if let Some(finder) = &self.finder {
            let mut mapped = String::with_capacity(line.len());
            self.fold.str_into(line, &mut mapped);
            for m in finder.find_overlapping_iter(&mapped) {
                for &i in &self.admits[m.pattern().as_usize()] {
                    on[i] = true;
                }
            }
        }
        on.iter()
            .enumerate()
            .filter_map(|(i, &on)| on.then_some(i))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(pattern: &str) -> Option<Vec<String>> {
        let hir = regex_syntax::parse(pattern).unwrap();
        let fold = Fold::new(std::slice::from_ref(&hir));
        // Shown in lower case, whatever the representative.
        required(&hir, &fold).map(|s| s.iter().map(|x| x.to_lowercase()).collect())
    }

    #[test]
    fn required_strings_of_typical_rules() {
        assert_eq!(
            req(r"(?i)^(.{0,140}[\s.,|]\s*)?(all rights reserved|tous droits réservés)\.?$"),
            Some(vec![
                "all rights reserved".into(),
                "tous droits réservés".into()
            ])
        );
        assert_eq!(
            req(r"(?i)^(posted|published) (in|under):?\s+[^.!?]{1,100}$"),
            Some(vec![
                "posted in".into(),
                "posted under".into(),
                "published in".into(),
                "published under".into()
            ])
        );
        // A small class multiplies out with the literal beside it.
        assert_eq!(
            req(r"^(?i)(edited\s+)?[0-2]?\d:[0-5]\d$"),
            Some((0..6).map(|d| format!(":{d}")).collect())
        );
        // So does an optional group.
        assert_eq!(req(r"(?i)^(the )?end$"), Some(vec!["end".into()]));
        // Nothing required: a class of all punctuation, a bare number.
        assert_eq!(req(r"^[\p{P}\p{S}]{1,4}$"), None);
        assert_eq!(req(r"^\d{1,3}$"), None);
        assert_eq!(req(r"(?i)^(x|)$"), None);
    }

    #[test]
    fn case_variants_meet_in_the_map() {
        let gate = Gate::new(&[r"(?i)^share on (facebook|vk)$", r"(?i)^поделиться$"]).unwrap();
        assert_eq!(gate.admitted("SHARE ON Facebook"), vec![0]);
        // U+017F LATIN SMALL LETTER LONG S and U+212A KELVIN SIGN fold with s and k.
        assert_eq!(gate.admitted("ſhare on facebooK"), vec![0]);
        assert_eq!(gate.admitted("ПОДЕЛИТЬСЯ"), vec![1]);
        assert_eq!(gate.admitted("nothing to see"), Vec::<usize>::new());
    }

    /// The shipped rules' patterns, their gate and compiled patterns, and the example lines of
    /// the rules that have a pattern: built once for all tests.
    struct Shipped {
        patterns: Vec<String>,
        lines: Vec<String>,
        gate: Gate,
        compiled: Vec<regex::Regex>,
    }

    fn shipped() -> &'static Shipped {
        static SHIPPED: std::sync::OnceLock<Shipped> = std::sync::OnceLock::new();
        SHIPPED.get_or_init(|| {
            let (patterns, lines) = shipped_rules();
            let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
            Shipped {
                gate: Gate::new(&refs).unwrap(),
                compiled: refs.iter().map(|p| regex::Regex::new(p).unwrap()).collect(),
                patterns,
                lines,
            }
        })
    }

    fn shipped_rules() -> (Vec<String>, Vec<String>) {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/boilerplate.toml");
        let file: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut patterns = Vec::new();
        let mut lines = Vec::new();
        for rule in file["rule"].as_array().unwrap() {
            if let Some(p) = rule.get("pattern").and_then(|p| p.as_str()) {
                patterns.push(p.to_string());
                for key in ["examples", "counterexamples"] {
                    let list = rule.get(key).and_then(|v| v.as_array());
                    lines.extend(list.into_iter().flatten().filter_map(|v| v.as_str()));
                }
            }
        }
        (patterns, lines.into_iter().map(str::to_string).collect())
    }

    #[test]
    fn most_shipped_patterns_require_strings() {
        let s = shipped();
        // The few tried on every line: bare numbers, punctuation, emoji runs, dates...
        assert!(
            s.gate.always.len() * 8 < s.patterns.len(),
            "{:?}",
            s.gate.always
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// Whatever the case and the text around it, a line a pattern matches is let through.
        #[test]
        fn a_pattern_that_matches_is_never_turned_away(
            pick in 0usize..10_000,
            flips in proptest::collection::vec(proptest::bool::ANY, 0..200),
            before in "[ a-zA-Zа-я0-9.,:|©-]{0,6}",
            after in "[ a-zA-Zа-я0-9.,:|!-]{0,6}",
        ) {
            let s = shipped();
            let example = &s.lines[pick % s.lines.len()];
            let mut flipped = String::new();
            for (i, c) in example.chars().enumerate() {
                if flips.get(i).copied().unwrap_or(false) {
                    flipped.extend(c.to_uppercase());
                } else {
                    flipped.extend(c.to_lowercase());
                }
            }
            for line in [flipped.clone(), format!("{before}{flipped}{after}")] {
                let admitted = s.gate.admitted(&line);
                for (i, re) in s.compiled.iter().enumerate() {
                    if re.is_match(&line) {
                        proptest::prop_assert!(admitted.contains(&i), "{re} on {line:?}");
                    }
                }
            }
        }
    }
}
