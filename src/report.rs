//! Stage 10, package (report): `report.html`, one self-contained page to look at a release
//! before trusting it: charts of what is in it and what the cleaning did, the rejected inputs,
//! and a browser of a sample of documents, each clean text beside its decoded source with the
//! removed pieces highlighted and labelled by rule.
//!
//! `corpack report` renders it from the release's own files (`manifest.json`, the Parquet parts,
//! the rules file), and `corpack verify` checks that the release's copy is what they give. A
//! build renders the same page from the same values without reading its texts back: the rows it
//! has just written, the rules it used and the manifest it wrote ([`render_rows`]). The template
//! is `templates/report.html` (minijinja, HTML auto-escaping: every document string is untrusted
//! and shows as text). Charts are inline SVG, the style inline CSS, the script a few lines that
//! filter the document list; nothing is fetched. The charts cover every row; the browser embeds
//! at most `sample` documents, chosen deterministically (round robin over languages, by SHA-256
//! of the doc_id within each).

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::hash::sha256_hex;
use crate::record::Document;

/// File name of the report in a release.
pub const FILE_NAME: &str = "report.html";
/// Documents embedded in the browser unless `[report] sample` says otherwise.
pub const DEFAULT_SAMPLE: usize = 200;
/// The page template (compiled into the binary, so a binary always renders the same bytes).
const TEMPLATE: &str = include_str!("../templates/report.html");
/// Bars shown per chart before the rest are summed into one.
const MAX_BARS: usize = 24;
/// Characters of a document's text shown in the browser; the rest is cut with a note.
const MAX_TEXT_CHARS: usize = 20_000;
/// Width of the longest bar, in SVG pixels.
const BAR_PX: f64 = 320.0;
/// Left edge of the bars, in SVG pixels (labels are to its left).
const BAR_X: f64 = 180.0;
/// Characters of a document's decoded source shown in the browser, in whole lines.
const MAX_SOURCE_CHARS: usize = 30_000;
/// Longest bar label shown, in characters.
const LABEL_CHARS: usize = 28;
/// Height of one bar row, in SVG pixels.
const ROW_PX: u32 = 22;

fn bad(path: &Path, message: impl Into<String>) -> Error {
    Error::BadRelease {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// One bar of a chart, with its geometry precomputed (the template only places it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bar {
    /// Category.
    pub label: String,
    /// The label as shown: at most `LABEL_CHARS` characters.
    pub short: String,
    /// Count.
    pub value: u64,
    /// Bar length in pixels, one decimal (as text, so float formatting cannot vary).
    pub width: String,
    /// Top of the row in pixels.
    pub y: u32,
    /// Where the value is written, right of the bar.
    pub text_x: String,
}

/// A horizontal bar chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    /// Anchor id.
    pub id: String,
    /// Heading.
    pub title: String,
    /// What is counted.
    pub unit: String,
    /// The bars, in display order.
    pub bars: Vec<Bar>,
    /// SVG height in pixels.
    pub height: u32,
}

impl Chart {
    /// A chart of `items` in the given order; past `MAX_BARS`, the rest become one bar.
    pub fn new(id: &str, title: &str, unit: &str, mut items: Vec<(String, u64)>) -> Chart {
        if items.len() > MAX_BARS {
            let rest: Vec<(String, u64)> = items.split_off(MAX_BARS - 1);
            let total: u64 = rest.iter().map(|r| r.1).sum();
            items.push((format!("{} others", rest.len()), total));
        }
        let max = items.iter().map(|i| i.1).max().unwrap_or(0).max(1);
        let bars: Vec<Bar> = items
            .into_iter()
            .enumerate()
            .map(|(i, (label, value))| {
                let width = value as f64 / max as f64 * BAR_PX;
                let short = if label.chars().count() > LABEL_CHARS {
                    let mut s: String = label.chars().take(LABEL_CHARS - 1).collect();
                    s.push('…');
                    s
                } else {
                    label.clone()
                };
                Bar {
                    short,
                    label,
                    value,
                    width: format!("{width:.1}"),
                    y: i as u32 * ROW_PX,
                    text_x: format!("{:.1}", BAR_X + width + 6.0),
                }
            })
            .collect();
        Chart {
            id: id.into(),
            title: title.into(),
            unit: unit.into(),
            height: (bars.len() as u32).max(1) * ROW_PX,
            bars,
        }
    }
}

