//! Typed errors of the library. Every error that concerns a file carries its path, and the
//! message says what went wrong and, where there is one, what to do about it.

use std::path::{Path, PathBuf};

/// Everything that can stop a build. Bad *input documents* are not errors: they become
/// [`crate::record::Rejection`]s. These are problems with the run itself.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An I/O operation on `path` failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The configuration file could not be read or is invalid.
    #[error("{}: invalid configuration: {message}", path.display())]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A required setting is missing or a setting has an invalid value.
    #[error("{0}")]
    Settings(String),
    /// The declared schema file is invalid (a bug in the build, caught by the tests).
    #[error("schema/documents.schema.json: {0}")]
    Schema(String),
    /// Writing a Parquet file failed.
    #[error("{}: writing Parquet: {source}", path.display())]
    Parquet {
        /// The Parquet file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: parquet::errors::ParquetError,
    },
    /// Assembling Arrow arrays failed (rows do not fit the declared schema).
    #[error("building Arrow columns: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    /// Writing a CSV file failed.
    #[error("{}: writing CSV: {source}", path.display())]
    Csv {
        /// The CSV file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: csv::Error,
    },
    /// Writing the zip bundle failed.
    #[error("{}: writing zip: {source}", path.display())]
    Zip {
        /// The zip file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: zip::result::ZipError,
    },
    /// A release with this name and version exists and the new build differs from it.
    #[error(
        "{}: release already exists and this build differs from it ({file} changed); \
         releases are immutable: bump `version` in corpus.toml (or pass --version)",
        path.display()
    )]
    ReleaseExists {
        /// The existing release folder.
        path: PathBuf,
        /// The first file that differs.
        file: String,
    },
    /// A release file is missing, damaged or inconsistent.
    #[error("{}: {message}", path.display())]
    BadRelease {
        /// The release file concerned.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A sharded build's staging folder is incomplete or inconsistent.
    #[error("{}: {message}", path.display())]
    Staging {
        /// The staging folder or file concerned.
        path: PathBuf,
        /// What is wrong, and what to do.
        message: String,
    },
    /// Another build holds the output folder's lock.
    #[error(
        "{}: another corpack build is writing to this folder; wait for it to finish (or pick another --out)",
        path.display()
    )]
    Locked {
        /// The output folder.
        path: PathBuf,
    },
    /// `--strict` was given and some inputs were rejected.
    #[error(
        "{} input(s) rejected ({}) and --strict is set; nothing was written",
        rejected.len(),
        crate::record::rejection_summary(rejected)
    )]
    StrictRejections {
        /// The rejections, sorted by path, for the front end to list.
        rejected: Vec<crate::record::Rejection>,
    },
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }
}

/// Result type of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
