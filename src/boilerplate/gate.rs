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
//! orbit, in the literals and in the line alike, so a line that holds a literal in any case holds
//! the mapped literal in its mapped text.
//!
//! Lines longer than the rules' limit are searched only for the strings of the patterns that read
//! long lines, and only in their first characters when each of those patterns begins the line and
//! must hold one of its strings within a bounded start (`^(.{0,79}\W)?(we use cookies|…)`).
//!
//! A pattern with no such string is split into its branches (`^(a…|b…|c…)$` into `^a…$`, `^b…$`,
//! `^c…$`), and each branch is known by its own strings, by the ASCII characters one of which it
//! must hold (`@` for an e-mail address), or, when it is anchored at `^`, by the characters its
//! match can begin with: the pattern is tried on a line that passes one branch.

use std::collections::{BTreeMap, BTreeSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// Most characters a class may hold to count as a choice of literal characters.
const MAX_CLASS_CHARS: usize = 24;
/// Most strings a finder compiles to a DFA (else a contiguous NFA, smaller and slower).
const DFA_MAX_STRINGS: usize = 512;
/// Most strings a literal set may hold; larger alternations and cross products are given up.
const MAX_SET: usize = 1024;
/// Most branches a pattern is split into (see [`branches`]).
const MAX_BRANCHES: usize = 64;
/// Most characters of a leading string a long line is searched for (see [`leading`]): a part
/// of a required string is required too, and a shorter one ends sooner in the line.
const LEADING_CHARS: usize = 16;

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
    /// Representatives of the characters below U+0800 (two bytes in UTF-8: Latin, Greek,
    /// Cyrillic), by code point; 0 for those whose representative is wider (found in `wide`).
    two: Box<[u16; 0x800]>,
    /// Other mapped characters, sorted by the first.
    wide: Vec<(char, char)>,
    /// The span of the mapped characters of three or four bytes in UTF-8 (U+0800 on): a
    /// character outside it is copied without a lookup (first above last when there are none;
    /// for the shipped rules U+1C80 to U+24E9, old Cyrillic letters to the circled c).
    wide_span: (u32, u32),
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
            two: Box::new(std::array::from_fn(|c| c as u16)),
            wide: Vec::new(),
            wide_span: (u32::MAX, 0),
        };
        for (c, rep) in map {
            match (u8::try_from(c), u8::try_from(rep)) {
                (Ok(b), Ok(r)) if b.is_ascii() && r.is_ascii() => fold.ascii[usize::from(b)] = r,
                // A character that is its own representative (`–` of `[–—]`) needs no entry.
                _ if c != rep => fold.wide.push((c, rep)),
                _ => {}
            }
            if let Some(slot) = fold.two.get_mut(c as usize) {
                *slot = u16::try_from(u32::from(rep))
                    .ok()
                    .filter(|&r| r < 0x800)
                    .unwrap_or(0);
            }
        }
        // `wide` is sorted: its first and last characters from U+0800 on bound the span.
        let mut wider = fold
            .wide
            .iter()
            .map(|&(c, _)| u32::from(c))
            .skip_while(|&c| c < 0x800);
        if let Some(first) = wider.next() {
            fold.wide_span = (first, wider.last().unwrap_or(first));
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

    /// `s` with every character mapped, as UTF-8 into `out` (cleared first): the literals at
    /// load, and every line the gate reads. It works on the bytes: ASCII through the table, a
    /// two-byte character (Latin, Greek, Cyrillic) decoded from its two bytes and looked up in
    /// `two`, a wider one copied unless it lies in the span of the wide mapped characters.
    fn bytes_into(&self, s: &str, out: &mut Vec<u8>) {
        out.clear();
        out.reserve(s.len());
        let b = s.as_bytes();
        let mut i = 0;
        while let Some(&x) = b.get(i) {
            if x.is_ascii() {
                out.push(self.ascii[usize::from(x)]);
                i += 1;
                continue;
            }
            // `s` is UTF-8: the lead byte tells the length, the continuation bytes follow.
            let len = match x {
                ..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            let Some(bytes) = b.get(i..i + len) else {
                break;
            };
            if len == 2 {
                let c = (usize::from(x & 0x1F) << 6) | usize::from(bytes[1] & 0x3F);
                match self.two.get(c).copied().unwrap_or(0) {
                    0 => self.push_char(&s[i..i + 2], out),
                    r if r < 0x80 => out.push(r as u8),
                    r => out.extend_from_slice(&[0xC0 | (r >> 6) as u8, 0x80 | (r & 0x3F) as u8]),
                }
            } else {
                let c = wide_code_point(bytes);
                let rep = (self.wide_span.0..=self.wide_span.1)
                    .contains(&c)
                    .then(|| self.wide.binary_search_by_key(&c, |&(k, _)| u32::from(k)))
                    .and_then(|found| found.ok());
                match rep {
                    Some(at) => {
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(self.wide[at].1.encode_utf8(&mut buf).as_bytes());
                    }
                    None => out.extend_from_slice(bytes),
                }
            }
            i += len;
        }
    }

    /// The mapped character of `one` (a single character) pushed as UTF-8: the slow path.
    fn push_char(&self, one: &str, out: &mut Vec<u8>) {
        for c in one.chars() {
            let mut buf = [0u8; 4];
            out.extend_from_slice(self.char(c).encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// The code point of one character of three or four bytes in UTF-8.
fn wide_code_point(bytes: &[u8]) -> u32 {
    let lead = bytes
        .first()
        .map_or(0, |&b| u32::from(b & (0xFF >> bytes.len())));
    bytes
        .iter()
        .skip(1)
        .fold(lead, |c, &b| (c << 6) | u32::from(b & 0x3F))
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
                let mut out = Vec::new();
                fold.bytes_into(s, &mut out);
                // Mapped characters re-encode as UTF-8: the bytes are a string.
                match String::from_utf8(out) {
                    Ok(out) => Lits::Exact(one(out)),
                    Err(_) => Lits::Any,
                }
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
            }
            if all.len() <= MAX_SET {
                if exact {
                    Lits::Exact(all)
                } else {
                    Lits::Contains(all)
                }
            } else {
                shorten(&all).map_or(Lits::Any, Lits::Contains)
            }
        }
    }
}

/// A set of at most [`MAX_SET`] strings that every string of `set` contains: the strings cut
/// to their first few characters (a line holding a string holds its start).
fn shorten(set: &BTreeSet<String>) -> Option<BTreeSet<String>> {
    [16, 12, 8, 6, 4, 3, 2].into_iter().find_map(|chars| {
        let cut: BTreeSet<String> = set
            .iter()
            .map(|s| s.chars().take(chars).collect())
            .collect();
        (cut.len() <= MAX_SET).then_some(cut)
    })
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
/// adds nothing and is left out. A set with a single ASCII character (`:`, `s`) gives none: the
/// Aho-Corasick search would stop at nearly every byte. Such characters make a [`Check`]
/// instead (see [`required_bytes`]).
fn required(hir: &Hir, fold: &Fold) -> Option<BTreeSet<String>> {
    let set = match lits(hir, fold) {
        Lits::Exact(s) | Lits::Contains(s) => best(vec![s])?,
        Lits::Any => return None,
    };
    if set.iter().any(|s| s.len() < 2) {
        return None;
    }
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

/// The ASCII characters one of which every match of `hir` holds (as bits), when its
/// requirement is a set of single ASCII characters (`@` for `[\w.]+@[\w.]+`), which
/// [`required`] leaves out; characters mapped by `fold`, as the line's will be.
fn required_bytes(hir: &Hir, fold: &Fold) -> Option<u128> {
    let set = match lits(hir, fold) {
        Lits::Exact(s) | Lits::Contains(s) => best(vec![s])?,
        Lits::Any => return None,
    };
    set.iter().try_fold(0u128, |bits, s| match s.as_bytes() {
        [b] if b.is_ascii() => Some(bits | 1 << b),
        _ => None,
    })
}

/// The branches of `hir`: a match of it is a match of one of them. An alternation gives its
/// alternatives; a concatenation, each branch of its first part that has several, with the
/// other parts around it (`^(a|b)$` gives `^a$` and `^b$`). At most [`MAX_BRANCHES`], else
/// `hir` alone.
fn branches(hir: &Hir) -> Vec<Hir> {
    let out = match hir.kind() {
        HirKind::Capture(c) => branches(&c.sub),
        HirKind::Alternation(subs) => subs.iter().flat_map(branches).collect(),
        HirKind::Concat(subs) => subs
            .iter()
            .enumerate()
            .find_map(|(k, part)| {
                let inner = branches(part);
                (inner.len() > 1).then(|| {
                    inner
                        .into_iter()
                        .map(|b| {
                            let mut parts = subs[..k].to_vec();
                            parts.push(b);
                            parts.extend_from_slice(&subs[k + 1..]);
                            Hir::concat(parts)
                        })
                        .collect()
                })
            })
            .unwrap_or_else(|| vec![hir.clone()]),
        _ => vec![hir.clone()],
    };
    if out.len() > MAX_BRANCHES {
        vec![hir.clone()]
    } else {
        out
    }
}

/// What a line must show for a pattern, or one of its branches, to be tried on it.
#[derive(Debug, Clone, PartialEq)]
enum Need {
    /// One of these strings (in the mapped line), where the anchor says.
    Strings(BTreeSet<String>, Anchor),
    /// What [`Check`] tests.
    Check(Check),
}

/// Where in the line a required string must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Anchor {
    /// Anywhere.
    Anywhere,
    /// At its start: the branch begins with `^` and then one of the strings.
    Start,
    /// At its end: the branch ends with one of the strings and then `$`.
    End,
}

impl Anchor {
    /// Whether a string found at `start..end` of a mapped line of `len` bytes is where it must be.
    fn holds(self, start: usize, end: usize, len: usize) -> bool {
        match self {
            Anchor::Anywhere => true,
            Anchor::Start => start == 0,
            Anchor::End => end == len,
        }
    }
}

/// The parts of `hir` as a sequence: a concatenation's (nested ones flattened, captures
/// looked through), or `hir` alone.
fn sequence(hir: &Hir) -> Vec<&Hir> {
    match hir.kind() {
        HirKind::Capture(c) => sequence(&c.sub),
        HirKind::Concat(subs) => subs.iter().flat_map(sequence).collect(),
        _ => vec![hir],
    }
}

/// The alternatives of `hir` (captures looked through), or `hir` alone.
fn alternatives(hir: &Hir) -> Vec<&Hir> {
    match hir.kind() {
        HirKind::Capture(c) => alternatives(&c.sub),
        HirKind::Alternation(subs) => subs.iter().collect(),
        _ => vec![hir],
    }
}

/// The strings of exact parts in turn (`parts`, each [`Lits::Exact`]) multiplied out, when they
/// stay exact and every one has at least two bytes.
fn exact_strings(parts: Vec<Lits>) -> Option<BTreeSet<String>> {
    if parts.is_empty() {
        return None;
    }
    match concat(parts.into_iter()) {
        Lits::Exact(set) if set.iter().all(|s| s.len() >= 2) => Some(set),
        _ => None,
    }
}

/// The strings a line must begin (`Start`) or end (`End`) with for `branch` (the parts after
/// `^`, before `$`) to match: those of its longest run of parts at that end that match exact
/// strings (the run's strings multiplied out, else the outermost part's alone).
fn end_strings(branch: &[&Hir], anchor: Anchor, fold: &Fold) -> Option<BTreeSet<String>> {
    // A repetition at that end that matches at least once begins (ends) the line with one of
    // its part's matches: `^((en|de)\s*,?\s*){2,8}$` needs a line that begins with `en` or `de`.
    let outer = if anchor == Anchor::Start {
        branch.first()
    } else {
        branch.last()
    };
    if let Some(HirKind::Repetition(r)) = outer.map(|h| h.kind()) {
        if r.min >= 1 {
            return end_strings(&sequence(&r.sub), anchor, fold);
        }
    }
    let exact = |l: &Lits| matches!(l, Lits::Exact(_));
    let lits_of = |h: &&Hir| lits(h, fold);
    let mut run: Vec<Lits> = if anchor == Anchor::Start {
        branch.iter().map(lits_of).take_while(exact).collect()
    } else {
        branch.iter().rev().map(lits_of).take_while(exact).collect()
    };
    // The outermost part is the run's first either way; an end run is read back to front.
    let outermost = run.first().cloned();
    if anchor != Anchor::Start {
        run.reverse();
    }
    exact_strings(run).or_else(|| exact_strings(vec![outermost?]))
}

/// Needs of a pattern of anchored branches, `^(a…|b…)$` or `^a…` or `…b$`, when at least one
/// branch is known by the strings it must begin (end) the line with: `^(ип|ie)\s+…` needs a line
/// that begins with `ип` or `ie`, not one that merely holds `ie`. The other branches are known
/// by the strings they contain. `None` when a branch has neither, or no branch is anchored.
fn anchored_needs(hir: &Hir, fold: &Fold) -> Option<Vec<Need>> {
    let parts = sequence(hir);
    let start = matches!(parts.first()?.kind(), HirKind::Look(Look::Start));
    let end = matches!(parts.last()?.kind(), HirKind::Look(Look::End));
    let inner = &parts[usize::from(start)..parts.len() - usize::from(end)];
    let branches: Vec<Vec<&Hir>> = match inner {
        [one] => alternatives(one).into_iter().map(sequence).collect(),
        _ => vec![inner.to_vec()],
    };
    let mut anchored = false;
    let mut out = Vec::new();
    for branch in branches {
        let leading = start
            .then(|| end_strings(&branch, Anchor::Start, fold))
            .flatten();
        let trailing = || {
            end.then(|| end_strings(&branch, Anchor::End, fold))
                .flatten()
        };
        if let Some(set) = leading {
            anchored = true;
            out.push(Need::Strings(set, Anchor::Start));
        } else if let Some(set) = trailing() {
            anchored = true;
            out.push(Need::Strings(set, Anchor::End));
        } else {
            let whole = Hir::concat(branch.into_iter().cloned().collect());
            out.push(Need::Strings(required(&whole, fold)?, Anchor::Anywhere));
        }
    }
    anchored.then_some(out)
}

/// The most characters a match of `hir` can hold; `None` when unbounded (or not known).
fn max_chars(hir: &Hir) -> Option<usize> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(0),
        HirKind::Literal(lit) => Some(std::str::from_utf8(&lit.0).ok()?.chars().count()),
        HirKind::Class(Class::Unicode(_)) => Some(1),
        HirKind::Class(Class::Bytes(_)) => None,
        HirKind::Capture(c) => max_chars(&c.sub),
        HirKind::Repetition(r) => max_chars(&r.sub)?.checked_mul(r.max? as usize),
        HirKind::Concat(subs) => subs
            .iter()
            .try_fold(0usize, |n, s| n.checked_add(max_chars(s)?)),
        HirKind::Alternation(subs) => subs
            .iter()
            .try_fold(0usize, |n, s| Some(n.max(max_chars(s)?))),
    }
}

/// Strings one of which a match of the sequence `parts` holds, starting within its first
/// `.1` characters, each cut to its first [`LEADING_CHARS`]: the first part that matches exact
/// strings of two bytes or more (with the exact parts after it, multiplied out), or a choice
/// whose every branch holds such strings, or a repetition (at least once) whose part does; the
/// parts before it must have a bounded length. `(?i)^(.{0,79}\W)?(we use cookies|…).{0,700}$`
/// holds `we use cookies` (cut to 16 characters) within its first 80 characters: a long line is
/// searched for it there, not in all its length.
fn leading(parts: &[&Hir], fold: &Fold) -> Option<(BTreeSet<String>, usize)> {
    let mut offset = 0usize;
    for (k, part) in parts.iter().enumerate() {
        if let Some(set) = end_strings(&parts[k..], Anchor::Start, fold) {
            let cut = set
                .iter()
                .map(|s| first_chars(s, LEADING_CHARS).to_string())
                .collect();
            return Some((cut, offset));
        }
        let choices = alternatives(part);
        let inner = match part.kind() {
            _ if choices.len() > 1 => choices
                .into_iter()
                .map(|choice| leading(&sequence(choice), fold))
                .try_fold((BTreeSet::new(), 0), |(mut all, start), found| {
                    let (set, at) = found?;
                    all.extend(set);
                    Some((all, start.max(at)))
                }),
            HirKind::Repetition(r) if r.min >= 1 => leading(&sequence(&r.sub), fold),
            _ => None,
        };
        if let Some((set, at)) = inner {
            return Some((set, offset.checked_add(at)?));
        }
        // Nothing known inside: the strings are further on.
        offset = offset.checked_add(max_chars(part)?)?;
    }
    None
}

/// What a long line must show for `hir` to be tried on it, and within how many of its first
/// characters, when every match begins the line (see [`leading`]).
fn leading_need(hir: &Hir, fold: &Fold) -> Option<(Need, usize)> {
    let parts = sequence(hir);
    let (first, rest) = parts.split_first()?;
    if !matches!(first.kind(), HirKind::Look(Look::Start)) {
        return None;
    }
    let (set, start) = leading(rest, fold)?;
    let window = start.checked_add(LEADING_CHARS)?;
    Some((Need::Strings(set, Anchor::Anywhere), window))
}

/// A test of a line without its strings: one of some ASCII characters somewhere, and a first
/// character that can begin a match. Neither known: every line passes.
#[derive(Debug, Clone, PartialEq, Default)]
struct Check {
    /// ASCII characters one of which the mapped line must hold, as bits.
    bytes: Option<u128>,
    /// Characters the line must begin with.
    lead: Option<Lead>,
}

impl Check {
    /// Whether a line beginning with `first` and holding the ASCII characters `present` (as
    /// bits, asked only when needed) passes.
    fn admits(&self, first: Option<char>, present: &mut impl FnMut() -> u128) -> bool {
        self.lead
            .as_ref()
            .is_none_or(|l| first.is_some_and(|c| l.admits(c)))
            && self.bytes.is_none_or(|b| b & present() != 0)
    }
}

/// What a line must show for `hir` to be tried on it: one of the returned needs. Its required
/// strings when it has some; else, when every branch has strings or a check, one need per
/// branch; else the check of the whole, which may require nothing.
fn needs(hir: &Hir, fold: &Fold) -> Vec<Need> {
    if let Some(anchored) = anchored_needs(hir, fold) {
        return anchored;
    }
    if let Some(set) = required(hir, fold) {
        return vec![Need::Strings(set, Anchor::Anywhere)];
    }
    let check = |h: &Hir| Check {
        bytes: required_bytes(h, fold),
        lead: Lead::of(h),
    };
    let whole = check(hir);
    let parts = branches(hir);
    if parts.len() > 1 {
        let split: Option<Vec<Need>> = parts
            .iter()
            .map(|b| match required(b, fold) {
                Some(set) => Some(Need::Strings(set, Anchor::Anywhere)),
                None => Some(check(b))
                    .filter(|c| *c != Check::default())
                    .map(Need::Check),
            })
            .collect();
        if let Some(split) = split {
            return split;
        }
    }
    vec![Need::Check(whole)]
}

/// The characters a pattern's match can begin with, when every match begins the line: a
/// pattern such as `^[\(\[]?\d{1,3}…$` cannot match a line that starts with a letter, so the
/// gate does not try it there. Known only for patterns anchored at `^` (in every branch) that
/// cannot match the empty string; the sets come from the parsed pattern, where `(?i)` has
/// already put every case variant in its classes.
#[derive(Debug, Clone, PartialEq)]
struct Lead {
    /// The ASCII characters of the set, as bits.
    ascii: u128,
    /// The set, as sorted ranges of characters.
    ranges: Vec<(char, char)>,
}

impl Lead {
    fn of(hir: &Hir) -> Option<Lead> {
        let class = anchored_first(hir)?;
        let mut ascii = 0u128;
        for r in class.ranges() {
            for c in r.start()..=r.end().min('\x7f') {
                ascii |= 1 << (c as u32);
            }
        }
        Some(Lead {
            ascii,
            ranges: class
                .ranges()
                .iter()
                .map(|r| (r.start(), r.end()))
                .collect(),
        })
    }

    fn admits(&self, c: char) -> bool {
        if c.is_ascii() {
            return self.ascii & (1 << (c as u32)) != 0;
        }
        let i = self.ranges.partition_point(|&(_, end)| end < c);
        self.ranges.get(i).is_some_and(|&(start, _)| start <= c)
    }
}

/// The first characters of the matches of `hir` when every match starts at the beginning of
/// the text (`^` first in each branch) and holds at least one character; else `None`.
fn anchored_first(hir: &Hir) -> Option<ClassUnicode> {
    match hir.kind() {
        HirKind::Capture(c) => anchored_first(&c.sub),
        HirKind::Alternation(subs) => {
            let mut all = ClassUnicode::empty();
            for sub in subs {
                all.union(&anchored_first(sub)?);
            }
            Some(all)
        }
        HirKind::Concat(subs) => match subs.split_first() {
            Some((head, rest)) if matches!(head.kind(), HirKind::Look(Look::Start)) => {
                let (set, empty) = first_of_seq(rest)?;
                (!empty).then_some(set)
            }
            _ => None,
        },
        _ => None,
    }
}

/// The characters a match of the sequence `seq` can begin with, and whether it can be empty.
fn first_of_seq(seq: &[Hir]) -> Option<(ClassUnicode, bool)> {
    let mut set = ClassUnicode::empty();
    for h in seq {
        let (s, empty) = first(h)?;
        set.union(&s);
        if !empty {
            return Some((set, false));
        }
    }
    Some((set, true))
}

/// The characters a match of `hir` can begin with, and whether it can be empty; `None` when not
/// known (byte classes, invalid UTF-8 literals).
fn first(hir: &Hir) -> Option<(ClassUnicode, bool)> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some((ClassUnicode::empty(), true)),
        HirKind::Literal(lit) => {
            let c = std::str::from_utf8(&lit.0).ok()?.chars().next()?;
            Some((ClassUnicode::new([ClassUnicodeRange::new(c, c)]), false))
        }
        HirKind::Class(Class::Unicode(c)) => Some((c.clone(), false)),
        HirKind::Class(Class::Bytes(_)) => None,
        HirKind::Repetition(r) => {
            let (set, empty) = first(&r.sub)?;
            Some((set, empty || r.min == 0))
        }
        HirKind::Capture(c) => first(&c.sub),
        HirKind::Concat(subs) => first_of_seq(subs),
        HirKind::Alternation(subs) => {
            let mut set = ClassUnicode::empty();
            let mut empty = false;
            for sub in subs {
                let (s, e) = first(sub)?;
                set.union(&s);
                empty |= e;
            }
            Some((set, empty))
        }
    }
}

