//! Stage 9, write: rows into Parquet and CSV parts with fixed settings, so the same rows
//! always give the same bytes.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{
    Float64Builder, Int32Builder, Int64Builder, ListBuilder, StringBuilder, StructBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, FieldRef};
use parquet::arrow::arrow_writer::{
    compute_leaves, ArrowColumnChunk, ArrowColumnWriter, ArrowRowGroupWriterFactory,
    ArrowWriterOptions,
};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::{EnabledStatistics, WriterProperties, WriterVersion};
use parquet::file::writer::SerializedFileWriter;

use crate::error::{Error, Result};
use crate::hash::HashingWriter;
use crate::record::Document;
use crate::schema::arrow_schema;

/// zstd level of every Parquet file: fixed, because it is part of the bytes. Level 3 (zstd's
/// default): on the 100 MiB benchmark corpus level 9 made the Parquet file 4.6% smaller and the
/// whole build 11% more CPU.
pub const ZSTD_LEVEL: i32 = 3;
/// Most rows per Parquet row group.
pub const ROW_GROUP_ROWS: usize = 8192;
/// A row group is closed once its texts reach this many bytes: the writer holds one row group
/// in memory, so this bounds its memory whatever the corpus size.
pub const ROW_GROUP_TEXT_BYTES: u64 = 64 << 20;
/// Rows are handed to the Parquet writer in batches of about this many text bytes. The batches
/// shape the pages, so they are cut by the rows' sizes, never by timing or thread count.
const WRITE_BATCH_TEXT_BYTES: u64 = 8 << 20;
/// Estimated per-row overhead added to the text size when planning parts.
const ROW_OVERHEAD_BYTES: u64 = 512;

/// Splits rows whose texts have the given byte sizes into consecutive parts of at most
/// `max_bytes` estimated bytes each (a single larger row gets a part of its own). Always at
/// least one part, possibly empty.
pub fn plan_parts(text_sizes: &[u64], max_bytes: u64) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let (mut start, mut size) = (0usize, 0u64);
    for (i, &text_bytes) in text_sizes.iter().enumerate() {
        let row = text_bytes + ROW_OVERHEAD_BYTES;
        if i > start && size + row > max_bytes {
            parts.push(start..i);
            start = i;
            size = 0;
        }
        size += row;
    }
    parts.push(start..text_sizes.len());
    parts
}

/// The file stem of part `k` of `n`: `documents-KKKKK-of-NNNNN`.
pub fn part_stem(k: usize, n: usize) -> String {
    format!("documents-{k:05}-of-{n:05}")
}

fn list_field(name: &str) -> FieldRef {
    let schema = arrow_schema();
    match schema.field_with_name(name).map(|f| f.data_type()) {
        Ok(DataType::List(item)) => item.clone(),
        other => panic!("schema column {name} is not a list: {other:?}"),
    }
}