/// Counts sorted by count, largest first, ties by label.
fn by_count(map: BTreeMap<String, u64>) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Upper bounds (exclusive) of the length buckets, in characters.
const LENGTH_BOUNDS: [u64; 9] = [
    100, 300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000,
];

fn length_bucket(n: u64) -> usize {
    LENGTH_BOUNDS
        .iter()
        .position(|&b| n < b)
        .unwrap_or(LENGTH_BOUNDS.len())
}

fn human(n: u64) -> String {
    match n {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => format!("{}M", n / 1_000_000),
        n if n >= 1_000 && n % 1_000 == 0 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

fn length_label(bucket: usize) -> String {
    let lo = if bucket == 0 {
        0
    } else {
        LENGTH_BOUNDS[bucket - 1]
    };
    match LENGTH_BOUNDS.get(bucket) {
        Some(&hi) => format!("{}–{}", human(lo), human(hi)),
        None => format!("≥ {}", human(lo)),
    }
}

/// Everything counted over all rows.
#[derive(Debug, Default)]
struct Tally {
    lengths: Vec<u64>,
    encodings: BTreeMap<String, u64>,
    repairs: BTreeMap<String, u64>,
    rules: BTreeMap<String, u64>,
    /// (doc_id, lang) of every row, for the sample.
    ids: Vec<(String, Option<String>)>,
}

impl Tally {
    /// Counts every row of `documents` (light rows: their texts and removals are not read),
    /// with `removals` the boilerplate removals per rule over all of them.
    fn of_rows(documents: &[Document], removals: &BTreeMap<String, u64>) -> Tally {
        let mut tally = Tally::default();
        for d in documents {
            tally.add_row(d);
        }
        tally.rules = removals.clone();
        tally
    }

    /// Counts `d`, its removals included.
    fn add(&mut self, d: &Document) {
        self.add_row(d);
        for r in &d.boilerplate {
            *self.rules.entry(r.rule.clone()).or_default() += 1;
        }
    }

    /// Counts `d` but not its removals.
    fn add_row(&mut self, d: &Document) {
        if self.lengths.is_empty() {
            self.lengths = vec![0; LENGTH_BOUNDS.len() + 1];
        }
        self.lengths[length_bucket(d.n_chars.max(0) as u64)] += 1;
        *self.encodings.entry(d.source_encoding.clone()).or_default() += 1;
        let mut seen = std::collections::BTreeSet::new();
        for r in &d.repairs {
            if seen.insert(r.as_str()) {
                *self.repairs.entry(r.clone()).or_default() += 1;
            }
        }
        self.ids.push((d.doc_id.clone(), d.lang.clone()));
    }
}

/// The doc_ids the browser shows: all when there are at most `sample` rows; else one language
/// after another (by code, unknown last), each time the next of its documents by SHA-256 of the
/// doc_id, until `sample` are taken, so small languages are shown too.
pub fn choose_sample(ids: &[(String, Option<String>)], sample: usize) -> Vec<String> {
    if ids.len() <= sample {
        let mut all: Vec<String> = ids.iter().map(|i| i.0.clone()).collect();
        all.sort();
        return all;
    }
    let mut groups: BTreeMap<(bool, String), Vec<(String, &str)>> = BTreeMap::new();
    for (id, lang) in ids {
        let key = (lang.is_none(), lang.clone().unwrap_or_default());
        groups
            .entry(key)
            .or_default()
            .push((sha256_hex(id.as_bytes()), id.as_str()));
    }
    let mut queues: Vec<std::vec::IntoIter<(String, &str)>> = groups
        .into_values()
        .map(|mut g| {
            g.sort();
            g.into_iter()
        })
        .collect();
    let mut out = Vec::new();
    while out.len() < sample {
        let mut took = false;
        for q in &mut queues {
            if out.len() == sample {
                break;
            }
            if let Some((_, id)) = q.next() {
                out.push(id.to_string());
                took = true;
            }
        }
        if !took {
            break;
        }
    }
    out.sort();
    out
}

/// One document of the browser.
#[derive(Debug, Serialize)]
struct DocView {
    doc_id: String,
    title: Option<String>,
    lang: Option<String>,
    lang_confidence: Option<f64>,
    n_words: i64,
    n_chars: i64,
    source_path: String,
    source_encoding: String,
    repairs: Vec<String>,
    duplicate_of: Option<String>,
    removed: usize,
    text: String,
    /// Characters of the text not shown.
    text_cut: usize,
    /// The decoded source's non-blank lines, as pieces; empty when it cannot be rebuilt.
    source: Vec<SourceLine>,
    /// Lines of the source not shown.
    source_cut: usize,
    /// Why the source is not shown, when it is not.
    source_note: Option<String>,
}

#[derive(Debug, Serialize)]
struct SourceLine {
    number: usize,
    removed: bool,
    segments: Vec<crate::boilerplate::Segment>,
}

/// Rule kinds by id.
type Kinds = BTreeMap<String, crate::boilerplate::rules::Kind>;

fn view(d: Document, rules: Option<&Kinds>) -> DocView {
    let (source, source_note) = match rules {
        None if !d.boilerplate.is_empty() => (
            Vec::new(),
            Some("the release has no rules file to tell inline cuts apart".to_string()),
        ),
        _ => {
            let kind_of = |id: &str| rules.and_then(|k| k.get(id).copied());
            match crate::boilerplate::source_lines(&d.text, &d.boilerplate, &kind_of) {
                Ok(lines) => (
                    lines
                        .into_iter()
                        .enumerate()
                        .map(|(i, segments)| SourceLine {
                            number: i + 1,
                            removed: segments.iter().all(|s| s.rule.is_some()),
                            segments,
                        })
                        .collect(),
                    None,
                ),
                Err(e) => (Vec::new(), Some(format!("cannot be rebuilt: {e}"))),
            }
        }
    };
    let mut shown_chars = 0usize;
    let keep = source
        .iter()
        .position(|l| {
            shown_chars += l
                .segments
                .iter()
                .map(|s| s.text.chars().count())
                .sum::<usize>();
            shown_chars > MAX_SOURCE_CHARS
        })
        .map_or(source.len(), |i| i.max(1));
    let source_cut = source.len() - keep;
    let mut source = source;
    source.truncate(keep);
    let total = d.text.chars().count();
    let (text, text_cut) = if total > MAX_TEXT_CHARS {
        (
            d.text.chars().take(MAX_TEXT_CHARS).collect(),
            total - MAX_TEXT_CHARS,
        )
    } else {
        (d.text, 0)
    };
    DocView {
        removed: d.boilerplate.len(),
        doc_id: d.doc_id,
        title: d.title,
        lang: d.lang,
        lang_confidence: d.lang_confidence,
        n_words: d.n_words,
        n_chars: d.n_chars,
        source_path: d.source_path,
        source_encoding: d.source_encoding,
        repairs: d.repairs,
        duplicate_of: d.duplicate_of,
        text,
        text_cut,
        source,
        source_cut,
        source_note,
    }
}

/// Calls `f` on every row of the release folder `dir`, part after part, without its text.
fn for_each_row(dir: &Path, f: &mut dyn FnMut(Document)) -> Result<()> {
    for part in crate::release::data_parts(dir, "parquet")? {
        let mut rows = crate::release::ParquetRows::open_without_text(&part, 1024)?;
        while let Some(d) = rows.next_row()? {
            f(d);
        }
    }
    Ok(())
}

/// The report of the release folder `dir`, from its files alone, with at most `sample`
/// documents in the browser.
pub fn render(dir: &Path, sample: usize) -> Result<String> {
    let manifest_path = dir.join("manifest.json");
    let bytes = std::fs::read(&manifest_path).map_err(|e| Error::io(&manifest_path, e))?;
    let m = manifest_value(&manifest_path, &bytes)?;
    let rules = match rules_file(&m) {
        Some(file) => {
            let path = dir.join("rules").join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            Some(kinds(&path, &text)?)
        }
        None => None,
    };

    let mut tally = Tally::default();
    // The charts need every row but no text; the second pass reads the texts and keeps the
    // sample's.
    for_each_row(dir, &mut |d| tally.add(&d))?;
    let chosen: std::collections::BTreeSet<String> =
        choose_sample(&tally.ids, sample).into_iter().collect();
    // Reading the texts is most of the work: the row groups are read in parallel, and only
    // the sample's rows are copied out.
    let mut groups = Vec::new();
    for part in crate::release::data_parts(dir, "parquet")? {
        let n = crate::release::row_groups(&part)?;
        groups.extend((0..n).map(|g| (part.clone(), g)));
    }
    let keep = |id: &str| chosen.contains(id);
    let docs: Vec<DocView> = groups
        .par_iter()
        .map(|(part, g)| {
            let rows = crate::release::read_row_group(part, *g, &keep)?;
            Ok(rows.into_iter().map(|d| view(d, rules.as_ref())).collect())
        })
        .collect::<Result<Vec<Vec<DocView>>>>()?
        .into_iter()
        .flatten()
        .collect();
    page(&m, tally, docs, sample)
}

/// The report of a release a build has just written to `dir`, from the values it wrote there:
/// `manifest_json` is its `manifest.json`, `rules` the rules file it copied, `documents` its rows
/// without their texts, `removals` the boilerplate removals per rule over all rows, and `rows`
/// the full rows in the same order, of which only the sample's are read. The page is
/// [`render`]'s of the same release, byte for byte, without decompressing every text again.
pub fn render_rows(
    dir: &Path,
    manifest_json: &str,
    rules: Option<&str>,
    documents: &[Document],
    removals: &BTreeMap<String, u64>,
    rows: &dyn crate::package::Rows,
    sample: usize,
) -> Result<String> {
    let manifest_path = dir.join("manifest.json");
    let m = manifest_value(&manifest_path, manifest_json.as_bytes())?;
    let rules = match (rules_file(&m), rules) {
        (Some(file), Some(text)) => Some(kinds(&dir.join("rules").join(file), text)?),
        _ => None,
    };
    let tally = Tally::of_rows(documents, removals);
    let chosen: std::collections::BTreeSet<String> =
        choose_sample(&tally.ids, sample).into_iter().collect();
    let wanted: Vec<usize> = documents
        .iter()
        .enumerate()
        .filter(|(_, d)| chosen.contains(&d.doc_id))
        .map(|(i, _)| i)
        .collect();
    let docs = wanted
        .par_iter()
        .map(|&i| {
            let mut found = None;
            rows.for_each_row_in(i..i + 1, &mut |d| {
                found = Some(d);
                Ok(())
            })?;
            let d = found.ok_or_else(|| bad(dir, format!("row {i} cannot be read back")))?;
            Ok(view(d, rules.as_ref()))
        })
        .collect::<Result<Vec<DocView>>>()?;
    page(&m, tally, docs, sample)
}

/// `manifest.json`'s bytes as JSON.
fn manifest_value(path: &Path, bytes: &[u8]) -> Result<serde_json::Value> {
    serde_json::from_slice(bytes).map_err(|e| bad(path, format!("not valid JSON: {e}")))
}

/// The name of the rules file under `rules/` that the manifest lists, if any.
fn rules_file(m: &serde_json::Value) -> Option<&str> {
    m["rules"]
        .as_array()
        .and_then(|r| r.first())
        .and_then(|r| r["file"].as_str())
}

/// The rules' kinds by id, from the rules file `text` read from `path`: only the kinds are
/// needed (which side an inline cut came from), so the rules are not compiled.
fn kinds(path: &Path, text: &str) -> Result<Kinds> {
    crate::boilerplate::Rules::kinds(text).map_err(|message| Error::Config {
        path: path.to_path_buf(),
        message,
    })
}

/// The page, from the manifest, the counts over every row and the sample's views in row order.
fn page(m: &serde_json::Value, tally: Tally, docs: Vec<DocView>, sample: usize) -> Result<String> {
    let u = |v: &serde_json::Value| v.as_u64().unwrap_or(0);
    let languages: Vec<(String, u64, u64)> = m["languages"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|l| {
                    (
                        l["lang"].as_str().unwrap_or("unknown").to_string(),
                        u(&l["documents"]),
                        u(&l["words"]),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let sorted = |pick: fn(&(String, u64, u64)) -> u64| {
        let mut v: Vec<(String, u64)> = languages.iter().map(|l| (l.0.clone(), pick(l))).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    let lengths: Vec<(String, u64)> = {
        let first = tally.lengths.iter().position(|&n| n > 0).unwrap_or(0);
        let last = tally.lengths.iter().rposition(|&n| n > 0).unwrap_or(0);
        (first..=last.max(first))
            .filter(|&b| b < tally.lengths.len())
            .map(|b| (length_label(b), tally.lengths[b]))
            .collect()
    };
    let counts = &m["counts"];
    let charts = vec![
        Chart::new(
            "languages",
            "Documents per language",
            "documents",
            sorted(|l| l.1),
        ),
        Chart::new(
            "words",
            "Words per language",
            "words (UAX #29)",
            sorted(|l| l.2),
        ),
        Chart::new(
            "lengths",
            "Document length",
            "documents by characters of clean text",
            lengths,
        ),
        Chart::new(
            "encodings",
            "Encodings found",
            "documents",
            by_count(tally.encodings),
        ),
        Chart::new(
            "repairs",
            "Repairs applied",
            "documents",
            by_count(tally.repairs),
        ),
        Chart::new(
            "boilerplate",
            "Boilerplate removed, by rule",
            "lines or pieces",
            by_count(tally.rules),
        ),
        Chart::new(
            "duplicates",
            "Duplicates",
            "documents",
            vec![
                ("canonical".into(), u(&counts["canonical"])),
                ("exact duplicates".into(), u(&counts["exact_duplicates"])),
                ("near duplicates".into(), u(&counts["near_duplicates"])),
            ],
        ),
    ];
    let mut doc_langs: Vec<String> = docs
        .iter()
        .map(|d| d.lang.clone().unwrap_or_else(|| "unknown".into()))
        .collect();
    doc_langs.sort();
    doc_langs.dedup();

    let mut env = minijinja::Environment::new();
    env.add_template("report.html", TEMPLATE)
        .map_err(|e| Error::Settings(format!("report template: {e}")))?;
    let tmpl = env
        .get_template("report.html")
        .map_err(|e| Error::Settings(format!("report template: {e}")))?;
    let ctx = minijinja::context! {
        m => minijinja::Value::from(minijinja::value::Serde(m)),
        charts => minijinja::Value::from(minijinja::value::Serde(&charts)),
        docs => minijinja::Value::from(minijinja::value::Serde(&docs)),
        doc_langs => doc_langs,
        rows => tally.ids.len(),
        sample => sample,
        bar_px => BAR_PX as u64,
        row_px => ROW_PX,
    };
    tmpl.render(ctx)
        .map_err(|e| Error::Settings(format!("rendering the report: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_scale_bars_and_fold_the_tail() {
        let c = Chart::new("x", "X", "docs", vec![("a".into(), 10), ("b".into(), 5)]);
        assert_eq!(c.bars[0].width, "320.0");
        assert_eq!(c.bars[1].width, "160.0");
        assert_eq!((c.bars[1].y, c.height), (ROW_PX, 2 * ROW_PX));
        let many: Vec<(String, u64)> = (0..30).map(|i| (format!("l{i}"), 30 - i)).collect();
        let c = Chart::new("x", "X", "docs", many);
        assert_eq!(c.bars.len(), MAX_BARS);
        let last = c.bars.last().unwrap();
        assert_eq!(last.label, "7 others");
        assert_eq!(last.value, (1..=7).sum::<u64>());
        // An empty chart still has a height, and no division by zero.
        assert_eq!(Chart::new("x", "X", "docs", vec![]).height, ROW_PX);
        assert_eq!(
            Chart::new("x", "X", "d", vec![("z".into(), 0)]).bars[0].width,
            "0.0"
        );
    }

    #[test]
    fn length_buckets_are_labelled() {
        assert_eq!(length_bucket(0), 0);
        assert_eq!(length_bucket(99), 0);
        assert_eq!(length_bucket(100), 1);
        assert_eq!(length_bucket(5_000_000), LENGTH_BOUNDS.len());
        assert_eq!(length_label(0), "0–100");
        assert_eq!(length_label(3), "1k–3k");
        assert_eq!(length_label(LENGTH_BOUNDS.len()), "≥ 1M");
    }

    #[test]
    fn the_sample_is_stable_and_covers_every_language() {
        let mut ids: Vec<(String, Option<String>)> = (0..100)
            .map(|i| (format!("en/{i}"), Some("en".to_string())))
            .collect();
        ids.push(("kk/1".into(), Some("kk".into())));
        ids.push(("x/1".into(), None));
        let s = choose_sample(&ids, 10);
        assert_eq!(s.len(), 10);
        assert!(s.contains(&"kk/1".to_string()) && s.contains(&"x/1".to_string()));
        // The order of the input does not matter; the output is sorted.
        let mut rev = ids.clone();
        rev.reverse();
        assert_eq!(choose_sample(&rev, 10), s);
        let mut sorted = s.clone();
        sorted.sort();
        assert_eq!(sorted, s);
        // Everything when the sample is large enough.
        assert_eq!(choose_sample(&ids, 500).len(), ids.len());
    }
}
