//! corpack packages a corpus of raw, messy scraped documents into a reproducible, versioned,
//! verifiable dataset release: Parquet and CSV with one declared schema, a manifest, a dataset
//! card, checksums and a deterministic zip.
//!
//! The pipeline runs one way through one module per stage:
//! [`discover`] → [`read`] → [`decode`] → [`normalize`] → [`annotate`] → [`write`](mod@write) →
//! [`package`], driven by [`pipeline::build`].
#![deny(missing_docs)]

pub mod annotate;
pub mod benchgen;
pub mod boilerplate;
pub mod card;
mod chartab;
pub mod config;
pub mod croissant;
pub mod datapackage;
pub mod decode;
pub mod dedup;
pub mod diff;
pub mod discover;
pub mod entities;
pub mod error;
pub mod hash;
pub mod lang;
pub mod license;
pub mod manifest;
pub mod normalize;
pub mod ordered;
pub mod package;
pub mod pipeline;
pub mod read;
pub mod record;
pub mod release;
pub mod repair;
pub mod repairs;
pub mod report;
pub mod schema;
pub mod shard;
pub mod sniff;
pub mod spill;
pub mod verify;
pub mod write;

pub use config::{BuildArgs, BuildSettings, CorpusConfig, InputLimits};
pub use error::{Error, Result};
pub use pipeline::{build, BuildReport, Phase, Progress};