/// Builds the Arrow record batch of `docs`, checked against the declared schema.
pub fn to_record_batch(docs: &[Document]) -> Result<RecordBatch> {
    let n = docs.len();
    let mut doc_id = StringBuilder::new();
    let mut source_path = StringBuilder::new();
    let mut source_sha256 = StringBuilder::new();
    let mut source_bytes = Int64Builder::with_capacity(n);
    let mut source_encoding = StringBuilder::new();
    let mut repairs = ListBuilder::new(StringBuilder::new()).with_field(list_field("repairs"));
    let mut title = StringBuilder::new();
    // Sized up front: the texts are most of a batch's bytes, and growing the buffer by
    // doubling copies them again and touches fresh pages each time.
    let text_bytes = docs.iter().map(|d| d.text.len()).sum();
    let mut text = StringBuilder::with_capacity(n, text_bytes);
    let mut text_sha256 = StringBuilder::new();
    let mut lang = StringBuilder::new();
    let mut lang_confidence = Float64Builder::with_capacity(n);
    let mut n_chars = Int64Builder::with_capacity(n);
    let mut n_words = Int64Builder::with_capacity(n);
    let bp_field = list_field("boilerplate");
    let DataType::Struct(bp_fields) = bp_field.data_type() else {
        panic!("schema column boilerplate is not a list of structs")
    };
    let mut boilerplate = ListBuilder::new(StructBuilder::from_fields(bp_fields.clone(), 0))
        .with_field(bp_field.clone());
    let mut duplicate_of = StringBuilder::new();

    for d in docs {
        doc_id.append_value(&d.doc_id);
        source_path.append_value(&d.source_path);
        source_sha256.append_value(&d.source_sha256);
        source_bytes.append_value(d.source_bytes);
        source_encoding.append_value(&d.source_encoding);
        for r in &d.repairs {
            repairs.values().append_value(r);
        }
        repairs.append(true);
        title.append_option(d.title.as_deref());
        text.append_value(&d.text);
        text_sha256.append_value(&d.text_sha256);
        lang.append_option(d.lang.as_deref());
        lang_confidence.append_option(d.lang_confidence);
        n_chars.append_value(d.n_chars);
        n_words.append_value(d.n_words);
        let items = boilerplate.values();
        for r in &d.boilerplate {
            struct_field::<StringBuilder>(items, 0).append_value(&r.rule);
            struct_field::<Int32Builder>(items, 1).append_value(r.line);
            struct_field::<StringBuilder>(items, 2).append_value(&r.text);
            items.append(true);
        }
        boilerplate.append(true);
        duplicate_of.append_option(d.duplicate_of.as_deref());
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(doc_id.finish()),
        Arc::new(source_path.finish()),
        Arc::new(source_sha256.finish()),
        Arc::new(source_bytes.finish()),
        Arc::new(source_encoding.finish()),
        Arc::new(repairs.finish()),
        Arc::new(title.finish()),
        Arc::new(text.finish()),
        Arc::new(text_sha256.finish()),
        Arc::new(lang.finish()),
        Arc::new(lang_confidence.finish()),
        Arc::new(n_chars.finish()),
        Arc::new(n_words.finish()),
        Arc::new(boilerplate.finish()),
        Arc::new(duplicate_of.finish()),
    ];
    Ok(RecordBatch::try_new(arrow_schema(), columns)?)
}

fn struct_field<T: arrow_array::builder::ArrayBuilder>(b: &mut StructBuilder, i: usize) -> &mut T {
    b.field_builder::<T>(i)
        .unwrap_or_else(|| panic!("boilerplate struct field {i} has an unexpected builder type"))
}

/// The fixed Parquet writer settings.
pub fn writer_properties() -> WriterProperties {
    let level = ZstdLevel::try_new(ZSTD_LEVEL).unwrap_or_default();
    WriterProperties::builder()
        .set_writer_version(WriterVersion::PARQUET_1_0)
        .set_compression(Compression::ZSTD(level))
        .set_created_by(format!("corpack {}", env!("CARGO_PKG_VERSION")))
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .build()
}

/// Writes `docs` as one Parquet file at `path` (the bytes [`ParquetPart`] writes for them).
pub fn write_parquet(path: &Path, docs: &[Document]) -> Result<()> {
    let mut part = ParquetPart::create(path)?;
    for d in docs {
        part.push(d.clone())?;
    }
    part.finish().map(drop)
}

