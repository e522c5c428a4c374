//! Records on disk between the passes of a build: a temporary file of length-prefixed records
//! (a small JSON header plus the raw text), so that memory holds a batch of documents at a time,
//! never the corpus. Written and read back in order by the same process.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{Error, Result};

/// Buffer of the spill file's reader and writer.
const BUF_BYTES: usize = 1 << 20;

/// Appends records to a spill file.
#[derive(Debug)]
pub struct SpillWriter {
    path: PathBuf,
    out: BufWriter<File>,
    records: u64,
    bytes: u64,
}

impl SpillWriter {
    /// Creates (truncates) the spill file at `path`.
    pub fn create(path: &Path) -> Result<Self> {
        let file = File::create(path).map_err(|e| Error::io(path, e))?;
        Ok(SpillWriter {
            path: path.to_path_buf(),
            out: BufWriter::with_capacity(BUF_BYTES, file),
            records: 0,
            bytes: 0,
        })
    }

    /// Appends one record: `header` as JSON, then `text` as raw UTF-8. Returns the record's
    /// offset in the file, for [`SpillReader::open_at`].
    pub fn push<T: Serialize>(&mut self, header: &T, text: &str) -> Result<u64> {
        let head = serde_json::to_vec(header)
            .map_err(|e| Error::io(&self.path, std::io::Error::other(e)))?;
        let io = |e| Error::io(&self.path, e);
        self.out
            .write_all(&(head.len() as u64).to_le_bytes())
            .map_err(io)?;
        self.out.write_all(&head).map_err(io)?;
        self.out
            .write_all(&(text.len() as u64).to_le_bytes())
            .map_err(io)?;
        self.out.write_all(text.as_bytes()).map_err(io)?;
        self.records += 1;
        let offset = self.bytes;
        self.bytes += 16 + head.len() as u64 + text.len() as u64;
        Ok(offset)
    }

    /// Records written so far.
    pub fn len(&self) -> u64 {
        self.records
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.records == 0
    }

    /// Flushes the file; returns its path.
    pub fn finish(self) -> Result<PathBuf> {
        let path = self.path;
        self.out
            .into_inner()
            .map_err(|e| Error::io(&path, e.into_error()))?;
        Ok(path)
    }

    /// Flushes the file and opens it for reading from the first record.
    pub fn into_reader(self) -> Result<SpillReader> {
        SpillReader::open(&self.finish()?)
    }
}

/// Reads a spill file's records in the order they were written.
#[derive(Debug)]
pub struct SpillReader {
    path: PathBuf,
    input: BufReader<File>,
}

impl SpillReader {
    /// Opens the spill file at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        Ok(SpillReader {
            path: path.to_path_buf(),
            input: BufReader::with_capacity(BUF_BYTES, file),
        })
    }

    /// Opens the spill file at `path` at the record starting at byte `offset`.
    pub fn open_at(path: &Path, offset: u64) -> Result<Self> {
        use std::io::{Seek, SeekFrom};
        let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
        file.seek(SeekFrom::Start(offset))
            .map_err(|e| Error::io(path, e))?;
        Ok(SpillReader {
            path: path.to_path_buf(),
            input: BufReader::with_capacity(BUF_BYTES, file),
        })
    }

    /// The next record, or `None` at the end of the file.
    pub fn next_record<T: DeserializeOwned>(&mut self) -> Result<Option<(T, String)>> {
        let mut len = [0u8; 8];
        match self.input.read_exact(&mut len) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(Error::io(&self.path, e)),
        }
        let head = self.read_bytes(u64::from_le_bytes(len))?;
        let header: T = serde_json::from_slice(&head)
            .map_err(|e| Error::io(&self.path, std::io::Error::other(e)))?;
        self.input
            .read_exact(&mut len)
            .map_err(|e| Error::io(&self.path, e))?;
        let bytes = self.read_bytes(u64::from_le_bytes(len))?;
        // In place: a copy of each text would be a fresh buffer, faulted in page by page.
        let text = crate::decode::utf8_string(bytes).map_err(|_| {
            Error::io(
                &self.path,
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "a spilled text is not UTF-8",
                ),
            )
        })?;
        Ok(Some((header, text)))
    }

    fn read_bytes(&mut self, n: u64) -> Result<Vec<u8>> {
        // Sized up front (within reason: the length comes from the file) rather than grown.
        let mut buf = Vec::with_capacity(n.min(64 << 20) as usize);
        (&mut self.input)
            .take(n)
            .read_to_end(&mut buf)
            .map_err(|e| Error::io(&self.path, e))?;
        if buf.len() as u64 != n {
            return Err(Error::io(
                &self.path,
                std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "spill file ends inside a record",
                ),
            ));
        }
        Ok(buf)
    }
}