/// The gate of a list of patterns (see the module docs).
#[derive(Debug, Clone)]
pub(crate) struct Gate {
    fold: Fold,
    /// For short lines: every pattern.
    short: Finder,
    /// For long lines: the patterns that read them. Long lines are most of a text's bytes and
    /// few patterns read them, so they are searched for those patterns' strings only.
    long: Finder,
    /// How many patterns.
    len: usize,
}

/// The required strings of some of the patterns, found together.
#[derive(Debug, Clone, Default)]
struct Finder {
    /// The required strings that may be anywhere or at the end of the line; `None` when there
    /// are none.
    strings: Option<AhoCorasick>,
    /// For each string of `strings`, the patterns (positions in the list) that require it, and
    /// where.
    admits: Vec<Vec<(usize, Anchor)>>,
    /// How many of a line's first characters hold every string and check the line is tested
    /// for; `None`: all of them.
    window: Option<usize>,
    /// The strings a line must begin with, looked for at its start only: searched everywhere,
    /// `en` of a language switcher (`^((en|de|…)\s*[|/]?\s*){2,8}$`) was found in most lines.
    starts: Option<Starts>,
    /// The patterns (or branches) known by a [`Check`], not by strings; an empty check lets
    /// every line through.
    checks: Vec<(usize, Check)>,
}