/// One Parquet file written row by row: row groups of at most [`ROW_GROUP_ROWS`] rows and
/// [`ROW_GROUP_TEXT_BYTES`] of text. The open row group is encoded on a thread of its own, batch
/// by batch as the rows arrive, while the caller reads and writes the next rows (the zstd
/// compression is most of the cost of writing); when the group closes, its column chunks are
/// appended, so the bytes are those of one writer encoding everything in turn. Memory holds one
/// row group. (Letting a closed group finish encoding while the next one filled gave a higher
/// peak on the 1 GiB benchmark build: 947 MiB against 938, one loaded-machine run each; parts
/// are written in parallel too.)
pub struct ParquetPart {
    path: std::path::PathBuf,
    writer: SerializedFileWriter<HashingWriter<File>>,
    factory: ArrowRowGroupWriterFactory,
    /// Rows not yet handed to the open row group's encoder.
    pending: Vec<Document>,
    pending_bytes: u64,
    /// The open row group's encoder, once it has rows.
    open: Option<RowGroupEncoder>,
    /// Rows and text bytes in the open row group (pending included).
    group_rows: usize,
    group_bytes: u64,
    /// Whether row groups are encoded on a thread of their own.
    threaded: bool,
}

/// Where the open row group is encoded: on a thread of its own, batch by batch as the rows
/// arrive, or in the caller's thread (a build with one job uses one core). Both hand the same
/// batches to the same column writers, so the bytes are the same.
enum RowGroupEncoder {
    Thread {
        batches: Option<std::sync::mpsc::SyncSender<Vec<Document>>>,
        thread: std::thread::JoinHandle<Result<Vec<ArrowColumnChunk>>>,
    },
    Inline {
        columns: Vec<ArrowColumnWriter>,
    },
}

/// Encodes `docs` into a row group's column writers (those of the file at `path`).
fn encode_batch(path: &Path, columns: &mut [ArrowColumnWriter], docs: Vec<Document>) -> Result<()> {
    let pq = |source| Error::Parquet {
        path: path.to_path_buf(),
        source,
    };
    let batch = to_record_batch(&docs)?;
    drop(docs);
    let schema = batch.schema();
    let mut writers = columns.iter_mut();
    for (field, column) in schema.fields().iter().zip(batch.columns()) {
        for leaf in compute_leaves(field.as_ref(), column).map_err(pq)? {
            let writer = writers.next().ok_or_else(|| {
                pq(parquet::errors::ParquetError::General(
                    "more leaf columns than column writers".into(),
                ))
            })?;
            writer.write(&leaf).map_err(pq)?;
        }
    }
    Ok(())
}

/// Closes a row group's column writers (those of the file at `path`) into their chunks.
fn close_columns(path: &Path, columns: Vec<ArrowColumnWriter>) -> Result<Vec<ArrowColumnChunk>> {
    columns
        .into_iter()
        .map(|c| {
            c.close().map_err(|source| Error::Parquet {
                path: path.to_path_buf(),
                source,
            })
        })
        .collect()
}

impl RowGroupEncoder {
    /// Starts encoding a row group of the file at `path` with `columns`, on a thread of its own
    /// when `threaded`.
    fn start(path: &Path, mut columns: Vec<ArrowColumnWriter>, threaded: bool) -> Self {
        if !threaded {
            return RowGroupEncoder::Inline { columns };
        }
        // One batch waiting beside the one being encoded: the rows in memory stay bounded.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Document>>(1);
        let path = path.to_path_buf();
        let thread = std::thread::spawn(move || -> Result<Vec<ArrowColumnChunk>> {
            for docs in rx {
                encode_batch(&path, &mut columns, docs)?;
            }
            close_columns(&path, columns)
        });
        RowGroupEncoder::Thread {
            batches: Some(tx),
            thread,
        }
    }

    /// Hands `docs` to the encoder (waiting while its thread is behind); `false` when the
    /// thread has stopped (its error comes with [`RowGroupEncoder::join`]).
    fn send(&mut self, path: &Path, docs: Vec<Document>) -> Result<bool> {
        match self {
            RowGroupEncoder::Thread { batches, .. } => {
                Ok(batches.as_ref().is_some_and(|tx| tx.send(docs).is_ok()))
            }
            RowGroupEncoder::Inline { columns } => encode_batch(path, columns, docs).map(|()| true),
        }
    }

