//! Boilerplate rules as data: `rules/boilerplate.toml`, loaded at build time and fingerprinted
//! (its SHA-256 goes into the manifest and the dataset card). Each rule names what it removes,
//! why, and carries examples that must and must not match; the test suite runs them all.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::WhichCaptures;
use serde::Deserialize;

use super::gate::Gate;
use crate::error::{Error, Result};
use crate::hash::sha256_hex;

/// Where a repository keeps its rules, relative to `corpus.toml`.
pub const DEFAULT_RULES_PATH: &str = "rules/boilerplate.toml";
/// Longest line (in characters) a `pattern` rule looks at, unless the rule says `long = true`.
pub const MAX_PATTERN_LINE_CHARS: usize = 200;

/// Whether `line` has at most [`MAX_PATTERN_LINE_CHARS`] characters: known from its length in
/// bytes when that is no more, else by counting.
fn within_pattern_limit(line: &str) -> bool {
    line.len() <= MAX_PATTERN_LINE_CHARS || line.chars().nth(MAX_PATTERN_LINE_CHARS).is_none()
}

/// Compiled size a pattern may reach (Unicode classes with bounded repeats grow large).
const PATTERN_SIZE_LIMIT: usize = 64 << 20;
/// Lazy DFA cache of a pattern, per thread (the `regex` crate's default). The five largest
/// patterns (`.{0,140}` before a phrase list, such as `footer-contact-details`) need 2.1 to 5.8
/// MB for theirs, so they run on the PikeVM. Sizing each cache to its pattern gave them a lazy
/// DFA: 2% fewer instructions in a build, no wall time measurable on the 1 GiB corpus, 25 MB
/// more peak memory, and 0.1 s more to load the rules. So they stay on the PikeVM.
const PATTERN_DFA_CACHE: usize = 2 << 20;
/// Rule ids the engine itself uses; a rules file may not take them.
pub const RESERVED_IDS: [&str; 5] = [
    "repeated",
    "site-name",
    "title-repeat",
    "footer-nav",
    "teaser",
];

/// What a rule matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The whole line equals a phrase.
    Line,
    /// The whole line matches a regular expression.
    Pattern,
    /// A phrase at the start of a line, cut from it.
    Prefix,
    /// A phrase at the end of a line, cut from it.
    Suffix,
    /// A marker line starting a block that runs to the end of the document.
    Block,
}

/// Where in a document a rule may fire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Zone {
    /// Anywhere.
    #[default]
    Any,
    /// Only in the first lines.
    Head,
    /// Only in the last lines.
    Tail,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    schema: u32,
    #[serde(default, rename = "rule")]
    rules: Vec<RuleDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    kind: Kind,
    #[serde(default)]
    phrases: Vec<String>,
    pattern: Option<String>,
    reason: String,
    #[serde(default)]
    langs: Vec<String>,
    #[serde(default)]
    chrome: bool,
    #[serde(default)]
    zone: Zone,
    #[serde(default)]
    long: bool,
    #[serde(default)]
    teaser: bool,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counterexamples: Vec<String>,
}

/// One loaded rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Stable id, written to the `boilerplate` column.
    pub id: String,
    /// What it matches.
    pub kind: Kind,
    /// Phrases as match keys (lower case, white space collapsed).
    pub phrases: Vec<String>,
    /// Whole-line regular expression (its source).
    pub pattern: Option<String>,
    /// `pattern` compiled (when the rules are loaded; on first use in a [`Rules::for_record`]
    /// copy).
    compiled: std::sync::OnceLock<Option<Regex>>,
    /// For prefix rules, the first character of each phrase; for suffix rules, the last; each
    /// with its phrases (indices, in order), sorted by character. A line whose first (last)
    /// character, lower-cased, is none of these cannot be cut by the rule, and one that is can
    /// be cut only by the phrases that character begins (ends).
    ends: Vec<(char, Vec<usize>)>,
    /// Why the matched text is boilerplate.
    pub reason: String,
    /// Languages the rule is written for (informational).
    pub langs: Vec<String>,
    /// A short UI word: removed only in the head/tail zones or in a run of boilerplate.
    pub chrome: bool,
    /// Where the rule may fire.
    pub zone: Zone,
    /// Whether `pattern` may look at lines longer than [`MAX_PATTERN_LINE_CHARS`].
    pub long: bool,
    /// For a prefix label such as `Read more:`: when the rest of the line reads as a linked
    /// title (no sentence end, at most 20 words) it goes too, as `teaser`.
    pub teaser: bool,
    /// Lines that must match.
    pub examples: Vec<String>,
    /// Lines that must not match.
    pub counterexamples: Vec<String>,
}

