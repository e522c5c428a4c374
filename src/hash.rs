//! SHA-256 helpers: one place that decides how digests are computed and spelled
//! (64 lowercase hex digits, as `sha256sum` prints them).

use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// SHA-256 of `bytes` as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A writer that hands its bytes on to `W` and takes their SHA-256 and count as they go: the
/// checksum of a file being written, without reading the file back.
pub struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W: Write> HashingWriter<W> {
    /// Wraps `inner`; nothing hashed yet.
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            bytes: 0,
        }
    }

    /// The inner writer, and the SHA-256 (hex) and count of the bytes it took.
    pub fn finish(self) -> (W, String, u64) {
        (self.inner, hex::encode(self.hasher.finalize()), self.bytes)
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // Only what the inner writer took: a short write hashes the bytes it wrote.
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// SHA-256 of the file at `path`, streamed, with its size in bytes.
pub fn sha256_file(path: &Path) -> Result<(String, u64)> {
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        total += n as u64;
    }
    Ok((hex::encode(hasher.finalize()), total))
}

/// One line of a `sha256sum`-format checksum file for `path`.
///
/// GNU `sha256sum` escapes names holding a backslash or a newline and marks such lines with a
/// leading backslash; we do the same so `sha256sum -c` reads every line back.
pub fn sha256sum_line(digest: &str, path: &str) -> String {
    if path.contains('\\') || path.contains('\n') || path.contains('\r') {
        let escaped = path
            .replace('\\', "\\\\")
            .replace('\n', "\\n")
            .replace('\r', "\\r");
        format!("\\{digest}  {escaped}\n")
    } else {
        format!("{digest}  {path}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    /// Takes at most 3 bytes a call, as a writer may.
    struct Short(Vec<u8>);
    impl Write for Short {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let n = buf.len().min(3);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_hashing_writer_hashes_what_its_writer_took() {
        let mut w = HashingWriter::new(Short(Vec::new()));
        w.write_all(b"hello, ").unwrap();
        // One call: only the bytes the writer took are counted, the rest come again.
        assert_eq!(w.write(b"world\n").unwrap(), 3);
        w.write_all(b"ld\n").unwrap();
        let (inner, sha256, bytes) = w.finish();
        assert_eq!(inner.0, b"hello, world\n");
        assert_eq!(sha256, sha256_hex(b"hello, world\n"));
        assert_eq!(bytes, 13);
    }

    #[test]
    fn file_digest_matches_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, b"hello\n").unwrap();
        let (d, n) = sha256_file(&p).unwrap();
        assert_eq!(d, sha256_hex(b"hello\n"));
        assert_eq!(n, 6);
    }

    #[test]
    fn sha256sum_escapes_like_coreutils() {
        assert_eq!(sha256sum_line("ab", "a/b.txt"), "ab  a/b.txt\n");
        assert_eq!(sha256sum_line("ab", "a\\b\nc"), "\\ab  a\\\\b\\nc\n");
    }
}
