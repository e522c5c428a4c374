//! Reading a release back: its folder (or zip), manifest and rows. What `verify`, `diff` and the
//! version check of `build` stand on. Everything read is untrusted: a damaged file is an error
//! that names it, never a panic.

use std::fs::File;
use std::path::{Path, PathBuf};

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int32Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use crate::error::{Error, Result};
use crate::record::{Document, Removal};

/// An opened release: its folder (extracted to a temporary folder when opened from a zip).
#[derive(Debug)]
pub struct Release {
    /// The release folder.
    pub dir: PathBuf,
    /// `NAME-VERSION`, the folder's name.
    pub name: String,
    /// `manifest.json`, as JSON (older releases have fewer fields).
    pub manifest: serde_json::Value,
    _extracted: Option<tempfile::TempDir>,
}

/// A problem with a release file: what `verify` reports.
fn bad(path: &Path, message: impl Into<String>) -> Error {
    Error::BadRelease {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

impl Release {
    /// Opens a release folder, or a release zip (whose single top folder is the release).
    pub fn open(path: &Path) -> Result<Release> {
        if path.is_file() {
            return Release::open_zip(path);
        }
        let dir = path.to_path_buf();
        let manifest_path = dir.join("manifest.json");
        let text = std::fs::read(&manifest_path).map_err(|e| Error::io(&manifest_path, e))?;
        let manifest: serde_json::Value = serde_json::from_slice(&text)
            .map_err(|e| bad(&manifest_path, format!("not valid JSON: {e}")))?;
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Release {
            dir,
            name,
            manifest,
            _extracted: None,
        })
    }

    fn open_zip(path: &Path) -> Result<Release> {
        let zerr = |e: zip::result::ZipError| bad(path, format!("not a readable zip: {e}"));
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut archive = zip::ZipArchive::new(file).map_err(zerr)?;
        let tmp = tempfile::Builder::new()
            .prefix("corpack-zip-")
            .tempdir()
            .map_err(|e| Error::io(std::env::temp_dir(), e))?;
        // `extract` refuses entries that would escape the folder (`../`, absolute paths).
        archive.extract(tmp.path()).map_err(zerr)?;
        let mut tops = Vec::new();
        for e in std::fs::read_dir(tmp.path()).map_err(|e| Error::io(tmp.path(), e))? {
            tops.push(e.map_err(|e| Error::io(tmp.path(), e))?.path());
        }
        let [top] = tops.as_slice() else {
            return Err(bad(
                path,
                format!(
                    "holds {} top-level entries, not one release folder",
                    tops.len()
                ),
            ));
        };
        let mut r = Release::open(top)?;
        r._extracted = Some(tmp);
        Ok(r)
    }

    /// The manifest's `version`, if it is there.
    pub fn version(&self) -> Option<semver::Version> {
        self.manifest["version"]
            .as_str()
            .and_then(|v| semver::Version::parse(v).ok())
    }

    /// Data parts with extension `ext` (`parquet`, `csv`), sorted by name.
    pub fn parts(&self, ext: &str) -> Result<Vec<PathBuf>> {
        data_parts(&self.dir, ext)
    }

    /// Every row, from the Parquet parts in order.
    pub fn documents(&self) -> Result<Vec<Document>> {
        let mut docs = Vec::new();
        for p in self.parts("parquet")? {
            docs.extend(read_parquet(&p)?);
        }
        Ok(docs)
    }
}

/// The data parts of the release folder `dir` with extension `ext`, sorted by name.
pub fn data_parts(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let data = dir.join("data");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&data).map_err(|e| Error::io(&data, e))? {
        let p = e.map_err(|e| Error::io(&data, e))?.path();
        if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

/// Reads the rows of one Parquet part of schema version 1.
pub fn read_parquet(path: &Path) -> Result<Vec<Document>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .and_then(|b| b.build())
        .map_err(|e| bad(path, format!("not a readable Parquet file: {e}")))?;
    let mut docs = Vec::new();
    for batch in reader {
        let batch = batch.map_err(|e| bad(path, format!("reading rows: {e}")))?;
        docs.extend(batch_documents(&batch).map_err(|m| bad(path, m))?);
    }
    Ok(docs)
}

/// How many row groups the Parquet file `path` has.
pub fn row_groups(path: &Path) -> Result<usize> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let b = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| bad(path, format!("not a readable Parquet file: {e}")))?;
    Ok(b.metadata().num_row_groups())
}