/// Which side of a line an inline phrase was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The start.
    Start,
    /// The end.
    End,
}

/// An inline cut: rule index, side, and the byte range of the line that goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    /// Index of the rule in [`Rules::rules`].
    pub rule: usize,
    /// Side of the line.
    pub side: Side,
    /// Byte range removed from the line.
    pub range: std::ops::Range<usize>,
}

/// A loaded, validated rule set.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    rules: Vec<Rule>,
    /// Phrase key → rule index for `line` and `block` rules.
    exact: HashMap<String, usize>,
    /// Indices of `pattern` rules and `block` rules with a pattern, in file order.
    patterned: Vec<usize>,
    /// Which of `patterned` a line could match, from the strings their matches must contain:
    /// a line is tried only against those patterns.
    gate: Option<Gate>,
    /// Indices of `prefix` and `suffix` rules, in file order.
    inline: Vec<usize>,
    /// For each first character of a key in `exact`, the characters of the longest such key.
    longest_phrase_chars: BTreeMap<char, usize>,
    /// For each first character of a prefix phrase, the bytes of the longest such phrase: how
    /// much of a line's key its head needs, when the key starts with that character.
    longest_prefix: BTreeMap<char, usize>,
    /// The same for the last characters of suffix phrases and the tail of a line's key.
    longest_suffix: BTreeMap<char, usize>,
    sha256: String,
    origin: String,
    text: String,
    /// Made by [`Rules::for_record`]: the compiled patterns are gone.
    recorded_only: bool,
}

/// A rule's pattern compiled alone, with the size limit for Unicode classes. Rules only ask
/// whether a line matches, so it is compiled without capture groups: with them, the PikeVM's
/// cache of one pattern with a large NFA (`footer-contact-details`) took 54 MB per thread.
fn compile(pattern: &str) -> std::result::Result<Regex, Box<regex_automata::meta::BuildError>> {
    Regex::builder()
        .configure(
            Regex::config()
                .which_captures(WhichCaptures::None)
                .nfa_size_limit(Some(PATTERN_SIZE_LIMIT))
                .hybrid_cache_capacity(PATTERN_DFA_CACHE),
        )
        .build(pattern)
        .map_err(Box::new)
}

/// The character at the end of `phrase` an inline rule of `kind` cuts from: the first for a
/// prefix, the last for a suffix (none for other kinds).
fn inline_end(kind: Kind, phrase: &str) -> Option<char> {
    match kind {
        Kind::Prefix => phrase.chars().next(),
        Kind::Suffix => phrase.chars().next_back(),
        _ => None,
    }
}

/// Raises `longest[c]` to `len`: per end character, the longest phrase.
fn keep_longest(longest: &mut BTreeMap<char, usize>, c: char, len: usize) {
    let at = longest.entry(c).or_default();
    *at = (*at).max(len);
}

/// The match key of a phrase or line: trimmed, lower case, runs of white space as one space.
pub fn key(s: &str) -> String {
    key_head(s, usize::MAX)
}

/// The start of [`key`]`(s)`: its words up to the first that brings it to `min_bytes` or more
/// (the whole key when it is shorter).
fn key_head(s: &str, min_bytes: usize) -> String {
    let mut out = String::with_capacity(s.len().min(min_bytes.saturating_add(16)));
    // One pass over the characters: a line's key is built for most short lines, and splitting
    // it into words first cost as much again as lower-casing them.
    let mut gap = false;
    for c in s.chars() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if gap || out.is_empty() {
            if out.len() >= min_bytes {
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            gap = false;
        }
        crate::annotate::push_lowercase_char(&mut out, c);
    }
    out
}

/// The two ends of a line's match key ([`key`]), each at least as long as asked (or the whole
/// key): a prefix phrase can only cut a line whose key starts with it, a suffix phrase one whose
/// key ends with it. Built once per line for all inline rules, they turn most phrase tests into
/// one comparison of a few bytes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KeyEnds {
    head: String,
    tail: String,
}

impl KeyEnds {
    /// The ends of `line`'s key: the head at least `head_bytes` long, the tail `tail_bytes`
    /// (or the whole key).
    pub(crate) fn of(line: &str, head_bytes: usize, tail_bytes: usize) -> KeyEnds {
        let head = key_head(line, head_bytes);
        // The last words, lower-cased, until their key reaches `tail_bytes`; then in order.
        // Lower-cased one after another into `lower`, their ranges kept, then joined in order.
        let mut lower = String::new();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut bytes = 0;
        for word in line.split_whitespace().rev() {
            if bytes >= tail_bytes {
                break;
            }
            let start = lower.len();
            crate::annotate::push_lowercase(&mut lower, word);
            bytes += lower.len() - start + usize::from(!ranges.is_empty());
            ranges.push((start, lower.len()));
        }
        let mut tail = String::with_capacity(bytes);
        for (k, &(a, b)) in ranges.iter().rev().enumerate() {
            if k > 0 {
                tail.push(' ');
            }
            tail.push_str(&lower[a..b]);
        }
        KeyEnds { head, tail }
    }
}

