//! Stage 6, strip boilerplate: remove page chrome by auditable rules ([`rules`]), by structure
//! (site-name lines before the headline, a trailing repeat of the title) and by corpus-level
//! repetition, and record every removal so the document can be rebuilt ([`rebuild_lines`]).
//!
//! Line numbers in removals count the *non-blank* lines of the decoded, normalized document
//! (1-based): blank lines carry no content, and counting them out is what makes `text` plus
//! `boilerplate` rebuild the document exactly.

mod gate;
pub mod rules;

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use rules::{key, Kind, Side, Zone};
pub use rules::{Rules, DEFAULT_RULES_PATH};

use crate::record::Removal;

/// Rule id of short lines removed because they recur across the corpus.
pub const REPEATED: &str = "repeated";
/// Rule id of short site-name or section lines above the headline.
pub const SITE_NAME: &str = "site-name";
/// Rule id of a last line that repeats the title.
pub const TITLE_REPEAT: &str = "title-repeat";
/// Rule id of the linked title after a teaser label (`Read more: <title>`).
pub const TEASER: &str = "teaser";
/// Rule id of short navigation lines trailing the last paragraph.
pub const FOOTER_NAV: &str = "footer-nav";

/// Tuning of the structural rules, from `[boilerplate]` in `corpus.toml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StripSettings {
    /// Non-blank lines at the top that count as the header zone.
    pub head_lines: usize,
    /// Non-blank lines at the bottom that count as the footer zone.
    pub tail_lines: usize,
    /// A line recurring in at least this many documents' zones is repeated chrome.
    pub repeated_min_docs: usize,
    /// ... if it has at most this many words.
    pub repeated_max_words: usize,
    /// Longest title, in characters.
    pub max_title_chars: usize,
    /// Site-name lines above the headline have at most this many words.
    pub site_name_max_words: usize,
    /// At most this many short lines (site name, menu, breadcrumb) are removed above the
    /// headline.
    pub site_name_max_lines: usize,
}

impl Default for StripSettings {
    fn default() -> Self {
        StripSettings {
            head_lines: 6,
            tail_lines: 10,
            repeated_min_docs: 3,
            repeated_max_words: 6,
            max_title_chars: 200,
            site_name_max_words: 3,
            site_name_max_lines: 15,
        }
    }
}

/// Lines that recur in the header/footer zones of many documents: site chrome no rule names.
#[derive(Debug, Clone, Default)]
pub struct Repeated {
    keys: HashSet<String>,
}

impl Repeated {
    /// Counts, over all documents (in any order: the result is a set), the short zone lines and
    /// keeps those found in at least `repeated_min_docs` documents.
    pub fn count<'a>(texts: impl IntoIterator<Item = &'a str>, s: &StripSettings) -> Repeated {
        let mut counter = RepeatedCounter::default();
        for text in texts {
            counter.add(RepeatedCounter::candidates(text, s));
        }
        counter.finish(s)
    }
}

/// [`Repeated::count`] one document at a time: the build feeds it each text as it streams past,
/// so no text is kept for the count.
#[derive(Debug, Clone, Default)]
pub struct RepeatedCounter {
    counts: BTreeMap<String, usize>,
}