/// The rows of row group `group` of the Parquet file `path` whose `doc_id` passes `keep`, in
/// file order: a reader that wants a few rows decodes every text but copies only theirs, and
/// row groups can be read in parallel.
pub fn read_row_group(
    path: &Path,
    group: usize,
    keep: &dyn Fn(&str) -> bool,
) -> Result<Vec<Document>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| bad(path, format!("not a readable Parquet file: {e}")))?;
    // The reader indexes the row groups without checking (it panics past the end).
    let groups = builder.metadata().num_row_groups();
    if group >= groups {
        return Err(bad(path, format!("no row group {group} (it has {groups})")));
    }
    // Small batches: only the current batch's texts are held beside the decoded page.
    let reader = builder
        .with_row_groups(vec![group])
        .with_batch_size(32)
        .build()
        .map_err(|e| bad(path, format!("not a readable Parquet file: {e}")))?;
    let mut docs = Vec::new();
    for batch in reader {
        let batch = batch.map_err(|e| bad(path, format!("reading rows: {e}")))?;
        docs.extend(batch_rows_where(&batch, true, keep).map_err(|m| bad(path, m))?);
    }
    Ok(docs)
}

/// The rows of one Parquet file of schema version 1, read a batch at a time: memory holds a
/// batch, not the file (a merge of shards reads every shard's rows side by side).
pub struct ParquetRows {
    path: PathBuf,
    reader: parquet::arrow::arrow_reader::ParquetRecordBatchReader,
    pending: std::vec::IntoIter<Document>,
    /// Whether the `text` column is read (else every row's text is empty).
    with_text: bool,
}

impl ParquetRows {
    /// Opens `path`, to be read `batch_rows` rows at a time.
    pub fn open(path: &Path, batch_rows: usize) -> Result<Self> {
        Self::open_columns(path, batch_rows, true)
    }

    /// [`ParquetRows::open`] without the `text` column, which is most of the file: the rows
    /// come with empty texts, for readers that need only the other columns.
    pub fn open_without_text(path: &Path, batch_rows: usize) -> Result<Self> {
        Self::open_columns(path, batch_rows, false)
    }

    fn open_columns(path: &Path, batch_rows: usize, with_text: bool) -> Result<Self> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .and_then(|b| {
                let b = b.with_batch_size(batch_rows.max(1));
                if with_text {
                    return b.build();
                }
                let roots: Vec<usize> = b
                    .schema()
                    .fields()
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.name() != "text")
                    .map(|(i, _)| i)
                    .collect();
                let mask = parquet::arrow::ProjectionMask::roots(b.parquet_schema(), roots);
                b.with_projection(mask).build()
            })
            .map_err(|e| bad(path, format!("not a readable Parquet file: {e}")))?;
        Ok(ParquetRows {
            path: path.to_path_buf(),
            reader,
            pending: Vec::new().into_iter(),
            with_text,
        })
    }

    /// The next row, or `None` after the last.
    pub fn next_row(&mut self) -> Result<Option<Document>> {
        loop {
            if let Some(d) = self.pending.next() {
                return Ok(Some(d));
            }
            match self.reader.next() {
                None => return Ok(None),
                Some(batch) => {
                    let batch = batch.map_err(|e| bad(&self.path, format!("reading rows: {e}")))?;
                    let docs =
                        batch_rows(&batch, self.with_text).map_err(|m| bad(&self.path, m))?;
                    self.pending = docs.into_iter();
                }
            }
        }
    }
}