/// Han, kana and Hangul: scripts written without spaces between words (Hangul with, but
/// without case either).
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF)
}

/// Characters that may separate an inline phrase from the content it is glued to.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ':' | '|' | '-' | '–' | '—' | '·' | '•' | '»' | '>' | '›' | '：' | '，' | '、' | '،'
        )
}

/// If `line` starts with `phrase_key` (case-insensitively, white space runs matching one space),
/// the byte index where the phrase ends.
fn phrase_prefix_end(line: &str, phrase_key: &str) -> Option<usize> {
    let mut li = line.char_indices().peekable();
    let mut pi = phrase_key.chars().peekable();
    while let Some(pc) = pi.next() {
        if pc == ' ' {
            let mut any = false;
            while li.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
                li.next();
                any = true;
            }
            if !any {
                return None;
            }
            continue;
        }
        let (_, lc) = li.next()?;
        let mut lower = lc.to_lowercase();
        // Compare the line character's lower case with as many phrase characters.
        let first = lower.next()?;
        if first != pc {
            return None;
        }
        for extra in lower {
            if pi.next() != Some(extra) {
                return None;
            }
        }
    }
    Some(li.peek().map_or(line.len(), |&(i, _)| i))
}

/// If `line` ends with `phrase_key`, the byte index where the phrase starts.
fn phrase_suffix_start(line: &str, phrase_key: &str) -> Option<usize> {
    // The phrase must end where the line ends: the line's last character, lower-cased, ends with
    // the phrase's last character. Most lines fail here, before any scanning.
    let (Some(last), Some(phrase_last)) =
        (line.chars().next_back(), phrase_key.chars().next_back())
    else {
        return None;
    };
    if last.to_lowercase().next_back() != Some(phrase_last) {
        return None;
    }
    // Try each char boundary from where the phrase could start, walking back from the end (no
    // allocation: lines can be long, phrases are short).
    let min_len = phrase_key.len() / 4;
    for (start, _) in line.char_indices().rev() {
        if line.len() - start < min_len {
            continue;
        }
        if phrase_prefix_end(&line[start..], phrase_key) == Some(line.len() - start) {
            return Some(start);
        }
        if line.len() - start > phrase_key.len() * 4 + 8 {
            break;
        }
    }
    None
}

impl Rule {
    /// Whether this rule matches `line` as a whole (line, pattern and block kinds).
    pub fn matches_line(&self, line: &str) -> bool {
        let k = key(line);
        match self.kind {
            Kind::Line | Kind::Block if self.phrases.contains(&k) => true,
            Kind::Pattern | Kind::Block => self.pattern_matches(line),
            Kind::Line | Kind::Prefix | Kind::Suffix => false,
        }
    }

    fn pattern_matches(&self, line: &str) -> bool {
        let trimmed = line.trim();
        (self.long || within_pattern_limit(trimmed))
            && self.regex().is_some_and(|re| re.is_match(trimmed))
    }