/// Appends MinHash signatures (lists of `u64`, or none) to a file, one per row, so that pass 2,
/// where the resident set peaks, does not carry them: 800 bytes a row with the default
/// settings, the largest part of what a build keeps per document.
#[derive(Debug)]
pub struct SignatureWriter {
    path: PathBuf,
    out: BufWriter<File>,
    rows: usize,
    values: usize,
}

/// A row without a signature, in place of the count of its values.
const NO_SIGNATURE: u32 = u32::MAX;

impl SignatureWriter {
    /// Creates (truncates) the file at `path`.
    pub fn create(path: &Path) -> Result<Self> {
        let file = File::create(path).map_err(|e| Error::io(path, e))?;
        Ok(SignatureWriter {
            path: path.to_path_buf(),
            out: BufWriter::with_capacity(64 << 10, file),
            rows: 0,
            values: 0,
        })
    }

    /// Appends the next row's signature: its count of values (little-endian `u32`), then the
    /// values (little-endian `u64`).
    pub fn push(&mut self, signature: Option<&[u64]>) -> Result<()> {
        let io = |e| Error::io(&self.path, e);
        match signature {
            Some(values) => {
                let n = u32::try_from(values.len())
                    .ok()
                    .filter(|&n| n != NO_SIGNATURE)
                    .ok_or_else(|| {
                        io(std::io::Error::new(
                            std::io::ErrorKind::InvalidInput,
                            "a signature of 2^32 values or more",
                        ))
                    })?;
                self.out.write_all(&n.to_le_bytes()).map_err(io)?;
                for v in values {
                    self.out.write_all(&v.to_le_bytes()).map_err(io)?;
                }
                self.values += values.len();
            }
            None => self
                .out
                .write_all(&NO_SIGNATURE.to_le_bytes())
                .map_err(io)?,
        }
        self.rows += 1;
        Ok(())
    }

    /// Flushes the file and reads every signature back, in order.
    pub fn finish(self) -> Result<Signatures> {
        let path = self.path;
        let file = self
            .out
            .into_inner()
            .map_err(|e| Error::io(&path, e.into_error()))?;
        drop(file);
        let file = File::open(&path).map_err(|e| Error::io(&path, e))?;
        let mut input = BufReader::with_capacity(64 << 10, file);
        let bad = |what: &str| {
            Error::io(
                &path,
                std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string()),
            )
        };
        let mut out = Signatures {
            values: Vec::with_capacity(self.values),
            spans: Vec::with_capacity(self.rows),
        };
        // A read that finds the end of the file is a cut file; any other failure is reported as is.
        let short = |what: &str, e: std::io::Error| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => bad(what),
            _ => Error::io(&path, e),
        };
        let mut word = [0u8; 8];
        for _ in 0..self.rows {
            input
                .read_exact(&mut word[..4])
                .map_err(|e| short("signature file ends early", e))?;
            let n = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
            if n == NO_SIGNATURE {
                out.spans.push(None);
                continue;
            }
            let start = out.values.len();
            for _ in 0..n {
                input
                    .read_exact(&mut word)
                    .map_err(|e| short("signature file ends inside a signature", e))?;
                out.values.push(u64::from_le_bytes(word));
            }
            out.spans.push(Some((start, out.values.len())));
        }
        if input.read(&mut word).map_err(|e| Error::io(&path, e))? != 0 {
            return Err(bad("signature file longer than its rows"));
        }
        Ok(out)
    }
}