/// The documents of one record batch; a column that is missing or of another type is an error.
fn batch_documents(b: &RecordBatch) -> std::result::Result<Vec<Document>, String> {
    batch_rows(b, true)
}

/// [`batch_documents`], or without the `text` column (every text empty) when not `with_text`.
fn batch_rows(b: &RecordBatch, with_text: bool) -> std::result::Result<Vec<Document>, String> {
    batch_rows_where(b, with_text, &|_| true)
}

/// [`batch_rows`] of the rows whose `doc_id` passes `keep` only: the others' strings are not
/// copied.
fn batch_rows_where(
    b: &RecordBatch,
    with_text: bool,
    keep: &dyn Fn(&str) -> bool,
) -> std::result::Result<Vec<Document>, String> {
    let col = |name: &str| {
        b.column_by_name(name)
            .ok_or_else(|| format!("no column {name:?}"))
    };
    let typed = |name: &str, want: &str| format!("column {name:?} is not {want}");
    let strings = |name: &str| -> std::result::Result<_, String> {
        col(name)?
            .as_string_opt::<i32>()
            .ok_or_else(|| typed(name, "utf8"))
    };
    let ints = |name: &str| -> std::result::Result<_, String> {
        col(name)?
            .as_primitive_opt::<Int64Type>()
            .ok_or_else(|| typed(name, "int64"))
    };
    let (doc_id, source_path, source_sha256) = (
        strings("doc_id")?,
        strings("source_path")?,
        strings("source_sha256")?,
    );
    let (source_encoding, title, text, text_sha256, lang, duplicate_of) = (
        strings("source_encoding")?,
        strings("title")?,
        if with_text {
            Some(strings("text")?)
        } else {
            None
        },
        strings("text_sha256")?,
        strings("lang")?,
        strings("duplicate_of")?,
    );
    let (source_bytes, n_chars, n_words) =
        (ints("source_bytes")?, ints("n_chars")?, ints("n_words")?);
    let lang_confidence = col("lang_confidence")?
        .as_primitive_opt::<Float64Type>()
        .ok_or_else(|| typed("lang_confidence", "float64"))?;
    let repairs = col("repairs")?
        .as_list_opt::<i32>()
        .ok_or_else(|| typed("repairs", "a list"))?;
    let boilerplate = col("boilerplate")?
        .as_list_opt::<i32>()
        .ok_or_else(|| typed("boilerplate", "a list"))?;
    let opt =
        |a: &arrow_array::StringArray, i: usize| (!a.is_null(i)).then(|| a.value(i).to_string());
    let mut out = Vec::new();
    for i in 0..b.num_rows() {
        if !keep(doc_id.value(i)) {
            continue;
        }
        let rep = repairs.value(i);
        let rep = rep
            .as_string_opt::<i32>()
            .ok_or_else(|| typed("repairs", "a list of utf8"))?;
        let bp = boilerplate.value(i);
        let bp = bp
            .as_struct_opt()
            .ok_or_else(|| typed("boilerplate", "a list of structs"))?;
        let field = |n: &str| {
            bp.column_by_name(n)
                .ok_or_else(|| format!("boilerplate has no field {n:?}"))
        };
        let (rule, text_f) = (
            field("rule")?
                .as_string_opt::<i32>()
                .ok_or_else(|| typed("boilerplate.rule", "utf8"))?,
            field("text")?
                .as_string_opt::<i32>()
                .ok_or_else(|| typed("boilerplate.text", "utf8"))?,
        );
        let line = field("line")?
            .as_primitive_opt::<Int32Type>()
            .ok_or_else(|| typed("boilerplate.line", "int32"))?;
        out.push(Document {
            doc_id: doc_id.value(i).to_string(),
            source_path: source_path.value(i).to_string(),
            source_sha256: source_sha256.value(i).to_string(),
            source_bytes: source_bytes.value(i),
            source_encoding: source_encoding.value(i).to_string(),
            repairs: (0..rep.len()).map(|j| rep.value(j).to_string()).collect(),
            title: opt(title, i),
            text: text.map(|t| t.value(i).to_string()).unwrap_or_default(),
            text_sha256: text_sha256.value(i).to_string(),
            lang: opt(lang, i),
            lang_confidence: (!lang_confidence.is_null(i)).then(|| lang_confidence.value(i)),
            n_chars: n_chars.value(i),
            n_words: n_words.value(i),
            boilerplate: (0..bp.len())
                .map(|j| Removal {
                    rule: rule.value(j).to_string(),
                    line: line.value(j),
                    text: text_f.value(j).to_string(),
                })
                .collect(),
            duplicate_of: opt(duplicate_of, i),
        });
    }
    Ok(out)
}