    /// `pattern` compiled; it compiled when the rules were loaded, so `None` means no pattern.
    fn regex(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| compile(self.pattern.as_deref()?).ok())
            .as_ref()
    }

    /// The inline cut this rule makes in `line`, if any (prefix and suffix kinds).
    ///
    /// The phrase must be set off from the content: by punctuation (`Read more: …`,
    /// `… | Share`), or, for a prefix, by a space before a capital or digit (`ADVERTISEMENT The
    /// council…`), and for a suffix, by a space after the end of a sentence (`… met. Read
    /// more`). So `Read more books` and `he wanted to read more` stay.
    pub fn cut(&self, line: &str) -> Option<(Side, std::ops::Range<usize>)> {
        let longest = self.phrases.iter().map(String::len).max().unwrap_or(0);
        self.cut_keyed(line, &KeyEnds::of(line, longest, longest))
    }

    /// The phrases (indices) of a prefix (suffix) rule that begin (end) with `c`, if any.
    fn phrases_at(&self, c: char) -> Option<&[usize]> {
        let k = self.ends.binary_search_by_key(&c, |e| e.0).ok()?;
        Some(&self.ends[k].1)
    }

    /// [`Rule::cut`] with the ends of the line's key, at least as long as the longest phrase.
    pub(crate) fn cut_keyed(
        &self,
        line: &str,
        ends: &KeyEnds,
    ) -> Option<(Side, std::ops::Range<usize>)> {
        let start_of_text = line.len() - line.trim_start().len();
        let body = line.trim();
        // Only the phrases that begin (end) with the key's first (last) character can match.
        let key_end = if self.kind == Kind::Prefix {
            &ends.head
        } else {
            &ends.tail
        };
        let candidates = inline_end(self.kind, key_end)
            .and_then(|c| self.phrases_at(c))
            .unwrap_or_default();
        for phrase in candidates.iter().map(|&i| &self.phrases[i]) {
            // A phrase that the key does not start (end) with cannot match: most are ruled out
            // here, by comparing a few bytes.
            let possible = match self.kind {
                Kind::Prefix => ends.head.starts_with(phrase.as_str()),
                Kind::Suffix => ends.tail.ends_with(phrase.as_str()),
                _ => true,
            };
            if !possible {
                continue;
            }
            match self.kind {
                Kind::Prefix => {
                    let Some(end) = phrase_prefix_end(&line[start_of_text..], phrase) else {
                        continue;
                    };
                    let end = end + start_of_text;
                    let rest = &line[end..];
                    let content = rest.trim_start_matches(is_separator);
                    let sep = &rest[..rest.len() - content.len()];
                    let punctuated = sep.chars().any(|c| !c.is_whitespace());
                    let first = content.chars().next();
                    // A capital, a digit, or a letter of a script without case (Arabic, CJK...).
                    let starts_anew = first.is_some_and(|c| !c.is_lowercase());
                    // CJK writes no space: `広告本文` is label + text.
                    let cjk_glued = sep.is_empty()
                        && phrase.chars().last().is_some_and(is_cjk)
                        && first.is_some_and(is_cjk);
                    if !cjk_glued && (sep.is_empty() || !(punctuated || starts_anew)) {
                        continue;
                    }
                    if content.chars().any(char::is_alphanumeric) {
                        return Some((Side::Start, 0..line.len() - content.len()));
                    }
                }
                Kind::Suffix => {
                    let Some(start) = phrase_suffix_start(body, phrase) else {
                        continue;
                    };
                    let start = start + start_of_text;
                    let before = &line[..start];
                    let content = before.trim_end_matches(is_separator);
                    let sep = &before[content.len()..];
                    let punctuated = sep.chars().any(|c| !c.is_whitespace());
                    let sentence_end = content
                        .ends_with(['.', '!', '?', '…', '。', '！', '？', '»', '”', '"', ')']);
                    let last = content.chars().last();
                    let cjk_glued = sep.is_empty()
                        && phrase.chars().next().is_some_and(is_cjk)
                        && last
                            .is_some_and(|c| is_cjk(c) || matches!(c, '。' | '！' | '？' | '」'));
                    if !cjk_glued && (sep.is_empty() || !(punctuated || sentence_end)) {
                        continue;
                    }
                    if content.chars().any(char::is_alphanumeric) {
                        return Some((Side::End, content.len()..line.len()));
                    }
                }
                _ => return None,
            }
        }
        None
    }
}