/// The strings some patterns need a line to begin with, and the patterns each admits.
#[derive(Debug, Clone)]
struct Starts {
    /// The strings, for an anchored search of the longest one the line begins with.
    strings: AhoCorasick,
    /// For each string, the patterns that need it or a string it begins with: every string a
    /// line begins with begins the longest such string.
    admits: Vec<Vec<usize>>,
}

impl Starts {
    fn new(strings: &BTreeMap<&str, BTreeSet<usize>>) -> Result<Option<Starts>, String> {
        if strings.is_empty() {
            return Ok(None);
        }
        let admits = strings
            .keys()
            .map(|s| {
                let mut all = BTreeSet::new();
                for end in (1..=s.len()).filter(|&end| s.is_char_boundary(end)) {
                    all.extend(strings.get(&s[..end]).into_iter().flatten());
                }
                all.into_iter().collect()
            })
            .collect();
        let strings = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(strings.keys())
            .map_err(|e| format!("the patterns' leading strings: {e}"))?;
        Ok(Some(Starts { strings, admits }))
    }

    /// The patterns admitted by the strings `mapped` begins with.
    fn admitted(&self, mapped: &[u8]) -> &[usize] {
        let input = Input::new(mapped).anchored(Anchored::Yes);
        // Built for anchored searches, so the search cannot fail.
        match self.strings.try_find(input) {
            Ok(Some(m)) => &self.admits[m.pattern().as_usize()],
            Ok(None) | Err(_) => &[],
        }
    }
}

