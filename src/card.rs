//! The dataset card (`README.md` in the release): YAML front matter that the Hugging Face Hub
//! reads, then what the dataset is, its numbers, how to load it and how to verify it.

use crate::manifest::Manifest;
use crate::schema::{declared, to_markdown};

/// What the card shows besides the manifest.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras<'a> {
    /// Parquet part paths, relative to the release.
    pub data_parquet: &'a [String],
    /// Removals per boilerplate rule, most first.
    pub rule_counts: &'a [(String, u64)],
    /// `(source path, sha256, bytes)` of every input read.
    pub sources: &'a [(String, String, u64)],
    /// Markdown of the changes since the previous release, if there is one.
    pub changes: Option<&'a str>,
}

/// Most sources listed in the card; `sources.sha256` has them all.
const MAX_SOURCES_SHOWN: usize = 100;

/// The Hugging Face `size_categories` bucket of `n` rows.
pub fn size_category(n: u64) -> &'static str {
    match n {
        0..1_000 => "n<1K",
        1_000..10_000 => "1K<n<10K",
        10_000..100_000 => "10K<n<100K",
        100_000..1_000_000 => "100K<n<1M",
        1_000_000..10_000_000 => "1M<n<10M",
        10_000_000..100_000_000 => "10M<n<100M",
        100_000_000..1_000_000_000 => "100M<n<1B",
        _ => "n>1B",
    }
}

/// A BibTeX key: the name and version with everything but letters and digits as `_`.
fn bibtex_key(m: &Manifest) -> String {
    format!("{}_{}", m.name, m.version)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// The BibTeX entry of the release.
pub fn bibtex(m: &Manifest) -> String {
    let esc = |s: &str| s.replace(['{', '}'], "");
    let mut b = format!(
        "@misc{{{},
  title = {{{{{}}}}},
",
        bibtex_key(m),
        esc(&m.title)
    );
    let authors = if m.citation.authors.is_empty() {
        format!("{{{} maintainers}}", esc(&m.name))
    } else {
        m.citation
            .authors
            .iter()
            .map(|a| esc(a))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    b.push_str(&format!(
        "  author = {{{authors}}},
"
    ));
    if let Some(y) = m.citation.year {
        b.push_str(&format!(
            "  year = {{{y}}},
"
        ));
    }
    b.push_str(&format!(
        "  version = {{{}}},
",
        m.version
    ));
    if let Some(u) = &m.citation.url {
        b.push_str(&format!(
            "  url = {{{}}},
",
            esc(u)
        ));
    }
    b.push_str(&format!(
        "  note = {{Dataset release {}-{}; input fingerprint {}}}
}}
",
        m.name, m.version, m.input.fingerprint
    ));
    b
}