impl RepeatedCounter {
    /// The distinct candidate lines of one text (head and tail zone, short chrome), as keys:
    /// what [`RepeatedCounter::add`] counts. A plain function, to run on worker threads.
    pub fn candidates(text: &str, s: &StripSettings) -> Vec<String> {
        // The zones are the first and last non-blank lines, read from each end: a page's lines
        // are not listed (a 1 MB page has about 10,000). Where the zones overlap, the set keeps
        // one copy.
        let non_blank = || text.lines().filter(|l| !l.trim().is_empty());
        let head = non_blank().take(s.head_lines);
        let tail = non_blank().rev().take(s.tail_lines);
        head.chain(tail)
            .filter(|line| short_chrome_candidate(line, s))
            .map(key)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// The distinct keys of every non-blank line in the head and tail zones, sorted: the lines
    /// [`strip`] looks up in [`Repeated`], so a document's stripping depends on the repeated set
    /// only through its intersection with these keys. A sharded build records them to tell, at
    /// merge time, which documents the corpus-wide set strips differently from the shard's own.
    pub fn probes(text: &str, s: &StripSettings) -> Vec<String> {
        let lines: Vec<&str> = text.split('\n').filter(|l| !l.trim().is_empty()).collect();
        let n = lines.len();
        let mut seen = std::collections::BTreeSet::new();
        for (i, line) in lines.iter().enumerate() {
            if i < s.head_lines || i + s.tail_lines >= n {
                seen.insert(key(line));
            }
        }
        seen.into_iter().collect()
    }

    /// Counts one document's [`RepeatedCounter::candidates`].
    pub fn add(&mut self, candidates: Vec<String>) {
        for k in candidates {
            *self.counts.entry(k).or_default() += 1;
        }
    }

    /// The lines found in at least `s.repeated_min_docs` documents.
    pub fn finish(self, s: &StripSettings) -> Repeated {
        let keys = self
            .counts
            .into_iter()
            .filter(|(_, c)| *c >= s.repeated_min_docs)
            .map(|(k, _)| k)
            .collect();
        Repeated { keys }
    }
}

impl Repeated {
    /// Whether `line` is repeated chrome.
    pub fn contains(&self, line: &str) -> bool {
        !self.keys.is_empty() && self.keys.contains(&key(line))
    }

    /// The flagged line keys, sorted.
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.keys.iter().cloned().collect();
        keys.sort();
        keys
    }

    /// The set of `keys` (as given by [`Repeated::keys`]).
    pub fn from_keys(keys: impl IntoIterator<Item = String>) -> Repeated {
        Repeated {
            keys: keys.into_iter().collect(),
        }
    }

    /// Whether the line key `k` (from [`RepeatedCounter::probes`]) is flagged.
    pub fn contains_key(&self, k: &str) -> bool {
        self.keys.contains(k)
    }

    /// How many distinct lines are flagged.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether no line is flagged.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// Whether `s` has at most `k` words by UAX #29 (so a CJK headline counts its characters, not
/// its spaces). Stops segmenting after word `k + 1`: most lines of a page are long paragraphs.
fn words_at_most(s: &str, k: usize) -> bool {
    crate::annotate::unicode_words(s).nth(k).is_none()
}

/// Whether `s` has at least `k` words by UAX #29 (see [`words_at_most`]).
fn words_at_least(s: &str, k: usize) -> bool {
    k == 0 || !words_at_most(s, k - 1)
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '。', ';', ',', ':', '；', '，', '：'])
}

fn short_chrome_candidate(line: &str, s: &StripSettings) -> bool {
    let t = line.trim();
    // The cheap tests first: segmenting a long line into words is what costs.
    t.chars().count() <= 60 && !t.ends_with(['.', '。']) && words_at_most(t, s.repeated_max_words)
}

/// The result of stripping one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Stripped {
    /// The kept text, normalized (blank-line runs collapsed).
    pub text: String,
    /// The headline, when the first kept line reads as one.
    pub title: Option<String>,
    /// Every removal, by line.
    pub removals: Vec<Removal>,
    /// UAX #29 words of the input less those of `text`: the words of the lines removed whole,
    /// and on each line cut inline its words less those of the part kept. A word never spans a
    /// line break and trimming white space moves none, so the input's count is `text`'s plus
    /// this, with no second pass over the whole input.
    pub words_removed: i64,
}

#[derive(Debug, Clone, PartialEq)]
enum Fate {
    Keep,
    /// Removed whole by the rule (id).
    Remove(String),
    /// Chrome candidate, removed only in a zone or a run.
    Chrome(String),
    /// A teaser link: its label was cut by a rule and the rest, a linked title, goes too.
    Teaser,
}