/// The releases of dataset `name` in `dist`, sorted by version (oldest first).
pub fn list_releases(dist: &Path, name: &str) -> Result<Vec<(semver::Version, PathBuf)>> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dist) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::io(dist, e)),
    };
    let prefix = format!("{name}-");
    for e in entries {
        let p = e.map_err(|e| Error::io(dist, e))?.path();
        let Some(file_name) = p.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if let Some(v) = file_name
            .strip_prefix(&prefix)
            .and_then(|v| semver::Version::parse(v).ok())
        {
            if p.join("manifest.json").is_file() {
                out.push((v, p));
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn committed_releases_read_back_and_are_listed_in_version_order() {
        let dist = repo().join("dist");
        let all = list_releases(&dist, "csto-kazakhstan-2022").unwrap();
        let versions: Vec<String> = all.iter().map(|(v, _)| v.to_string()).collect();
        assert!(versions.len() >= 4, "{versions:?}");
        assert_eq!(versions[..3], ["0.1.0", "0.1.1", "0.2.0"]);
        for (v, dir) in &all {
            let r = Release::open(dir).unwrap();
            assert_eq!(r.version().as_ref(), Some(v));
            let docs = r.documents().unwrap();
            assert_eq!(docs.len(), 5);
            assert!(docs.windows(2).all(|w| w[0].doc_id < w[1].doc_id));
            for d in &docs {
                assert_eq!(d.text_sha256, crate::hash::sha256_hex(d.text.as_bytes()));
            }
        }
        assert!(list_releases(&repo().join("no-such-dir"), "x")
            .unwrap()
            .is_empty());
    }

    #[test]
    fn parquet_read_back_equals_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let newest = list_releases(&repo().join("dist"), "csto-kazakhstan-2022").unwrap();
        let docs = Release::open(&newest.last().unwrap().1)
            .unwrap()
            .documents()
            .unwrap();
        let p = dir.path().join("x.parquet");
        crate::write::write_parquet(&p, &docs).unwrap();
        assert_eq!(read_parquet(&p).unwrap(), docs);
        // One row group here; its rows filtered by doc_id come back whole and in order.
        assert_eq!(row_groups(&p).unwrap(), 1);
        let wanted = [&docs[0].doc_id, &docs[docs.len() - 1].doc_id];
        let some = read_row_group(&p, 0, &|id| wanted.iter().any(|w| w.as_str() == id)).unwrap();
        assert_eq!(some, [docs[0].clone(), docs[docs.len() - 1].clone()]);
        assert!(read_row_group(&p, 0, &|_| false).unwrap().is_empty());
        assert!(read_row_group(&p, 1, &|_| true).is_err());
    }

    #[test]
    fn damaged_files_are_errors_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.parquet");
        std::fs::write(&p, b"PAR1 not really").unwrap();
        let e = read_parquet(&p).unwrap_err().to_string();
        assert!(e.contains("x.parquet") && e.contains("Parquet"), "{e}");
        let z = dir.path().join("r.zip");
        std::fs::write(&z, b"PK\x03\x04 broken").unwrap();
        let e = Release::open(&z).unwrap_err().to_string();
        assert!(e.contains("r.zip"), "{e}");
        let e = Release::open(dir.path()).unwrap_err().to_string();
        assert!(e.contains("manifest.json"), "{e}");
    }
}