    /// Says that no more rows come and waits for the encoded column chunks.
    fn join(self, path: &Path) -> Result<Vec<ArrowColumnChunk>> {
        match self {
            RowGroupEncoder::Thread { batches, thread } => {
                drop(batches);
                thread.join().unwrap_or_else(|_| {
                    Err(Error::io(
                        path,
                        std::io::Error::other("the thread encoding a row group panicked"),
                    ))
                })
            }
            RowGroupEncoder::Inline { columns } => close_columns(path, columns),
        }
    }
}

impl ParquetPart {
    /// Creates the file at `path` with the fixed [`writer_properties`]; row groups are encoded
    /// on a thread of their own.
    pub fn create(path: &Path) -> Result<Self> {
        Self::create_with(path, true)
    }

    /// [`ParquetPart::create`], encoding on a thread of its own only when `threaded` (a build
    /// with one job encodes in its own thread: the same bytes on one core).
    pub fn create_with(path: &Path, threaded: bool) -> Result<Self> {
        let pq = |source| Error::Parquet {
            path: path.to_path_buf(),
            source,
        };
        let file = HashingWriter::new(File::create(path).map_err(|e| Error::io(path, e))?);
        // The arrow writer sets up the file (schema, properties, the Arrow schema in the
        // metadata) and is then taken apart into its file writer and column writer factory.
        let options = ArrowWriterOptions::new().with_properties(writer_properties());
        let (writer, factory) = ArrowWriter::try_new_with_options(file, arrow_schema(), options)
            .and_then(ArrowWriter::into_serialized_writer)
            .map_err(pq)?;
        Ok(ParquetPart {
            path: path.to_path_buf(),
            writer,
            factory,
            pending: Vec::new(),
            pending_bytes: 0,
            open: None,
            group_rows: 0,
            group_bytes: 0,
            threaded,
        })
    }

    fn pq(&self, source: parquet::errors::ParquetError) -> Error {
        Error::Parquet {
            path: self.path.clone(),
            source,
        }
    }

    /// Hands the pending rows to the open row group's encoder, starting it if needed.
    fn write_pending(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        if self.open.is_none() {
            // Row groups are appended as they close, so this one's index is their count.
            let index = self.writer.flushed_row_groups().len();
            let columns = self
                .factory
                .create_column_writers(index)
                .map_err(|e| self.pq(e))?;
            self.open = Some(RowGroupEncoder::start(&self.path, columns, self.threaded));
        }
        let docs = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        let sent = match self.open.as_mut() {
            Some(encoder) => encoder.send(&self.path, docs)?,
            None => false,
        };
        if !sent {
            // The encoder stopped early: its error says why.
            if let Some(encoder) = self.open.take() {
                encoder.join(&self.path)?;
            }
            return Err(Error::io(
                &self.path,
                std::io::Error::other("the row group encoder stopped"),
            ));
        }
        Ok(())
    }

    /// Closes the open row group: waits for its encoder and appends the chunks to the file.
    fn close_row_group(&mut self) -> Result<()> {
        self.write_pending()?;
        let Some(encoder) = self.open.take() else {
            return Ok(());
        };
        let chunks = encoder.join(&self.path)?;
        let appended = self.writer.next_row_group().and_then(|mut group| {
            for chunk in chunks {
                chunk.append_to_row_group(&mut group)?;
            }
            group.close()
        });
        appended.map(drop).map_err(|e| self.pq(e))
    }

    /// Appends one row.
    pub fn push(&mut self, d: Document) -> Result<()> {
        let bytes = d.text.len() as u64;
        if self.group_rows > 0
            && (self.group_rows == ROW_GROUP_ROWS
                || self.group_bytes + bytes > ROW_GROUP_TEXT_BYTES)
        {
            self.close_row_group()?;
            self.group_rows = 0;
            self.group_bytes = 0;
        }
        self.group_rows += 1;
        self.group_bytes += bytes;
        self.pending_bytes += bytes;
        self.pending.push(d);
        if self.pending_bytes >= WRITE_BATCH_TEXT_BYTES {
            self.write_pending()?;
        }
        Ok(())
    }