/// Strips boilerplate from a normalized document.
pub fn strip(text: &str, rules: &Rules, repeated: &Repeated, s: &StripSettings) -> Stripped {
    let all: Vec<&str> = text.split('\n').collect();
    // Indices (into `all`) of the non-blank lines; their position is the ordinal - 1.
    let nb: Vec<usize> = (0..all.len())
        .filter(|&i| !all[i].trim().is_empty())
        .collect();
    let n = nb.len();
    let in_head = |o: usize| o < s.head_lines;
    let in_tail = |o: usize| o + s.tail_lines >= n;
    let zone_ok = |z: Zone, o: usize| match z {
        Zone::Any => true,
        Zone::Head => in_head(o),
        Zone::Tail => in_tail(o),
    };

    let mut fate = vec![Fate::Keep; n];
    // Kept part of each line (byte range) and inline cuts (rule id, side, text).
    let mut kept: Vec<std::ops::Range<usize>> = nb.iter().map(|&i| 0..all[i].len()).collect();
    let mut cuts: Vec<Vec<(String, Side, String)>> = vec![Vec::new(); n];

    for o in 0..n {
        let line = all[nb[o]];
        if let Some(ri) = rules.match_line(line) {
            let rule = &rules.rules()[ri];
            if !zone_ok(rule.zone, o) {
                continue;
            }
            if rule.kind == Kind::Block {
                if o * 2 >= n {
                    for f in fate.iter_mut().skip(o) {
                        *f = Fate::Remove(rule.id.clone());
                    }
                    break;
                }
                continue;
            }
            fate[o] = if rule.chrome {
                Fate::Chrome(rule.id.clone())
            } else {
                Fate::Remove(rule.id.clone())
            };
            continue;
        }
        if (in_head(o) || in_tail(o)) && repeated.contains(line) {
            fate[o] = Fate::Chrome(REPEATED.to_string());
            continue;
        }
        // Inline phrases glued to content: cut from either end, up to a few times.
        for _ in 0..4 {
            let current = &line[kept[o].clone()];
            let Some(cut) = rules.match_inline(current) else {
                break;
            };
            let rule = &rules.rules()[cut.rule];
            if !zone_ok(rule.zone, o) || rule.chrome && !(in_head(o) || in_tail(o)) {
                break;
            }
            let base = kept[o].start;
            let removed = current[cut.range.clone()].to_string();
            kept[o] = match cut.side {
                Side::Start => base + cut.range.end..kept[o].end,
                Side::End => base..base + cut.range.start,
            };
            cuts[o].push((rule.id.clone(), cut.side, removed));
            // `Read more: <title of another article>`: the rest is a link, not content.
            let rest = line[kept[o].clone()].trim();
            if rule.teaser
                && cut.side == Side::Start
                && words_at_most(rest, 20)
                && !ends_sentence(rest)
            {
                fate[o] = Fate::Teaser;
                break;
            }
        }
    }

    // A short line that recurs within the document (a channel or site name in header and footer)
    // is chrome too; the title's repeat is handled below.
    {
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for o in 0..n {
            if fate[o] == Fate::Keep
                && cuts[o].is_empty()
                && short_chrome_candidate(all[nb[o]], s)
                && words_at_most(all[nb[o]], 4)
            {
                *seen.entry(key(all[nb[o]])).or_default() += 1;
            }
        }
        // The first copy stays (it may be the title); the later ones go.
        let mut met = HashSet::new();
        // A key has at least as many characters outside its spaces as its line has outside
        // white space (lower case never has fewer), so a line with more than the longest key
        // cannot be a repeat: no need to build its key, which for a paragraph is most of the
        // stripping's time.
        let longest = seen
            .keys()
            .map(|k| k.chars().filter(|&c| c != ' ').count())
            .max();
        for o in 0..n {
            // The key is built only for lines that could be a repeat (most are not).
            if fate[o] != Fate::Keep || !cuts[o].is_empty() {
                continue;
            }
            let Some(longest) = longest else { break };
            let line = all[nb[o]];
            if line
                .chars()
                .filter(|c| !c.is_whitespace())
                .nth(longest)
                .is_some()
            {
                continue;
            }
            let k = key(line);
            if seen.get(&k).is_some_and(|&c| c >= 2) && !met.insert(k) {
                fate[o] = Fate::Chrome(REPEATED.to_string());
            }
        }
    }
    // Chrome lines go in the zones, or next to other boilerplate (a run of chrome).
    loop {
        let mut changed = false;
        for o in 0..n {
            if let Fate::Chrome(id) = &fate[o] {
                let neighbour = |j: Option<usize>| {
                    j.filter(|&j| j < n)
                        .is_some_and(|j| matches!(fate[j], Fate::Remove(_) | Fate::Chrome(_)))
                };
                if in_head(o) || in_tail(o) || neighbour(o.checked_sub(1)) || neighbour(Some(o + 1))
                {
                    fate[o] = Fate::Remove(id.clone());
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    for f in fate.iter_mut() {
        if matches!(f, Fate::Chrome(_)) {
            *f = Fate::Keep;
        }
    }

    // Structure: short site-name/section lines above the headline, the title, its repeat.
    let kept_ordinals =
        |fate: &[Fate]| -> Vec<usize> { (0..n).filter(|&o| fate[o] == Fate::Keep).collect() };
    let kept_text = |o: usize| all[nb[o]][kept[o].clone()].trim().to_string();
    let headline_like = |t: &str| {
        !t.is_empty()
            && t.chars().count() <= s.max_title_chars
            && !ends_sentence(t)
            && words_at_most(t, 30)
    };
    let substantial =
        |t: &str| words_at_least(t, 4) || (t.chars().count() >= 8 && words_at_most(t, 2));
    // Short lines without sentence punctuation: site names, menu items, breadcrumbs.
    let short_chrome = |o: usize, t: &str| {
        cuts[o].is_empty()
            && t.chars().count() <= 40
            && words_at_most(t, s.site_name_max_words)
            && !ends_sentence(t)
            && !t.ends_with(['?', '!', '？', '！'])
    };
    // A paragraph ends like a sentence (headlines do not) or is too long for a headline.
    let paragraph = |t: &str| {
        !words_at_most(t, 30)
            || (words_at_least(t, 4)
                && (ends_sentence(t) || t.ends_with(['!', '?', '…', '！', '？', '»', '”', '"'])))
    };
    // The masthead: the kept lines before the first paragraph. The headline is the first of them
    // that reads as one and is longer than a site name (else the last short one); the other short
    // lines there (site name, menu items, section, breadcrumb) are site chrome.
    let mut title_at: Option<usize> = None;
    {
        let ks = kept_ordinals(&fate);
        if let Some(first_par) = ks.iter().position(|&o| paragraph(&kept_text(o))) {
            let top = &ks[..first_par.min(s.site_name_max_lines + 1)];
            // Dates, bylines and counters carry digits in few words.
            let dateline = |o: usize, t: &str| {
                cuts[o].is_empty() && words_at_most(t, 8) && t.chars().any(char::is_numeric)
            };
            // The headline sits right above the text (after any date or byline lines): the
            // last headline-like line of the masthead that is not a dateline.
            title_at = top.iter().rev().copied().find(|&o| {
                let t = kept_text(o);
                headline_like(&t) && !dateline(o, &t)
            });
            for (i, &o) in top.iter().enumerate() {
                let t = kept_text(o);
                let above = title_at.is_some_and(|h| o < h);
                // The page's first line, when short, is its site name (`钱塘晚报网`, `Fell Walks
                // with Dad`): a headline of that size would not have another one below it.
                let site_name = i == 0
                    && above
                    && t.chars().count() <= 50
                    && words_at_most(&t, 6)
                    && !ends_sentence(&t);
                if Some(o) != title_at
                    && (short_chrome(o, &t) || (dateline(o, &t) && title_at.is_some()) || site_name)
                {
                    fate[o] = Fate::Remove(SITE_NAME.to_string());
                }
            }
        }
    }
    let ks = kept_ordinals(&fate);
    let title = match (title_at, ks.as_slice()) {
        (Some(o), [first, _, ..]) if o == *first => {
            let t = kept_text(o);
            (headline_like(&t) && substantial(&t)).then_some(t)
        }
        (None, [first, _, ..]) => {
            let t = kept_text(*first);
            (headline_like(&t) && substantial(&t)).then_some(t)
        }
        _ => None,
    };
    if let (Some(t), Some(&last)) = (&title, ks.last()) {
        if ks.len() > 1 && key(&kept_text(last)) == key(t) && cuts[last].is_empty() {
            fate[last] = Fate::Remove(TITLE_REPEAT.to_string());
        }
    }
    // Short navigation lines after the last paragraph, in the footer zone.
    let ks = kept_ordinals(&fate);
    if let Some(last_par) = ks.iter().rposition(|&o| paragraph(&kept_text(o))) {
        for &o in &ks[last_par + 1..] {
            let t = kept_text(o);
            if in_tail(o) && cuts[o].is_empty() && words_at_most(&t, 8) && !ends_sentence(&t) {
                fate[o] = Fate::Remove(FOOTER_NAV.to_string());
            }
        }
    }

    // Assemble the text and the audit trail.
    let mut removals = Vec::new();
    let mut words_removed = 0i64;
    let mut out_lines: Vec<&str> = Vec::with_capacity(all.len());
    let mut ordinal_of = vec![usize::MAX; all.len()];
    for (o, &i) in nb.iter().enumerate() {
        ordinal_of[i] = o;
    }
    for (i, &line) in all.iter().enumerate() {
        let o = ordinal_of[i];
        if o == usize::MAX {
            out_lines.push("");
            continue;
        }
        let number = i32::try_from(o + 1).unwrap_or(i32::MAX);
        match &fate[o] {
            Fate::Remove(id) => {
                words_removed += crate::annotate::words(line);
                removals.push(Removal {
                    rule: id.clone(),
                    line: number,
                    text: line.to_string(),
                });
            }
            _ => {
                // Start cuts in the order made, then end cuts in the order made: that is the
                // order in which they sit in the line, which `rebuild_lines` relies on.
                for (id, _, t) in cuts[o].iter().filter(|c| c.1 == Side::Start) {
                    removals.push(Removal {
                        rule: id.clone(),
                        line: number,
                        text: t.clone(),
                    });
                }
                for (id, _, t) in cuts[o].iter().filter(|c| c.1 == Side::End).rev() {
                    removals.push(Removal {
                        rule: id.clone(),
                        line: number,
                        text: t.clone(),
                    });
                }
                if fate[o] == Fate::Teaser {
                    words_removed += crate::annotate::words(line);
                    let body = &line[kept[o].clone()];
                    let at = removals.len() - cuts[o].iter().filter(|c| c.1 == Side::End).count();
                    removals.insert(
                        at,
                        Removal {
                            rule: TEASER.to_string(),
                            line: number,
                            text: body.to_string(),
                        },
                    );
                } else {
                    let part = &line[kept[o].clone()];
                    if !cuts[o].is_empty() {
                        words_removed +=
                            crate::annotate::words(line) - crate::annotate::words(part);
                    }
                    out_lines.push(part);
                }
            }
        }
    }
    let text = crate::normalize::tidy_lines(out_lines.into_iter(), text.len());
    let title = title.filter(|_| !text.is_empty());
    Stripped {
        text,
        title,
        removals,
        words_removed,
    }
}

/// Rebuilds the non-blank lines of the document `strip` was given, from its kept `text` and
/// its `removals`: nothing is lost. `rules` tells which side of a line an inline cut came from.
pub fn rebuild_lines(
    text: &str,
    removals: &[Removal],
    rules: &Rules,
) -> Result<Vec<String>, String> {
    Ok(
        source_lines(text, removals, &|id| rules.get(id).map(|r| r.kind))?
            .into_iter()
            .map(|segments| segments.into_iter().map(|s| s.text).collect())
            .collect(),
    )
}

/// A piece of a source line: kept (`rule` is `None`) or removed by `rule`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Segment {
    /// The text of the piece.
    pub text: String,
    /// The rule that removed it, if it was removed.
    pub rule: Option<String>,
}

/// [`rebuild_lines`], each line as its kept and removed pieces in order: what the report's
/// document browser shows beside the clean text. `kind_of` gives a rule's kind by id (from
/// [`Rules::get`], or [`Rules::kinds`] without compiling the rules).
pub fn source_lines(
    text: &str,
    removals: &[Removal],
    kind_of: &dyn Fn(&str) -> Option<Kind>,
) -> Result<Vec<Vec<Segment>>, String> {
    let mut kept = text.split('\n').filter(|l| !l.trim().is_empty());
    let mut by_line: BTreeMap<i32, Vec<&Removal>> = BTreeMap::new();
    for r in removals {
        by_line.entry(r.line).or_default().push(r);
    }
    let side_of = |id: &str| -> Result<Option<Side>, String> {
        match id {
            REPEATED | SITE_NAME | TITLE_REPEAT | FOOTER_NAV | TEASER => Ok(None),
            _ => match kind_of(id) {
                Some(Kind::Prefix) => Ok(Some(Side::Start)),
                Some(Kind::Suffix) => Ok(Some(Side::End)),
                Some(_) => Ok(None),
                None => Err(format!("unknown rule id {id:?}")),
            },
        }
    };
    let cut = |r: &Removal| Segment {
        text: r.text.clone(),
        rule: Some(r.rule.clone()),
    };
    let mut out = Vec::new();
    let mut number = 1i32;
    loop {
        let here = by_line.remove(&number).unwrap_or_default();
        let on = |side: Side| {
            here.iter()
                .filter(move |r| side_of(&r.rule) == Ok(Some(side)))
                .map(|r| cut(r))
        };
        let whole: Vec<&&Removal> = here
            .iter()
            .filter(|r| side_of(&r.rule).ok().flatten().is_none())
            .collect();
        if let Some(body) = here.iter().find(|r| r.rule == TEASER) {
            let mut line: Vec<Segment> = on(Side::Start).collect();
            line.push(cut(body));
            line.extend(on(Side::End));
            out.push(line);
        } else if let Some(w) = whole.first() {
            if here.len() > 1 {
                return Err(format!("line {number}: removed whole and cut"));
            }
            out.push(vec![cut(w)]);
        } else if let Some(k) = kept.next() {
            let mut line: Vec<Segment> = on(Side::Start).collect();
            line.push(Segment {
                text: k.to_string(),
                rule: None,
            });
            line.extend(on(Side::End));
            out.push(line);
        } else if !here.is_empty() {
            return Err(format!(
                "line {number}: cut, but no kept text is left for it"
            ));
        } else if by_line.is_empty() {
            break;
        } else {
            return Err(format!("line {number}: neither kept nor removed"));
        }
        number += 1;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"
schema = 1
[[rule]]
id = "wix-anchors"
kind = "line"
phrases = ["top of page", "bottom of page"]
reason = "Wix anchors"
examples = ["top of page"]
counterexamples = ["The top of page two."]
[[rule]]
id = "share-label"
kind = "line"
phrases = ["Share", "Like"]
chrome = true
reason = "share bar"
examples = ["Share"]
counterexamples = ["Share the news with friends."]
[[rule]]
id = "comments-block"
kind = "block"
phrases = ["Leave a Reply"]
reason = "WordPress comment form"
examples = ["Leave a Reply"]
counterexamples = ["He did not leave a reply."]
[[rule]]
id = "ad-label"
kind = "line"
phrases = ["ADVERTISEMENT"]
reason = "ad slot label"
examples = ["ADVERTISEMENT"]
counterexamples = ["Advertisement budgets grew."]
[[rule]]
id = "ad-marker"
kind = "prefix"
phrases = ["ADVERTISEMENT"]
reason = "ad slot label"
examples = ["ADVERTISEMENT The council met."]
counterexamples = ["Advertisement budgets grew."]
[[rule]]
id = "read-more"
kind = "suffix"
phrases = ["Read more"]
reason = "teaser link"
examples = ["The council met. Read more"]
counterexamples = ["I want to read more"]
"#;

    fn rules() -> Rules {
        Rules::parse(RULES).unwrap()
    }

    fn run(text: &str) -> Stripped {
        strip(
            text,
            &rules(),
            &Repeated::default(),
            &StripSettings::default(),
        )
    }

    const ARTICLE: &str = "top of page\nMy Blog\n\nPeacekeepers leave Almaty after a week\n\nThe contingent handed over the protected facilities to local police on Thursday.\nA second line of the first paragraph.\nAnd a third one.\n\nShare\n\nOfficials thanked the allies for their rapid help. Read more\n\nADVERTISEMENT Markets reopened on Monday morning.\n\nAnother paragraph about the city and its people, long enough to be content.\nMore content here, and then some.\nEven more content, for the second half.\nStill the article.\n\nLeave a Reply\nYour email address will not be published.\nComment text\n\nPeacekeepers leave Almaty after a week\n\nShare\nLike\nbottom of page";

    #[test]
    fn probes_are_the_zone_lines_keys() {
        let s = StripSettings {
            head_lines: 2,
            tail_lines: 1,
            ..StripSettings::default()
        };
        let text = "Site  NAME\n\nMenu\nBody one.\nBody two.\nFooter line\n";
        assert_eq!(
            RepeatedCounter::probes(text, &s),
            vec!["footer line", "menu", "site name"]
        );
        // The candidates are among the probes: what strip looks up is what a merge compares.
        for c in RepeatedCounter::candidates(text, &s) {
            assert!(RepeatedCounter::probes(text, &s).contains(&c), "{c}");
        }
        let r = Repeated::from_keys(["menu".to_string()]);
        assert!(r.contains_key("menu") && r.contains("  MENU ") && !r.contains_key("site name"));
        assert_eq!(r.keys(), vec!["menu"]);
    }

    #[test]
    fn strips_by_rule_structure_and_zone() {
        let s = run(ARTICLE);
        assert_eq!(
            s.title.as_deref(),
            Some("Peacekeepers leave Almaty after a week")
        );
        assert!(s
            .text
            .starts_with("Peacekeepers leave Almaty after a week\n\nThe contingent"));
        assert!(
            s.text.contains("\n\nShare\n\n"),
            "a lone chrome word mid-article stays: {}",
            s.text
        );
        assert!(s
            .text
            .contains("Officials thanked the allies for their rapid help.\n"));
        assert!(s.text.contains("\nMarkets reopened on Monday morning."));
        assert!(s.text.ends_with("Still the article."), "{}", s.text);
        let ids: Vec<(&str, i32)> = s
            .removals
            .iter()
            .map(|r| (r.rule.as_str(), r.line))
            .collect();
        assert_eq!(
            ids,
            [
                ("wix-anchors", 1),
                ("site-name", 2),
                ("read-more", 8),
                ("ad-marker", 9),
                ("comments-block", 14),
                ("comments-block", 15),
                ("comments-block", 16),
                ("comments-block", 17),
                ("comments-block", 18),
                ("comments-block", 19),
                ("comments-block", 20),
            ]
        );
    }

    #[test]
    fn title_repeat_and_chrome_runs() {
        let s = run("Headline of the day here\n\nBody text that is long enough to be a paragraph of content.\n\nShare\nLike\n\nMore body text in the middle of the article, still content.\n\nHeadline of the day here");
        assert_eq!(s.text, "Headline of the day here\n\nBody text that is long enough to be a paragraph of content.\n\nMore body text in the middle of the article, still content.");
        let ids: Vec<&str> = s.removals.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(ids, ["share-label", "share-label", "title-repeat"]);
    }

    #[test]
    fn rebuild_restores_every_non_blank_line() {
        let r = rules();
        let s = strip(ARTICLE, &r, &Repeated::default(), &StripSettings::default());
        let want: Vec<String> = ARTICLE
            .split('\n')
            .filter(|l| !l.trim().is_empty())
            .map(String::from)
            .collect();
        assert_eq!(rebuild_lines(&s.text, &s.removals, &r).unwrap(), want);
    }

    #[test]
    fn repeated_lines_are_found_across_documents() {
        let docs = [
            "Nordic Weather Desk\nStorm hits the coast tonight\nLong body text of the first article goes here.\nBack to top",
            "Nordic Weather Desk\nSunny weekend ahead for all\nLong body text of the second article goes here.\nBack to top",
            "Nordic Weather Desk\nFog delays morning ferries\nLong body text of the third article goes here.\nBack to top",
            "Other Site\nNothing repeats here at all today\nBody.\nFooter",
        ];
        let s = StripSettings::default();
        let rep = Repeated::count(docs.iter().copied(), &s);
        assert!(rep.contains("nordic weather desk") && rep.contains("Back to top"));
        assert!(!rep.contains("Footer"));
        let out = strip(docs[0], &Rules::default(), &rep, &s);
        assert_eq!(
            out.text,
            "Storm hits the coast tonight\nLong body text of the first article goes here."
        );
        assert_eq!(out.title.as_deref(), Some("Storm hits the coast tonight"));
    }

    /// The shipped rules, compiled once for the property tests.
    static SHIPPED: std::sync::LazyLock<Rules> = std::sync::LazyLock::new(|| {
        Rules::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/boilerplate.toml"
        )))
        .unwrap()
    });

    proptest::proptest! {
        /// The candidates, read from both ends of the text, are the zone lines' keys that could
        /// be chrome, as listing the non-blank lines and numbering them gives them.
        #[test]
        fn candidates_are_the_short_lines_of_the_zones(
            picks in proptest::collection::vec((0usize..6, 0usize..3), 0..30),
            head in 0usize..5,
            tail in 0usize..5,
        ) {
            const POOL: [&str; 6] = ["Share", "  MENU ", "Home", "A longer line of content that is not chrome at all.", "\t", "Like"];
            let mut text = String::new();
            for (i, blank) in &picks {
                text.push_str(POOL[*i]);
                text.push_str(["\n", "\n\n", "\r\n"][*blank]);
            }
            let s = StripSettings { head_lines: head, tail_lines: tail, ..StripSettings::default() };
            let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            let n = lines.len();
            let want: std::collections::BTreeSet<String> = lines
                .iter()
                .enumerate()
                .filter(|&(i, l)| (i < head || i + tail >= n) && short_chrome_candidate(l, &s))
                .map(|(_, l)| key(l))
                .collect();
            proptest::prop_assert_eq!(
                RepeatedCounter::candidates(&text, &s),
                want.into_iter().collect::<Vec<_>>()
            );
        }

        /// Documents made of chrome and content lines in any order: stripping loses nothing.
        #[test]
        fn rebuild_is_exact_for_any_arrangement(
            picks in proptest::collection::vec((0usize..14, proptest::bool::ANY), 1..40)
        ) {
            const POOL: [&str; 14] = [
                "top of page", "Share", "Like", "Leave a Reply", "bottom of page",
                "ADVERTISEMENT The council met on Monday to vote.",
                "The council met on Monday. Read more",
                "Peacekeepers leave Almaty after a week",
                "The contingent handed over the protected facilities to local police.",
                "Officials thanked the allies for their rapid help in the crisis.",
                "My Blog", "  indented content line stays as it is",
                "Markets reopened on Monday morning after the holiday.",
                "ADVERTISEMENT",
            ];
            let mut doc = String::new();
            for (i, blank) in &picks {
                doc.push_str(POOL[*i]);
                doc.push('\n');
                if *blank {
                    doc.push('\n');
                }
            }
            let r = rules();
            let s = strip(&doc, &r, &Repeated::default(), &StripSettings::default());
            let want: Vec<String> = doc.split('\n').filter(|l| !l.trim().is_empty()).map(String::from).collect();
            proptest::prop_assert_eq!(rebuild_lines(&s.text, &s.removals, &r).unwrap(), want);
            proptest::prop_assert_eq!(
                crate::annotate::words(&s.text) + s.words_removed,
                crate::annotate::words(&doc)
            );
        }

        /// Under the shipped rules, lines of boilerplate, content and fragments that UAX #29
        /// joins or splits (apostrophes, decimal commas, marks, joiners, spaces of every kind)
        /// glued in any order: the words of the input are those kept plus those removed.
        #[test]
        fn words_kept_plus_words_removed_are_the_input_words(
            lines in proptest::collection::vec(
                proptest::collection::vec((0usize..24, proptest::bool::ANY), 0..8),
                1..30,
            )
        ) {
            const PIECES: [&str; 24] = [
                "Share this article", "Read more:", "Advertisement", "Cookies help us",
                "All rights reserved", "Follow us on Twitter", "Comments", "Subscribe",
                "The troops left Almaty", "on 13 January 2022.", "l'armée", "1,5", "3.14",
                "e\u{301}", "\u{301}", "\u{200d}", "\u{a0}", "\u{3000}", " ", "\t", "a.b",
                "«Миротворцы»", "ОДКБ:", "中文",
            ];
            let doc: String = lines
                .iter()
                .map(|line| {
                    line.iter()
                        .map(|&(i, space)| format!("{}{}", PIECES[i], if space { " " } else { "" }))
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n");
            let s = strip(&doc, &SHIPPED, &Repeated::default(), &StripSettings::default());
            proptest::prop_assert_eq!(
                crate::annotate::words(&s.text) + s.words_removed,
                crate::annotate::words(&doc)
            );
        }
    }

    #[test]
    fn nothing_to_strip_is_a_no_op() {
        let t = "A plain document with no chrome at all, just one paragraph of text.";
        let s = run(t);
        assert_eq!(
            (s.text.as_str(), s.removals.len(), s.title.as_deref()),
            (t, 0, None)
        );
    }
}