impl Finder {
    /// The finder of the patterns `needs` lists (position, what a line must show).
    fn new<'a>(needs: impl Iterator<Item = (usize, &'a Vec<Need>)>) -> Result<Finder, String> {
        let mut strings: BTreeMap<&str, BTreeSet<(usize, Anchor)>> = BTreeMap::new();
        let mut starts: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
        let mut checks = Vec::new();
        for (i, needs) in needs {
            for need in needs {
                match need {
                    Need::Strings(set, Anchor::Start) => set.iter().for_each(|s| {
                        starts.entry(s.as_str()).or_default().insert(i);
                    }),
                    Need::Strings(set, anchor) => set.iter().for_each(|s| {
                        strings.entry(s.as_str()).or_default().insert((i, *anchor));
                    }),
                    Need::Check(c) => checks.push((i, c.clone())),
                }
            }
        }
        let finder = if strings.is_empty() {
            None
        } else {
            // A DFA reads a byte with one lookup, against an NFA's walk of failure links, but
            // grows with the strings: the long-line finder (about 200 strings, 2.3 MB) is one;
            // the short-line finder (about 3,500 strings) would take 52 MB, and stays an NFA
            // (1 MB). `cargo bench --bench stages -- strip`: 15% less time on 64 KiB pages.
            let kind = (strings.len() <= DFA_MAX_STRINGS).then_some(AhoCorasickKind::DFA);
            Some(
                AhoCorasick::builder()
                    .kind(kind)
                    .build(strings.keys())
                    .map_err(|e| format!("the patterns' required strings: {e}"))?,
            )
        };
        Ok(Finder {
            strings: finder,
            admits: strings
                .into_values()
                .map(|s| s.into_iter().collect())
                .collect(),
            starts: Starts::new(&starts)?,
            checks,
            window: None,
        })
    }
}