    /// Writes the last row group and the footer, syncs the file and returns its SHA-256 and
    /// size.
    pub fn finish(mut self) -> Result<(String, u64)> {
        self.close_row_group()?;
        let path = self.path.clone();
        let hashed = self.writer.into_inner().map_err(|source| Error::Parquet {
            path: path.clone(),
            source,
        })?;
        let (file, sha256, bytes) = hashed.finish();
        file.sync_all().map_err(|e| Error::io(&path, e))?;
        Ok((sha256, bytes))
    }
}

/// One CSV file written row by row (the bytes [`write_csv`] writes for the same rows).
pub struct CsvPart {
    path: std::path::PathBuf,
    writer: csv::Writer<BufWriter<HashingWriter<File>>>,
}

impl CsvPart {
    /// Creates the file at `path` and writes the header row.
    pub fn create(path: &Path) -> Result<Self> {
        let file = File::create(path).map_err(|e| Error::io(path, e))?;
        let mut writer = csv_writer(BufWriter::with_capacity(1 << 20, HashingWriter::new(file)));
        writer
            .write_record(csv_header())
            .map_err(|source| Error::Csv {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(CsvPart {
            path: path.to_path_buf(),
            writer,
        })
    }

    /// Appends one row.
    pub fn push(&mut self, d: &Document) -> Result<()> {
        self.writer
            .write_record(csv_row(d))
            .map_err(|source| Error::Csv {
                path: self.path.clone(),
                source,
            })
    }

    /// Flushes and syncs the file; returns its SHA-256 and size.
    pub fn finish(self) -> Result<(String, u64)> {
        let path = self.path;
        let buf = self
            .writer
            .into_inner()
            .map_err(|e| Error::io(&path, std::io::Error::other(e.to_string())))?;
        let (mut file, sha256, bytes) = buf
            .into_inner()
            .map_err(|e| Error::io(&path, e.into_error()))?
            .finish();
        file.flush().map_err(|e| Error::io(&path, e))?;
        file.sync_all().map_err(|e| Error::io(&path, e))?;
        Ok((sha256, bytes))
    }
}

/// The CSV writer settings: RFC 4180 records ending in CRLF, quoting only when needed.
fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out)
}

/// The header row: the schema's column names.
fn csv_header() -> Vec<String> {
    arrow_schema()
        .fields()
        .iter()
        .map(|f| f.name().to_string())
        .collect()
}

/// Writes `docs` as one CSV file at `path`: RFC 4180 (CRLF records, `"`-quoting when needed),
/// UTF-8 without BOM, a header row, nulls as empty fields, list columns as JSON.
pub fn write_csv(path: &Path, docs: &[Document]) -> Result<()> {
    let file = File::create(path).map_err(|e| Error::io(path, e))?;
    let buf = write_csv_to(BufWriter::new(file), docs).map_err(|source| Error::Csv {
        path: path.to_path_buf(),
        source,
    })?;
    let mut file = buf
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    file.flush().map_err(|e| Error::io(path, e))?;
    file.sync_all().map_err(|e| Error::io(path, e))
}

/// Writes the CSV of `docs` (header included) to `out` and hands `out` back: the exact bytes of a
/// CSV part, for files and for `verify`, which renders the Parquet rows to compare.
pub fn write_csv_to<W: Write>(out: W, docs: &[Document]) -> csv::Result<W> {
    let mut w = csv_writer(out);
    w.write_record(csv_header())?;
    for d in docs {
        w.write_record(csv_row(d))?;
    }
    w.into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}

