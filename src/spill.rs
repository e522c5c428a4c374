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

#[cfg(test)]
mod tests {
    use super::*;

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
