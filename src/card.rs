//! The dataset card (`README.md` in the release): YAML front matter that the Hugging Face Hub
//! reads, then what the dataset is, its numbers, how to load it and how to verify it.

use crate::manifest::Manifest;
use crate::schema::{declared, to_markdown};

/// Renders the card from the manifest (so card and manifest never disagree).
pub fn render(m: &Manifest, data_parquet: &[String], rule_counts: &[(String, u64)]) -> String {
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
        "\n`lang` is detected on the clean text by {} ({} chunks of {} characters vote; null below \
         {} confidence or {} letters). `duplicate_of` names the first `doc_id` of each group of \
         equal texts or texts with an estimated word {}-shingle Jaccard similarity of at least {} \
         (MinHash, {} bands × {} rows); filter on `duplicate_of IS NULL` to drop duplicates.\n\n",
        a.lang.detector,
        a.lang.settings.chunks,
        a.lang.settings.chunk_chars,
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
         describe the data for those tools.\n\n",
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
    s.push_str("## License\n\n");
    s.push_str(&format!("`{}`", m.license));
    if !m.license_note.is_empty() {
        s.push_str(&format!(": {}", m.license_note.trim()));
    }
    s.push('\n');
    s
}

/// A YAML double-quoted scalar.
fn yaml_str(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}