/// The CSV fields of one row, in schema order.
pub fn csv_row(d: &Document) -> [String; 15] {
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    [
        d.doc_id.clone(),
        d.source_path.clone(),
        d.source_sha256.clone(),
        d.source_bytes.to_string(),
        d.source_encoding.clone(),
        serde_json::Value::from(d.repairs.clone()).to_string(),
        opt(&d.title),
        d.text.clone(),
        d.text_sha256.clone(),
        opt(&d.lang),
        d.lang_confidence.map(|f| f.to_string()).unwrap_or_default(),
        d.n_chars.to_string(),
        d.n_words.to_string(),
        serde_json::to_string(&d.boilerplate).unwrap_or_else(|_| "[]".into()),
        opt(&d.duplicate_of),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Removal;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            doc_id: id.into(),
            source_path: format!("{id}.txt"),
            source_sha256: "0".repeat(64),
            source_bytes: text.len() as i64,
            source_encoding: "UTF-8".into(),
            repairs: vec!["nfc".into()],
            title: None,
            text: text.into(),
            text_sha256: crate::hash::sha256_hex(text.as_bytes()),
            lang: Some("en".into()),
            lang_confidence: Some(0.5),
            n_chars: text.chars().count() as i64,
            n_words: 1,
            boilerplate: vec![Removal {
                rule: "r".into(),
                line: 3,
                text: "Share \"this\"".into(),
            }],
            duplicate_of: None,
        }
    }

    #[test]
    fn batch_matches_declared_schema() {
        let b = to_record_batch(&[doc("a", "x"), doc("b", "y")]).unwrap();
        assert_eq!(b.schema(), arrow_schema());
        assert_eq!(b.num_rows(), 2);
    }

    #[test]
    fn parts_split_by_size() {
        let docs: Vec<_> = (0..5)
            .map(|i| doc(&i.to_string(), &"x".repeat(1000)))
            .collect();
        let sizes: Vec<u64> = docs.iter().map(|d| d.text.len() as u64).collect();
        assert_eq!(plan_parts(&sizes, 1 << 20), vec![0..5]);
        assert_eq!(plan_parts(&sizes, 3100), vec![0..2, 2..4, 4..5]);
        assert_eq!(plan_parts(&sizes, 1), vec![0..1, 1..2, 2..3, 3..4, 4..5]);
        assert_eq!(plan_parts(&[], 10), vec![0..0]);
        assert_eq!(part_stem(0, 1), "documents-00000-of-00001");
    }

    #[test]
    fn csv_is_rfc4180_with_json_lists() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.csv");
        write_csv(&p, &[doc("a", "line \"one\"\nline, two")]).unwrap();
        let s = std::fs::read_to_string(&p).unwrap();
        assert!(s.starts_with("doc_id,source_path,"));
        assert!(s.contains("\"line \"\"one\"\"\nline, two\""));
        assert!(s.contains("\"[{\"\"rule\"\":\"\"r\"\",\"\"line\"\":3,\"\"text\"\":\"\"Share \\\"\"this\\\"\"\"\"}]\""));
        assert!(s.ends_with(",\r\n"));
    }

    #[test]
    fn a_csv_part_returns_the_checksum_of_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.csv");
        let mut part = CsvPart::create(&p).unwrap();
        // Texts longer than the 1 MiB buffer go past it to the file in one write.
        for (i, text) in ["a \"quoted\" line", &"z".repeat(3 << 20), "é"]
            .iter()
            .enumerate()
        {
            part.push(&doc(&format!("d{i}"), text)).unwrap();
        }
        let (sha256, bytes) = part.finish().unwrap();
        let written = std::fs::read(&p).unwrap();
        assert_eq!(bytes, written.len() as u64);
        assert_eq!(sha256, crate::hash::sha256_hex(&written));
    }

    #[test]
    fn row_groups_close_by_rows_and_by_text_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.parquet");
        let big = "y".repeat((ROW_GROUP_TEXT_BYTES / 3 + 1) as usize);
        let mut docs: Vec<Document> = (0..4).map(|i| doc(&format!("b{i}"), &big)).collect();
        docs.extend((0..ROW_GROUP_ROWS + 2).map(|i| doc(&format!("s{i:05}"), "z")));
        let mut part = ParquetPart::create(&p).unwrap();
        for d in &docs {
            part.push(d.clone()).unwrap();
        }
        // The checksum taken on the way is the file's.
        let sum = part.finish().unwrap();
        assert_eq!(sum, crate::hash::sha256_file(&p).unwrap());
        let meta =
            parquet::file::serialized_reader::SerializedFileReader::new(File::open(&p).unwrap())
                .unwrap();
        use parquet::file::reader::FileReader;
        let rows: Vec<i64> = meta
            .metadata()
            .row_groups()
            .iter()
            .map(|g| g.num_rows())
            .collect();
        // Two big texts fill a group (a third passes the byte limit); the next group takes the
        // other two and closes at 8192 rows; the rest make a third.
        assert_eq!(rows, vec![2, 2 + 8190, 4], "{rows:?}");
        assert_eq!(rows.iter().sum::<i64>() as usize, docs.len());

        // The row groups are encoded on threads of their own: the bytes are those of one
        // `ArrowWriter` given the same batches in turn.
        let serial = dir.path().join("serial.parquet");
        write_serially(&serial, &docs);
        assert!(std::fs::read(&p).unwrap() == std::fs::read(&serial).unwrap());
        // Encoded in the caller's thread (one job): the same bytes.
        let inline = dir.path().join("inline.parquet");
        let mut part = ParquetPart::create_with(&inline, false).unwrap();
        for d in &docs {
            part.push(d.clone()).unwrap();
        }
        part.finish().unwrap();
        assert!(std::fs::read(&p).unwrap() == std::fs::read(&inline).unwrap());
    }

    /// What `ParquetPart` wrote before it encoded row groups in parallel: the same batches and
    /// row group ends, handed to one `ArrowWriter`.
    fn write_serially(path: &Path, docs: &[Document]) {
        let options = ArrowWriterOptions::new().with_properties(writer_properties());
        let mut w =
            ArrowWriter::try_new_with_options(File::create(path).unwrap(), arrow_schema(), options)
                .unwrap();
        let (mut pending, mut pending_bytes) = (Vec::new(), 0u64);
        let (mut rows, mut bytes) = (0usize, 0u64);
        for d in docs {
            let n = d.text.len() as u64;
            if rows > 0 && (rows == ROW_GROUP_ROWS || bytes + n > ROW_GROUP_TEXT_BYTES) {
                w.write(&to_record_batch(&pending).unwrap()).unwrap();
                pending.clear();
                pending_bytes = 0;
                w.flush().unwrap();
                (rows, bytes) = (0, 0);
            }
            rows += 1;
            bytes += n;
            pending_bytes += n;
            pending.push(d.clone());
            if pending_bytes >= WRITE_BATCH_TEXT_BYTES {
                w.write(&to_record_batch(&pending).unwrap()).unwrap();
                pending.clear();
                pending_bytes = 0;
            }
        }
        if !pending.is_empty() {
            w.write(&to_record_batch(&pending).unwrap()).unwrap();
        }
        w.close().unwrap();
    }

    #[test]
    fn parquet_bytes_are_stable() {
        let dir = tempfile::tempdir().unwrap();
        let docs = [doc("a", "alpha"), doc("b", "beta")];
        write_parquet(&dir.path().join("1.parquet"), &docs).unwrap();
        write_parquet(&dir.path().join("2.parquet"), &docs).unwrap();
        let a = std::fs::read(dir.path().join("1.parquet")).unwrap();
        assert_eq!(a, std::fs::read(dir.path().join("2.parquet")).unwrap());
        assert_eq!(&a[..4], b"PAR1");
    }
}