impl Gate {
    /// The gate of `patterns`, each with whether it reads long lines. The patterns must parse
    /// (the rules check each one first).
    pub(crate) fn new(patterns: &[(&str, bool)]) -> Result<Gate, String> {
        let hirs = patterns
            .iter()
            .map(|(p, _)| {
                regex_syntax::ParserBuilder::new()
                    .build()
                    .parse(p)
                    .map_err(|e| format!("bad pattern {p:?}: {e}"))
            })
            .collect::<Result<Vec<Hir>, String>>()?;
        let fold = Fold::new(&hirs);
        let needs: Vec<Vec<Need>> = hirs.iter().map(|hir| needs(hir, &fold)).collect();
        // Long lines: when every pattern that reads them begins the line and holds strings
        // within a bounded start, only that start of a long line is searched.
        let leading: Option<Vec<(usize, Vec<Need>, usize)>> = (0..patterns.len())
            .filter(|&i| patterns[i].1)
            .map(|i| leading_need(&hirs[i], &fold).map(|(need, window)| (i, vec![need], window)))
            .collect();
        let long = match leading {
            Some(leading) => {
                let mut finder = Finder::new(leading.iter().map(|(i, needs, _)| (*i, needs)))?;
                finder.window = leading.iter().map(|l| l.2).max();
                finder
            }
            None => Finder::new(needs.iter().enumerate().filter(|&(i, _)| patterns[i].1))?,
        };
        Ok(Gate {
            fold,
            short: Finder::new(needs.iter().enumerate())?,
            long,
            len: patterns.len(),
        })
    }