/// The signatures of [`SignatureWriter`] read back: one list of values, each row's span of it.
#[derive(Debug, Default)]
pub struct Signatures {
    values: Vec<u64>,
    spans: Vec<Option<(usize, usize)>>,
}

impl Signatures {
    /// The signature of row `row`, if it has one (none past the last row).
    pub fn get(&self, row: usize) -> Option<&[u64]> {
        let (start, end) = (*self.spans.get(row)?)?;
        self.values.get(start..end)
    }

    /// Rows.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_come_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sig");
        let mut w = SignatureWriter::create(&path).unwrap();
        let rows: Vec<Option<Vec<u64>>> = vec![
            Some(vec![1, u64::MAX, 0]),
            None,
            Some(vec![]),
            Some((0..100).map(|i| i * 0x0101_0101_0101).collect()),
            None,
        ];
        for r in &rows {
            w.push(r.as_deref()).unwrap();
        }
        let back = w.finish().unwrap();
        assert_eq!(back.len(), rows.len());
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(back.get(i), r.as_deref(), "row {i}");
        }
        assert_eq!(back.get(rows.len()), None);
    }

    #[test]
    fn a_cut_signature_file_is_an_error_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sig");
        let mut w = SignatureWriter::create(&path).unwrap();
        w.push(Some(&[7, 8, 9])).unwrap();
        // The file loses its last value before it is read back.
        w.out.flush().unwrap();
        let len = std::fs::metadata(&path).unwrap().len();
        std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(len - 8)
            .unwrap();
        let err = w.finish().unwrap_err().to_string();
        assert!(err.contains("sig") && err.contains("ends inside"), "{err}");
    }

    #[test]
    fn records_come_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = SpillWriter::create(&dir.path().join("s")).unwrap();
        let texts = ["", "one\nline", "é\u{0}ü", &"x".repeat(3 << 20)];
        let mut offsets = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            offsets.push(w.push(&(i, format!("h{i}")), t).unwrap());
        }
        assert_eq!(w.len(), 4);
        let mut r = w.into_reader().unwrap();
        let mut third = SpillReader::open_at(&dir.path().join("s"), offsets[2]).unwrap();
        let (h, text): ((usize, String), String) = third.next_record().unwrap().unwrap();
        assert_eq!((h.0, text.as_str()), (2, texts[2]));
        for (i, t) in texts.iter().enumerate() {
            let (h, text): ((usize, String), String) = r.next_record().unwrap().unwrap();
            assert_eq!(h, (i, format!("h{i}")));
            assert_eq!(text, *t);
        }
        assert!(r.next_record::<(usize, String)>().unwrap().is_none());
    }

    /// A spill file holding one record (header `1u8`) of `text`, in a fresh folder.
    fn one_record(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s");
        let mut w = SpillWriter::create(&p).unwrap();
        w.push(&1u8, text).unwrap();
        drop(w.into_reader().unwrap());
        (dir, p)
    }

    #[test]
    fn a_cut_file_is_an_error_not_a_panic() {
        let (_dir, p) = one_record("some text");
        let bytes = std::fs::read(&p).unwrap();
        std::fs::write(&p, &bytes[..bytes.len() - 3]).unwrap();
        let mut r = SpillReader::open(&p).unwrap();
        assert!(r.next_record::<u8>().is_err());
    }

    #[test]
    fn a_text_that_is_not_utf8_is_an_error() {
        let (_dir, p) = one_record("caf\u{e9}");
        let mut bytes = std::fs::read(&p).unwrap();
        // The last byte is the second of `é`'s two: without it, the text is not UTF-8.
        let n = bytes.len();
        bytes[n - 1] = b'!';
        std::fs::write(&p, &bytes).unwrap();
        let e = SpillReader::open(&p)
            .unwrap()
            .next_record::<u8>()
            .unwrap_err();
        assert!(e.to_string().contains("not UTF-8"), "{e}");
    }
}