impl Rules {
    /// Reads and validates the rules file at `path`.
    pub fn load(path: &Path) -> Result<Rules> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = String::from_utf8(bytes.clone()).map_err(|_| Error::Config {
            path: path.to_path_buf(),
            message: "rules file is not UTF-8".into(),
        })?;
        let mut rules = Rules::parse(&text).map_err(|message| Error::Config {
            path: path.to_path_buf(),
            message,
        })?;
        rules.sha256 = sha256_hex(&bytes);
        rules.origin = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(rules)
    }

    /// The kind of each rule in the TOML `text`, by id, without compiling anything: what reading
    /// the `boilerplate` column back needs (which side an inline cut came from).
    pub fn kinds(text: &str) -> std::result::Result<BTreeMap<String, Kind>, String> {
        let file: RulesFile = toml::from_str(text).map_err(|e| e.to_string())?;
        Ok(file.rules.into_iter().map(|d| (d.id, d.kind)).collect())
    }

    /// Parses rules from TOML text; the error says which rule is wrong and why.
    pub fn parse(text: &str) -> std::result::Result<Rules, String> {
        let file: RulesFile = toml::from_str(text).map_err(|e| e.to_string())?;
        if file.schema != 1 {
            return Err(format!(
                "schema = {} is not supported (expected 1)",
                file.schema
            ));
        }
        let mut out = Rules {
            sha256: sha256_hex(text.as_bytes()),
            text: text.to_string(),
            ..Rules::default()
        };
        for def in file.rules {
            let rule = Self::build_rule(def)?;
            let index = out.rules.len();
            if out.rules.iter().any(|r| r.id == rule.id) {
                return Err(format!("rule id {:?} is used twice", rule.id));
            }
            match rule.kind {
                Kind::Line | Kind::Block => {
                    for p in &rule.phrases {
                        if let Some(&other) = out.exact.get(p) {
                            let first = out
                                .rules
                                .get(other)
                                .map_or(rule.id.as_str(), |r| r.id.as_str());
                            return Err(if first == rule.id {
                                format!("rule {:?} lists the phrase {p:?} twice", rule.id)
                            } else {
                                format!("phrase {p:?} is in both {first:?} and {:?}", rule.id)
                            });
                        }
                        out.exact.insert(p.clone(), index);
                    }
                    if rule.pattern.is_some() {
                        out.patterned.push(index);
                    }
                }
                Kind::Pattern => out.patterned.push(index),
                Kind::Prefix | Kind::Suffix => {
                    out.inline.push(index);
                    let longest = if rule.kind == Kind::Prefix {
                        &mut out.longest_prefix
                    } else {
                        &mut out.longest_suffix
                    };
                    for p in &rule.phrases {
                        if let Some(c) = inline_end(rule.kind, p) {
                            keep_longest(longest, c, p.len());
                        }
                    }
                }
            }
            out.rules.push(rule);
        }
        // Each pattern compiled now, in parallel (most of the time it takes to load the rules),
        // so that one too large for the limit is an error here rather than a rule that never
        // matches.
        {
            use rayon::prelude::*;
            out.patterned.par_iter().try_for_each(|&i| {
                let rule = &out.rules[i];
                let re = compile(rule.pattern.as_deref().unwrap_or(""))
                    .map_err(|e| format!("rule {:?}: pattern does not compile: {e}", rule.id))?;
                let _ = rule.compiled.set(Some(re));
                Ok::<(), String>(())
            })?;
        }
        let patterns: Vec<(&str, bool)> = out
            .patterned
            .iter()
            .map(|&i| {
                (
                    out.rules[i].pattern.as_deref().unwrap_or(""),
                    out.rules[i].long,
                )
            })
            .collect();
        out.gate = Some(Gate::new(&patterns)?);
        for k in out.exact.keys() {
            if let Some(first) = k.chars().next() {
                keep_longest(&mut out.longest_phrase_chars, first, k.chars().count());
            }
        }
        Ok(out)
    }

    fn build_rule(def: RuleDef) -> std::result::Result<Rule, String> {
        let id = def.id.trim().to_string();
        let ok_id = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok_id {
            return Err(format!(
                "rule id {id:?} must be kebab-case ASCII (a-z, 0-9, -)"
            ));
        }
        if RESERVED_IDS.contains(&id.as_str()) {
            return Err(format!("rule id {id:?} is reserved for the engine"));
        }
        let fail = |what: &str| Err(format!("rule {id:?}: {what}"));
        if def.reason.trim().is_empty() {
            return fail("needs a one-line `reason`");
        }
        if def.teaser && def.kind != Kind::Prefix {
            return fail("`teaser` applies to prefix rules only");
        }
        if def.examples.is_empty() || def.counterexamples.is_empty() {
            return fail("needs at least one example and one counterexample");
        }
        // Checked for syntax here, rule by rule; compiled with the other patterns (`Rules::parse`).
        let pattern = match &def.pattern {
            Some(p) => {
                regex_syntax::ParserBuilder::new()
                    .build()
                    .parse(p)
                    .map_err(|e| format!("rule {id:?}: bad pattern: {e}"))?;
                Some(p.clone())
            }
            None => None,
        };
        // Case and spacing variants of one phrase ("Share", "SHARE") are one key: keep it once.
        let mut phrases: Vec<String> = Vec::new();
        for p in def.phrases.iter().map(|p| key(p)).filter(|p| !p.is_empty()) {
            if !phrases.contains(&p) {
                phrases.push(p);
            }
        }
        match def.kind {
            Kind::Line | Kind::Prefix | Kind::Suffix if phrases.is_empty() => {
                return fail("needs `phrases`")
            }
            Kind::Line | Kind::Prefix | Kind::Suffix if pattern.is_some() => {
                return fail("takes `phrases`, not `pattern`")
            }
            Kind::Pattern if pattern.is_none() => return fail("needs a `pattern`"),
            Kind::Block if phrases.is_empty() && pattern.is_none() => {
                return fail("needs `phrases` or a `pattern`")
            }
            _ => {}
        }
        let mut by_end: BTreeMap<char, Vec<usize>> = BTreeMap::new();
        for (i, p) in phrases.iter().enumerate() {
            if let Some(c) = inline_end(def.kind, p) {
                by_end.entry(c).or_default().push(i);
            }
        }
        let ends: Vec<(char, Vec<usize>)> = by_end.into_iter().collect();
        Ok(Rule {
            id,
            kind: def.kind,
            phrases,
            ends,
            pattern,
            compiled: std::sync::OnceLock::new(),
            reason: def.reason.trim().to_string(),
            langs: def.langs,
            chrome: def.chrome,
            zone: def.zone,
            long: def.long,
            teaser: def.teaser,
            examples: def.examples,
            counterexamples: def.counterexamples,
        })
    }

    /// The rules, in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// SHA-256 of the rules file's bytes (of the text for parsed rules).
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// The rules file's text, exactly as read (copied into each release).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// These rules without their compiled patterns: what packaging needs (ids, kinds, text,
    /// fingerprint) once stripping is over, without holding the patterns and their per-thread
    /// caches (tens of MB). Such rules are not for stripping.
    pub fn for_record(&self) -> Rules {
        let rules = self
            .rules
            .iter()
            .map(|r| Rule {
                compiled: std::sync::OnceLock::new(),
                ..r.clone()
            })
            .collect();
        Rules {
            rules,
            gate: None,
            recorded_only: true,
            ..self.clone()
        }
    }

    /// The file name the rules came from (empty for parsed text).
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The rule with `id`.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The first whole-line rule (line, pattern or block) matching `line`, preferring a rule that
    /// removes the line anywhere to a chrome rule. A prefix/suffix
    /// phrase standing alone on a line needs a `line` rule of its own: inline rules only cut.
    pub fn match_line(&self, line: &str) -> Option<usize> {
        // A blank line has an empty key and matches nothing.
        let first = line.trim_start().chars().next()?;
        // A key has at least as many characters as the line has outside white space, so a line
        // with more than the longest phrase that starts as its key does cannot be a phrase: no
        // need to build its key.
        let first = first.to_lowercase().next().unwrap_or(first);
        let could_be_phrase = self
            .longest_phrase_chars
            .get(&first)
            .is_some_and(|&n| line.chars().filter(|c| !c.is_whitespace()).nth(n).is_none());
        let exact = if could_be_phrase {
            self.exact.get(&key(line)).copied()
        } else {
            None
        };
        if exact.is_some_and(|i| !self.rules[i].chrome) {
            return exact;
        }
        // A chrome phrase ("Publicidad" as a menu link) yields to a rule that removes the line
        // anywhere ("Publicidad" as an ad label between paragraphs).
        debug_assert!(
            !self.recorded_only,
            "matching with Rules::for_record's copy"
        );
        let trimmed = line.trim();
        let short = within_pattern_limit(trimmed);
        let Some(gate) = &self.gate else {
            return exact;
        };
        // File order, as if each rule were tried in turn; the gate only skips the patterns that
        // cannot match.
        let mut first = None;
        let removes_anywhere = gate.find_admitted(trimmed, !short, |k| {
            let i = self.patterned[k];
            let rule = &self.rules[i];
            if !rule.regex().is_some_and(|re| re.is_match(trimmed)) {
                return None;
            }
            if !rule.chrome {
                return Some(i);
            }
            first = first.or(Some(i));
            None
        });
        removes_anywhere.or(exact).or(first)
    }

    /// The first inline cut any prefix/suffix rule makes in `line`.
    pub fn match_inline(&self, line: &str) -> Option<Cut> {
        let body = line.trim();
        let first = body.chars().next().and_then(|c| c.to_lowercase().next());
        let last = body
            .chars()
            .next_back()
            .and_then(|c| c.to_lowercase().next_back());
        let may_cut = |r: &Rule| {
            let end = match r.kind {
                Kind::Prefix => first,
                Kind::Suffix => last,
                _ => return true,
            };
            end.is_some_and(|c| r.phrases_at(c).is_some())
        };
        let mut ends = None;
        self.inline
            .iter()
            .filter(|&&i| may_cut(&self.rules[i]))
            .find_map(|&i| {
                // Each end as long as the longest phrase that could be found there: one that
                // starts (ends) with the key's first (last) character.
                let ends = ends.get_or_insert_with(|| {
                    let longest = |map: &BTreeMap<char, usize>, c: Option<char>| {
                        c.and_then(|c| map.get(&c).copied()).unwrap_or(0)
                    };
                    KeyEnds::of(
                        line,
                        longest(&self.longest_prefix, first),
                        longest(&self.longest_suffix, last),
                    )
                });
                self.rules[i]
                    .cut_keyed(line, ends)
                    .map(|(side, range)| Cut {
                        rule: i,
                        side,
                        range,
                    })
            })
    }

    /// Runs every rule's examples and counterexamples; returns one message per failure.
    pub fn check_examples(&self) -> Vec<String> {
        let mut failures = Vec::new();
        for rule in &self.rules {
            for ex in &rule.examples {
                let hit = match rule.kind {
                    Kind::Prefix | Kind::Suffix => rule.cut(ex).is_some(),
                    _ => rule.matches_line(ex),
                };
                if !hit {
                    failures.push(format!("{}: example does not match: {ex:?}", rule.id));
                }
            }
            for ce in &rule.counterexamples {
                if let Some(i) = self.match_line(ce) {
                    failures.push(format!(
                        "{}: counterexample removed by {}: {ce:?}",
                        rule.id, self.rules[i].id
                    ));
                } else if let Some(cut) = self.match_inline(ce) {
                    failures.push(format!(
                        "{}: counterexample cut by {}: {ce:?}",
                        rule.id, self.rules[cut.rule].id
                    ));
                }
            }
        }
        failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pattern_limit_counts_characters() {
        for (c, n) in [
            ('a', 200),
            ('a', 201),
            ('é', 100),
            ('é', 150),
            ('é', 200),
            ('é', 201),
        ] {
            for extra in ["", "日"] {
                let line: String = std::iter::repeat_n(c, n).chain(extra.chars()).collect();
                let want = line.chars().count() <= MAX_PATTERN_LINE_CHARS;
                assert_eq!(within_pattern_limit(&line), want, "{c} × {n} {extra}");
            }
        }
    }

    proptest::proptest! {
        /// The key's ends hold exactly the start and end of the whole key (up to their length),
        /// and are at least the asked length: so testing a phrase against them loses no cut.
        #[test]
        fn key_ends_are_the_ends_of_the_key(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'Z', ' ', ' ', '\t', '\u{a0}', 'İ', 'K', 'ß', 'Σ', 'ς', 'ж', 'Ж', '中', '.',
            ]), 0..30),
            min in 0usize..12,
            min_tail in 0usize..12,
        ) {
            let line: String = chars.into_iter().collect();
            let k = key(&line);
            let ends = KeyEnds::of(&line, min, min_tail);
            proptest::prop_assert!(k.starts_with(&ends.head));
            proptest::prop_assert!(k.ends_with(&ends.tail));
            proptest::prop_assert!(ends.head.len() >= min.min(k.len()));
            proptest::prop_assert!(ends.tail.len() >= min_tail.min(k.len()));
        }
    }

    proptest::proptest! {
        /// A key's head is the line's words, lower-cased character by character and joined by
        /// one space, up to the first that brings it to the asked length.
        #[test]
        fn key_head_is_the_first_lower_cased_words(
            line in "[a Zİß\t\u{a0}\u{2028}ΣжЖ中.\\PC]{0,40}",
            min in 0usize..50,
        ) {
            let mut want = String::new();
            for word in line.split_whitespace() {
                if want.len() >= min {
                    break;
                }
                if !want.is_empty() {
                    want.push(' ');
                }
                want.extend(word.chars().flat_map(char::to_lowercase));
            }
            proptest::prop_assert_eq!(key_head(&line, min), want);
        }
    }

    /// What `match_line` answers without the gate: each patterned rule in file order.
    fn match_line_one_by_one(rules: &Rules, line: &str) -> Option<usize> {
        let k = key(line);
        if k.is_empty() {
            return None;
        }
        let exact = rules.exact.get(&k).copied();
        if exact.is_some_and(|i| !rules.rules[i].chrome) {
            return exact;
        }
        let mut first = None;
        for &i in &rules.patterned {
            if rules.rules[i].pattern_matches(line) {
                if !rules.rules[i].chrome {
                    return Some(i);
                }
                first = first.or(Some(i));
            }
        }
        exact.or(first)
    }

    /// The rules the repository ships.
    fn shipped() -> Rules {
        Rules::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_RULES_PATH)).unwrap()
    }

    #[test]
    fn the_gate_answers_like_each_pattern_in_turn() {
        let rules = shipped();
        let mut lines: Vec<String> = Vec::new();
        for r in rules.rules() {
            lines.extend(r.examples.iter().cloned());
            lines.extend(r.counterexamples.iter().cloned());
        }
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/boilerplate");
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            lines.extend(text.lines().map(str::to_string));
        }
        // Long lines: only `long` rules read them.
        lines.push(format!("We use cookies {}", "x ".repeat(150)));
        lines.push(format!("{} Share", "word ".repeat(60)));
        assert!(lines.len() > 1000, "{}", lines.len());
        let mut hits = 0;
        for line in &lines {
            let expected = match_line_one_by_one(&rules, line);
            hits += usize::from(expected.is_some());
            assert_eq!(rules.match_line(line), expected, "{line:?}");
        }
        assert!(hits > 300, "{hits}");
    }

    /// The inline cut of each line is that of the first prefix or suffix rule, in file order,
    /// whose own [`Rule::cut`] (with the key's ends as long as its longest phrase) cuts it.
    #[test]
    fn inline_cuts_answer_like_each_rule_in_turn() {
        let rules = shipped();
        let mut lines: Vec<String> = Vec::new();
        for r in rules.rules() {
            for ex in r.examples.iter().chain(&r.counterexamples) {
                lines.push(ex.clone());
                lines.push(format!("The council met. {ex}"));
                lines.push(format!("{ex}: The council met"));
            }
        }
        let mut hits = 0;
        for line in &lines {
            let expected = rules.inline.iter().find_map(|&i| {
                rules.rules[i].cut(line).map(|(side, range)| Cut {
                    rule: i,
                    side,
                    range,
                })
            });
            hits += usize::from(expected.is_some());
            assert_eq!(rules.match_inline(line), expected, "{line:?}");
        }
        assert!(hits > 100, "{hits} of {}", lines.len());
    }

    const SAMPLE: &str = r#"