    /// The first `Some` that `f` returns for the patterns `line` could match, tried in
    /// ascending order (positions in the list); for a `long_line`, only among those that read
    /// long lines. The mapped line and the set of patterns are kept in per-thread scratch, so a
    /// line costs no allocation.
    pub(crate) fn find_admitted<T>(
        &self,
        line: &str,
        long_line: bool,
        f: impl FnMut(usize) -> Option<T>,
    ) -> Option<T> {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        }
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.find_with(&mut scratch, line, long_line, f),
            // Only if `f` asks the gate again.
            Err(_) => self.find_with(&mut Scratch::default(), line, long_line, f),
        })
    }

    fn find_with<T>(
        &self,
        scratch: &mut Scratch,
        line: &str,
        long_line: bool,
        mut f: impl FnMut(usize) -> Option<T>,
    ) -> Option<T> {
        let finder = if long_line { &self.long } else { &self.short };
        let line = match finder.window {
            Some(n) => first_chars(line, n),
            None => line,
        };
        let Scratch { mapped, on } = scratch;
        on.clear();
        on.resize(self.len.div_ceil(64), 0);
        let mut set = |i: usize| on[i / 64] |= 1 << (i % 64);
        let first = line.chars().next();
        self.fold.bytes_into(line, mapped);
        let mut bits = None;
        let mut present = || {
            *bits.get_or_insert_with(|| {
                mapped
                    .iter()
                    .filter(|b| b.is_ascii())
                    .fold(0u128, |bits, &b| bits | 1 << b)
            })
        };
        for (i, check) in &finder.checks {
            if check.admits(first, &mut present) {
                set(*i);
            }
        }
        if let Some(starts) = &finder.starts {
            starts.admitted(mapped).iter().for_each(|&i| set(i));
        }
        if let Some(strings) = &finder.strings {
            let len = mapped.len();
            for m in strings.find_overlapping_iter(mapped.as_slice()) {
                for &(i, anchor) in &finder.admits[m.pattern().as_usize()] {
                    if anchor.holds(m.start(), m.end(), len) {
                        set(i);
                    }
                }
            }
        }
        for (w, &word) in on.iter().enumerate() {
            let mut rest = word;
            while rest != 0 {
                let found = f(w * 64 + rest.trailing_zeros() as usize);
                if found.is_some() {
                    return found;
                }
                rest &= rest - 1;
            }
        }
        None
    }

    /// Every pattern `line` could match, ascending (see [`Gate::find_admitted`]).
    #[cfg(test)]
    fn admitted(&self, line: &str, long_line: bool) -> Vec<usize> {
        let mut all = Vec::new();
        self.find_admitted(line, long_line, |i| {
            all.push(i);
            None::<()>
        });
        all
    }
}

/// The first `n` characters of `line` (all of it when it has no more): `n` bytes when they are
/// ASCII, without walking the characters.
fn first_chars(line: &str, n: usize) -> &str {
    match line.as_bytes().get(..n) {
        None => line,
        Some(start) if start.is_ascii() => &line[..n],
        Some(_) => line
            .char_indices()
            .nth(n)
            .map_or(line, |(end, _)| &line[..end]),
    }
}