/// Renders the card from the manifest (so card and manifest never disagree).
pub fn render(m: &Manifest, extras: &Extras<'_>) -> String {
    let (data_parquet, rule_counts) = (extras.data_parquet, extras.rule_counts);
    let release = format!("{}-{}", m.name, m.version);
    let first = data_parquet
        .first()
        .map(String::as_str)
        .unwrap_or("data/documents-00000-of-00001.parquet");
    let mut s = String::new();
    s.push_str("---\n");
    s.push_str(&format!("pretty_name: {}\n", yaml_str(&m.title)));
    s.push_str(&format!("license: {}\n", yaml_str(&m.license)));
    let mut codes: Vec<&str> = m
        .languages
        .iter()
        .filter_map(|l| l.lang.as_deref())
        .collect();
    codes.sort_unstable();
    if !codes.is_empty() {
        s.push_str("language:\n");
        for c in &codes {
            s.push_str(&format!("- {c}\n"));
        }
    }
    if codes.len() > 1 {
        s.push_str("multilinguality: multilingual\n");
    }
    s.push_str(&format!(
        "size_categories:\n- {}\n",
        size_category(m.counts.documents)
    ));
    for (key, list) in [
        ("task_categories", &m.card.task_categories),
        ("tags", &m.card.tags),
    ] {
        if !list.is_empty() {
            s.push_str(&format!("{key}:\n"));
            for t in list {
                s.push_str(&format!("- {}\n", yaml_str(t)));
            }
        }
    }
    s.push_str("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: data/documents-*.parquet\n");
    s.push_str("---\n\n");
    s.push_str(&format!("# {}\n\n", m.title));
    if !m.description.is_empty() {
        s.push_str(&format!("{}\n\n", m.description.trim()));
    }
    s.push_str(&format!(
        "Release `{release}`, built by {} {} with schema version {}.\n\n",
        m.tool.name, m.tool.version, m.schema_version
    ));
    s.push_str("## Contents\n\n| | |\n|---|---|\n");
    let c = &m.counts;
    for (k, v) in [
        ("documents", c.documents),
        ("canonical documents (no `duplicate_of`)", c.canonical),
        ("exact duplicates", c.exact_duplicates),
        ("near duplicates", c.near_duplicates),
        ("rejected inputs", c.rejected),
        ("skipped hidden/system files", c.skipped),
        ("raw bytes of the documents", c.bytes_in),
        ("clean text bytes (UTF-8)", c.text_bytes),
        ("characters", c.chars),
        ("words before boilerplate removal (UAX #29)", c.words_in),
        ("words (UAX #29)", c.words),
        ("data parts", c.parts),
    ] {
        s.push_str(&format!("| {k} | {v} |\n"));
    }
    s.push_str(&format!(
        "| input fingerprint (SHA-256 of `sources.sha256`) | `{}` |\n\n",
        m.input.fingerprint
    ));
    s.push_str(
        "### Languages\n\n| language | documents | canonical | words |\n|---|---|---|---|\n",
    );
    for l in &m.languages {
        s.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            l.lang.as_deref().unwrap_or("unknown"),
            l.documents,
            l.canonical,
            l.words
        ));
    }
    let a = &m.annotation;
    s.push_str(&format!(
        "\n`lang` is detected on the clean text by {} ({} chunks of {} characters and {} letters \
         vote; null below {} confidence or {} letters). `duplicate_of` names the first `doc_id` of each group of \
         equal texts or texts with an estimated word {}-shingle Jaccard similarity of at least {} \
         (MinHash, {} bands × {} rows); filter on `duplicate_of IS NULL` to drop duplicates.\n\n",
        a.lang.detector,
        a.lang.settings.chunks,
        a.lang.settings.chunk_chars,
        a.lang.settings.chunk_letters,
        a.lang.settings.min_confidence,
        a.lang.settings.min_letters,
        a.dedup.settings.shingle_words,
        a.dedup.settings.threshold,
        a.dedup.settings.bands,
        a.dedup.settings.rows,
    ));
    if !m.rejected.is_empty() {
        s.push_str("### Rejected inputs\n\n| source | reason | detail |\n|---|---|---|\n");
        for r in &m.rejected {
            s.push_str(&format!(
                "| `{}` | {} | {} |\n",
                r.source_path,
                r.reason.code(),
                r.message.replace('|', "\\|")
            ));
        }
        s.push('\n');
    }
    s.push_str("## Sources\n\n");
    s.push_str(&format!(
        "{} raw input files ({} bytes); `sources.sha256` lists each with its SHA-256 \
         (`sha256sum -c` format, paths relative to the input folder).\n\n",
        m.input.files, m.input.bytes
    ));
    if !extras.sources.is_empty() {
        s.push_str("| source | bytes | sha256 |\n|---|---|---|\n");
        for (path, sha, bytes) in extras.sources.iter().take(MAX_SOURCES_SHOWN) {
            s.push_str(&format!("| `{}` | {bytes} | `{sha}` |\n", md_cell(path)));
        }
        if extras.sources.len() > MAX_SOURCES_SHOWN {
            s.push_str(&format!(
                "| ... and {} more in `sources.sha256` | | |\n",
                extras.sources.len() - MAX_SOURCES_SHOWN
            ));
        }
        s.push('\n');
    }
    s.push_str("## Cleaning\n\n");
    s.push_str(&format!(
        "Every document was decoded, repaired and normalized (the `repairs` column says what changed) and \
         stripped of page chrome; every removed line is listed in the `boilerplate` column with the rule \
         that removed it. {} lines removed in all; {} of {} rows have a title.\n\n",
        c.boilerplate_lines, c.titles, c.documents
    ));
    if m.rules.is_empty() {
        s.push_str("No boilerplate rules file was used (structural rules only).\n\n");
    }
    for r in &m.rules {
        s.push_str(&format!(
            "Boilerplate rules: `{}`, {} rules, SHA-256 `{}`.\n\n",
            r.file, r.rules, r.sha256
        ));
    }
    if !rule_counts.is_empty() {
        s.push_str("| rule | lines removed |\n|---|---|\n");
        for (rule, n) in rule_counts {
            s.push_str(&format!("| `{rule}` | {n} |\n"));
        }
        s.push('\n');
    }
    s.push_str("## Files\n\n| file | bytes | sha256 |\n|---|---|---|\n");
    for f in &m.files {
        s.push_str(&format!(
            "| `{}` | {} | `{}` |\n",
            f.path, f.bytes, f.sha256
        ));
    }
    s.push_str("\n`manifest.json` and `SHA256SUMS` cover these and each other. ");
    s.push_str(
        "`croissant.json` (MLCommons Croissant 1.0: every data part, the `documents` record set) \
         and `datapackage.json` (Frictionless Data Package v2: the CSV parts with a Table Schema) \
         describe the data for those tools. `report.html` (listed in `SHA256SUMS`, rendered from \
         `manifest.json` and the Parquet parts; `corpack verify` checks it) shows the release in a \
         browser, offline: charts of languages, lengths, encodings, repairs, boilerplate and \
         duplicates, the rejected inputs, and a sample of documents with their clean text beside \
         the decoded source.\n\n",
    );
    s.push_str("## How to load\n\n```python\n");
    s.push_str(&format!(
        "import glob\nimport pandas as pd\ndf = pd.read_parquet(sorted(glob.glob(\"{release}/data/*.parquet\")))\n\n"
    ));
    s.push_str(&format!(
        "import polars as pl\ndf = pl.read_parquet(\"{release}/data/*.parquet\")\n\n"
    ));
    s.push_str(&format!(
        "import duckdb\nduckdb.sql(\"SELECT doc_id, lang, n_words FROM '{release}/data/*.parquet'\")\n\n"
    ));
    s.push_str(&format!(
        "from datasets import load_dataset\nds = load_dataset(\"parquet\", data_files=\"{release}/data/*.parquet\", split=\"train\")\n\n"
    ));
    s.push_str(&format!(
        "import mlcroissant as mlc\nrecords = mlc.Dataset(jsonld=\"{release}/croissant.json\").records(\"documents\")\n```\n\n"
    ));
    s.push_str(&format!(
        "The CSV parts (`{}`) hold the same rows: RFC 4180, UTF-8, list columns as JSON, nulls as empty fields.\n\n",
        first.replace(".parquet", ".csv")
    ));
    s.push_str("## How to verify\n\n```sh\n");
    s.push_str(&format!(
        "corpack verify {release}                          # checksums, manifest, schema, rows, CSV = Parquet\n"
    ));
    s.push_str(&format!(
        "corpack verify --rebuild --input <input folder> {release}   # rebuilt byte for byte from the sources\n"
    ));
    s.push_str(&format!(
        "sha256sum -c {release}.zip.sha256      # the bundle\n"
    ));
    s.push_str(&format!(
        "cd {release} && sha256sum -c SHA256SUMS   # every file of the release\n"
    ));
    s.push_str(&format!(
        "cd {release} && frictionless validate datapackage.json   # CSV sizes, digests and rows\n"
    ));
    s.push_str(
        "cd <input folder> && sha256sum -c <release>/sources.sha256   # the raw sources\n```\n\n",
    );
    s.push_str("## Schema\n\n");
    s.push_str(&to_markdown(declared()));
    s.push_str("\nRows are sorted by `doc_id`.\n\n");
    s.push_str("## How to cite\n\n```bibtex\n");
    s.push_str(&bibtex(m));
    s.push_str("```\n\n");
    s.push_str("## Changes since the previous version\n\n");
    match extras.changes {
        Some(c) => {
            s.push_str(c.trim_end());
            s.push_str("\n\n");
        }
        None => s.push_str("This is the first release.\n\n"),
    }
    s.push_str("## License\n\n");
    s.push_str(&format!("`{}`", m.license));
    if !m.license_note.is_empty() {
        s.push_str(&format!(": {}", m.license_note.trim()));
    }
    s.push('\n');
    s
}

/// Text safe inside a markdown table cell.
fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// A YAML double-quoted scalar.
fn yaml_str(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}