schema = 1

[[rule]]
id = "wix-anchors"
kind = "line"
phrases = ["top of page", "Bottom  of page"]
reason = "Wix anchors"
examples = ["Top of Page"]
counterexamples = ["We reached the top of page three."]

[[rule]]
id = "views"
kind = "pattern"
pattern = '^(?i)[0-9][0-9 ,.]*\s*views$'
reason = "view counter"
examples = ["1 234 views"]
counterexamples = ["Views from the top were great."]

[[rule]]
id = "read-more-start"
kind = "prefix"
phrases = ["Read more", "Читайте также"]
reason = "teaser link glued to a paragraph"
examples = ["Read more: Peacekeepers leave Almaty", "ЧИТАЙТЕ ТАКЖЕ — Миротворцы ушли"]
counterexamples = ["Read more books, she said."]

[[rule]]
id = "read-more-end"
kind = "suffix"
phrases = ["Read more", "Continue reading →"]
reason = "teaser link glued to a paragraph"
examples = ["The council met on Monday. Read more"]
counterexamples = ["He wanted to read more"]
"#;

    #[test]
    fn parses_and_matches() {
        let r = Rules::parse(SAMPLE).unwrap();
        assert_eq!(r.check_examples(), Vec::<String>::new());
        assert_eq!(r.match_line("  bottom of   PAGE "), Some(0));
        assert_eq!(r.match_line("12 views"), Some(1));
        assert_eq!(r.match_line("read more"), None, "inline rules only cut");
        let cut = r.match_inline("Read more: Peacekeepers leave").unwrap();
        assert_eq!((cut.side, cut.range), (Side::Start, 0..11));
        let line = "The council met. Continue reading →";
        let cut = r.match_inline(line).unwrap();
        assert_eq!(&line[cut.range.clone()], " Continue reading →");
        assert_eq!(cut.side, Side::End);
    }

    #[test]
    fn case_folding_that_changes_length_is_handled() {
        assert_eq!(
            phrase_prefix_end("İstanbul news", &key("i̇stanbul")),
            Some("İstanbul".len())
        );
        assert_eq!(
            phrase_prefix_end("ЧИТАЙТЕ  ТАКЖЕ: x", "читайте также"),
            Some("ЧИТАЙТЕ  ТАКЖЕ".len())
        );
        assert_eq!(phrase_prefix_end("Read", "read more"), None);
    }

    #[test]
    fn bad_rules_are_reported_by_id() {
        for (bad, why) in [
            (
                SAMPLE.replace("id = \"views\"", "id = \"wix-anchors\""),
                "used twice",
            ),
            (SAMPLE.replace("'^(?i)[0-9]", "'^(?i)[0-9"), "bad pattern"),
            (
                SAMPLE.replace("reason = \"view counter\"", "reason = \"\""),
                "reason",
            ),
            (
                SAMPLE.replace("id = \"views\"", "id = \"repeated\""),
                "reserved",
            ),
            (SAMPLE.replace("schema = 1", "schema = 2"), "schema"),
            (
                format!("{SAMPLE}\n[[rule]]\nid = \"dup\"\nkind = \"line\"\nphrases = [\"TOP of  page\"]\nreason = \"r\"\nexamples = [\"x\"]\ncounterexamples = [\"y\"]\n"),
                "is in both",
            ),
        ] {
            let e = Rules::parse(&bad).unwrap_err();
            assert!(e.contains(why), "{e}");
        }
    }
}