/// What the gate reads a line with, reused from line to line.
#[derive(Debug, Default)]
struct Scratch {
    /// The mapped line.
    mapped: Vec<u8>,
    /// The patterns let through, as bits.
    on: Vec<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_into_maps_each_character() {
        let hirs: Vec<Hir> = [r"(?i)all rights réservés", r"(?i)Ŝhare ΣΑΣ kelvin"]
            .iter()
            .map(|p| regex_syntax::parse(p).unwrap())
            .collect();
        let fold = Fold::new(&hirs);
        let mut b = Vec::new();
        for line in [
            "",
            "ALL Rights RÉSERVÉS",
            "ŝHARE σας ς K KELVIN ſ",
            "中文 ok Ünï 😀 end",
            "“quoted” – K (Kelvin) Å (Ångström) 𝔸 ǅ",
        ] {
            let s: String = line.chars().map(|c| fold.char(c)).collect();
            fold.bytes_into(line, &mut b);
            assert_eq!(s.as_bytes(), b.as_slice(), "{line:?}");
        }
    }

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
        let gate = Gate::new(&[
            (r"(?i)^share on (facebook|vk)$", false),
            (r"(?i)^поделиться$", true),
        ])
        .unwrap();
        assert_eq!(gate.admitted("SHARE ON Facebook", false), vec![0]);
        // U+017F LATIN SMALL LETTER LONG S and U+212A KELVIN SIGN fold with s and k.
        assert_eq!(gate.admitted("ſhare on facebooK", false), vec![0]);
        assert_eq!(gate.admitted("ПОДЕЛИТЬСЯ", false), vec![1]);
        assert_eq!(gate.admitted("nothing to see", false), Vec::<usize>::new());
        // A long line is searched for the strings of the patterns that read long lines only.
        assert_eq!(gate.admitted("поделиться; share on vk", true), vec![1]);
        // Strings that must begin (end) the line do not admit a line that only holds them.
        assert_eq!(gate.admitted("see share on vk", false), Vec::<usize>::new());
        assert_eq!(gate.admitted("share on vk, not", false), vec![0]);
        assert_eq!(gate.admitted("не поделиться", false), Vec::<usize>::new());
    }

    #[test]
    fn long_lines_are_searched_where_the_strings_can_start() {
        let fold = Fold::new(&[]);
        let hir = |p: &str| regex_syntax::parse(p).unwrap();
        assert_eq!(max_chars(&hir(r"^(ab|cde)\W{2,3}é?$")), Some(7));
        assert_eq!(max_chars(&hir(r"a.*")), None);
        // Within the first 10 characters (9, then a \W) plus a string's first 16.
        let (need, window) = leading_need(
            &hir(r"^(?:.{0,9}\W)?(we use cookies|this site uses cookies).{0,700}$"),
            &fold,
        )
        .unwrap();
        let strings = ["we use cookies", "this site uses c"].map(String::from);
        assert_eq!(
            need,
            Need::Strings(BTreeSet::from(strings), Anchor::Anywhere)
        );
        assert_eq!(window, 10 + LEADING_CHARS);
        // Every branch known, or none: a choice looks into its branches, a repetition into its
        // part, and a part with nothing known inside is skipped over.
        let (need, window) = leading_need(
            &hir(r"^(get \d+ days|.{1,20} is read(ing)?|(ab|cd)+ xy)$"),
            &fold,
        )
        .unwrap();
        let strings = ["get ", " is read", " is reading", "ab", "cd"].map(String::from);
        assert_eq!(
            need,
            Need::Strings(BTreeSet::from(strings), Anchor::Anywhere)
        );
        assert_eq!(window, 20 + LEADING_CHARS);
        // No bound on where the strings start, or not anchored: none.
        assert_eq!(leading_need(&hir(r"^.*we use cookies$"), &fold), None);
        assert_eq!(leading_need(&hir(r"we use cookies"), &fold), None);

        let gate = Gate::new(&[(r"(?i)^(?:.{0,9}\W)?(we use cookies).{0,700}$", true)]).unwrap();
        let tail = " and more words".repeat(20);
        assert_eq!(
            gate.admitted(&format!("Notice: We use cookies{tail}"), true),
            vec![0]
        );
        assert_eq!(
            gate.admitted(&format!("{tail} we use cookies"), true),
            Vec::<usize>::new()
        );
        // A pattern whose strings may start anywhere: all of every long line is searched.
        let anywhere = Gate::new(&[
            (r"(?i)^(?:.{0,9}\W)?(we use cookies).{0,700}$", true),
            (r"(?i)^.*\bcookie policy$", true),
        ])
        .unwrap();
        assert_eq!(anywhere.long.window, None);
        assert_eq!(
            anywhere.admitted(&format!("{tail} cookie policy"), true),
            vec![1]
        );
    }

    #[test]
    fn first_chars_cut_at_a_character_count() {
        for line in [
            "",
            "abc",
            "abcdef",
            "abcdé",
            "éèêëa",
            "日本語のテキスト",
            "ab日本",
        ] {
            for n in 0..10 {
                let want: String = line.chars().take(n).collect();
                assert_eq!(first_chars(line, n), want, "{line:?} {n}");
            }
        }
    }

    #[test]
    fn leading_strings_admit_a_line_that_begins_with_them() {
        let gate = Gate::new(&[
            (r"(?i)^en\s.*$", false),
            (r"(?i)^english\b.*$", false),
            (r"(?i)^eng$", false),
            (r"(?i)^x.*eng$", false),
        ])
        .unwrap();
        for (line, want) in [
            // Every string the line begins with counts, not only the longest.
            ("English edition", vec![0, 1, 2]),
            // (Pattern 3 needs a line that ends with `eng`.)
            ("ENG", vec![0, 2, 3]),
            ("en bref", vec![0]),
            ("e", vec![]),
            // Anywhere else they do not; a string the line ends with still does.
            ("in english", vec![]),
            ("x then eng", vec![3]),
        ] {
            assert_eq!(gate.admitted(line, false), want, "{line:?}");
        }
    }

    #[test]
    fn anchored_branches_need_their_strings_at_the_ends() {
        let fold = Fold::new(&[]);
        let needs = |p: &str| needs(&regex_syntax::parse(p).unwrap(), &fold);
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        // Each branch by its own end: a start, an end, or (neither) what it contains.
        assert_eq!(
            needs(r"^(ie\s+\w+|\w+\s+gmbh|\w+ wide \w+)$"),
            vec![
                Need::Strings(strings(&["ie"]), Anchor::Start),
                Need::Strings(strings(&["gmbh"]), Anchor::End),
                Need::Strings(strings(&[" wide "]), Anchor::Anywhere),
            ]
        );
        // Exact parts in a row multiply out.
        assert_eq!(
            needs(r"^share on (facebook|vk)$"),
            vec![Need::Strings(
                strings(&["share on facebook", "share on vk"]),
                Anchor::Start
            )]
        );
        // A repetition at an end that matches at least once: its part's strings, there.
        assert_eq!(
            needs(r"^((en|de)\s*[|/]?\s*){2,8}$"),
            vec![Need::Strings(strings(&["en", "de"]), Anchor::Start)]
        );
        assert_eq!(
            needs(r"^(\w+ (gmbh|ltd),? ){1,3}$"),
            vec![Need::Strings(
                strings(&[" gmbh, ", " gmbh ", " ltd, ", " ltd "]),
                Anchor::End
            )]
        );
        // One that may match nothing says nothing of the line's ends.
        assert!(!needs(r"^((en|de),?){0,8}x$")
            .iter()
            .any(|n| matches!(n, Need::Strings(_, Anchor::Start))));
        // No anchor, or a branch known by nothing: the strings anywhere, as before.
        assert_eq!(
            needs(r"read more"),
            vec![Need::Strings(strings(&["read more"]), Anchor::Anywhere)]
        );
        // A branch known by nothing (`\d+`): the branches as before, none anchored.
        let unanchored = needs(r"^(ie\s+\w+|\d+)$");
        assert!(unanchored.contains(&Need::Strings(strings(&["ie"]), Anchor::Anywhere)));
        assert!(!unanchored
            .iter()
            .any(|n| matches!(n, Need::Strings(_, Anchor::Start | Anchor::End))));
    }

    /// The shipped rules' patterns, their gate and compiled patterns, and the example lines of
    /// the rules that have a pattern: built once for all tests.
    struct Shipped {
        /// Each pattern, and whether it reads long lines.
        patterns: Vec<(String, bool)>,
        lines: Vec<String>,
        gate: Gate,
        compiled: Vec<regex::Regex>,
    }

    fn shipped() -> &'static Shipped {
        static SHIPPED: std::sync::OnceLock<Shipped> = std::sync::OnceLock::new();
        SHIPPED.get_or_init(|| {
            let (patterns, lines) = shipped_rules();
            let refs: Vec<(&str, bool)> = patterns.iter().map(|(p, l)| (p.as_str(), *l)).collect();
            Shipped {
                gate: Gate::new(&refs).unwrap(),
                compiled: refs
                    .iter()
                    .map(|(p, _)| regex::Regex::new(p).unwrap())
                    .collect(),
                patterns,
                lines,
            }
        })
    }

    fn shipped_rules() -> (Vec<(String, bool)>, Vec<String>) {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/boilerplate.toml");
        let file: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut patterns = Vec::new();
        let mut lines = Vec::new();
        for rule in file["rule"].as_array().unwrap() {
            if let Some(p) = rule.get("pattern").and_then(|p| p.as_str()) {
                let long = rule.get("long").and_then(|v| v.as_bool()).unwrap_or(false);
                patterns.push((p.to_string(), long));
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
        // The few known by checks in some branch: bare numbers, punctuation, emoji runs...
        let checked: BTreeSet<usize> = s.gate.short.checks.iter().map(|(i, _)| *i).collect();
        assert!(checked.len() * 5 < s.patterns.len(), "{checked:?}");
    }

    fn lead(pattern: &str) -> Option<Lead> {
        Lead::of(&regex_syntax::parse(pattern).unwrap())
    }

    #[test]
    fn anchored_patterns_are_tried_only_on_lines_that_start_as_a_match_can() {
        let number = lead(r"^[\(\[]?\d{1,3}([.,]\d)?\s?[KkMm]?[\)\]]?$").unwrap();
        for c in ['(', '[', '0', '7', '٣'] {
            assert!(number.admits(c), "{c}");
        }
        for c in ['a', ' ', ')', 'К'] {
            assert!(!number.admits(c), "{c}");
        }
        // Case variants come from the parsed pattern: (?i)s is [Ssſ], and Kelvin's K is a k.
        let share = lead(r"(?i)^(share|kudos|поделиться)\b").unwrap();
        for c in ['s', 'S', 'ſ', 'k', 'K', '\u{212A}', 'п', 'П'] {
            assert!(share.admits(c), "{c}");
        }
        assert!(!share.admits('x'));
        // Optional parts add their first characters to what follows.
        let arrows = lead(r"^([«‹]\s*)?(first|prev)$").unwrap();
        for c in ['«', '‹', 'f', 'p'] {
            assert!(arrows.admits(c), "{c}");
        }
        assert!(!arrows.admits(' '));
        // Every branch anchored: the union of the branches.
        let branches = lead(r"^\d+ likes$|^-{2,}$").unwrap();
        assert!(branches.admits('5') && branches.admits('-') && !branches.admits('l'));
        // No lead: a branch not anchored, a match that can be empty, a multi-line ^.
        for p in [r"^a|b", r"^(x)?$", r"(?m)^a", r"a$", r"^\s*$"] {
            assert_eq!(lead(p), None, "{p}");
        }
    }

    #[test]
    fn a_pattern_without_strings_is_gated_branch_by_branch() {
        let gate = Gate::new(&[
            // Each branch has strings, or a first character, but the whole has neither.
            (
                r"(?i)^(--\s*\d*|written by [^.]{1,60}|[^.!?]{1,60} in [^.!?]{1,60} min read)$",
                false,
            ),
            // An address needs `@`; a number starts with a digit, a `+` or a prefix.
            (
                r"(?i)^([\w.+\-]{1,40}@[\w\-]{1,40}(\.[\w\-]{1,20}){1,3}|((tel|phone)\s*:?\s*)?[+]?[\d\s()]{7,22}\d)$",
                false,
            ),
        ])
        .unwrap();
        for (line, want) in [
            ("--", vec![0]),
            ("-- 12", vec![0]),
            ("WRITTEN BY Jane Doe", vec![0]),
            ("Jane Doe in Data · 5 MIN READ", vec![0]),
            ("info@example.com", vec![1]),
            ("Tel: +7 727 123 45 67", vec![1]),
            ("+7 727 123 45 67", vec![1]),
            ("Nothing to see here", vec![]),
            ("Any line at all", vec![]),
        ] {
            assert_eq!(gate.admitted(line, false), want, "{line:?}");
        }
        // `--` and the phrases are strings; the address and the number are checks.
        let checked: Vec<usize> = gate.short.checks.iter().map(|(i, _)| *i).collect();
        assert_eq!(checked, vec![1, 1]);
    }

    #[test]
    fn branches_distribute_over_the_parts_around_them() {
        let hir = regex_syntax::parse(r"^(a|b(cc|dd))x$").unwrap();
        let got: Vec<String> = branches(&hir).iter().map(|h| h.to_string()).collect();
        let want: Vec<String> = [r"^ax$", r"^bccx$", r"^bddx$"]
            .iter()
            .map(|p| regex_syntax::parse(p).unwrap().to_string())
            .collect();
        assert_eq!(got, want);
        // Too many branches: the pattern whole.
        let many = format!(
            "^({})$",
            (0..100)
                .map(|i| format!("w{i}"))
                .collect::<Vec<_>>()
                .join("|")
        );
        assert_eq!(branches(&regex_syntax::parse(&many).unwrap()).len(), 1);
    }

    #[test]
    fn no_shipped_pattern_is_tried_on_every_line() {
        let s = shipped();
        let every: Vec<&str> = s
            .gate
            .short
            .checks
            .iter()
            .filter(|(_, c)| *c == Check::default())
            .map(|(i, _)| s.patterns[*i].0.as_str())
            .collect();
        // Such a pattern still works, on every short line: anchor it at `^` if it can be.
        assert_eq!(every, Vec::<&str>::new());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// The byte-level map of a line is its characters mapped one by one, in any script and
        /// with the characters whose case variants are wider or narrower (`ſ`, the Kelvin sign).
        #[test]
        fn bytes_into_is_the_map_of_each_character(line in "(\\PC|[sSſkKKåÅÅσςΣ]){0,80}") {
            let fold = &shipped().gate.fold;
            let mut mapped = Vec::new();
            fold.bytes_into(&line, &mut mapped);
            let by_char: String = line.chars().map(|c| fold.char(c)).collect();
            proptest::prop_assert_eq!(by_char.as_bytes(), mapped.as_slice());
        }

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
                for long_line in [false, true] {
                    let admitted = s.gate.admitted(&line, long_line);
                    for (i, re) in s.compiled.iter().enumerate() {
                        if re.is_match(&line) && (s.patterns[i].1 || !long_line) {
                            proptest::prop_assert!(admitted.contains(&i), "{re} on {line:?}");
                        }
                    }
                }
            }
        }
    }
}
