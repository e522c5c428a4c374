//! `corpus.toml` and the resolution of flags + config + environment into one [`BuildSettings`]
//! before any work starts. Paths in the config file are relative to the file's folder.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// Default upper bound of one Parquet/CSV part, in bytes of text.
pub const DEFAULT_PART_MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Default size above which an input is rejected (`too-large`) without being read: 64 MiB.
/// Far above any real article, and it bounds a worker's memory (the bytes, the decoded text and
/// a few working copies of it) whatever lands in the input folder.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The dataset description in `corpus.toml`, as written.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CorpusConfig {
    /// Dataset name (`[A-Za-z0-9._-]`), the release folder's prefix.
    pub name: Option<String>,
    /// Semantic version of the release.
    pub version: Option<String>,
    /// Human title.
    pub title: Option<String>,
    /// What the dataset holds.
    pub description: Option<String>,
    /// License identifier (SPDX, or `other`).
    pub license: Option<String>,
    /// The license statement in words.
    pub license_note: Option<String>,
    /// Folder of raw documents.
    pub input: Option<PathBuf>,
    /// Folder releases are written to.
    pub out: Option<PathBuf>,
    /// Boilerplate rules file.
    pub rules: Option<PathBuf>,
    /// Boilerplate zones and thresholds.
    #[serde(default)]
    pub boilerplate: crate::boilerplate::StripSettings,
    /// Language detection.
    #[serde(default)]
    pub lang: crate::lang::LangSettings,
    /// Duplicate detection.
    #[serde(default)]
    pub dedup: crate::dedup::DedupSettings,
    /// How to cite the dataset.
    #[serde(default)]
    pub citation: Citation,
    /// Dataset card extras.
    #[serde(default)]
    pub card: CardSection,
    /// Build tuning.
    #[serde(default)]
    pub build: BuildSection,
    /// The release's `report.html`.
    #[serde(default)]
    pub report: ReportSection,
}

/// `[report]` section of `corpus.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReportSection {
    /// Documents shown in the report's browser (default 200; the charts cover every row).
    pub sample: Option<usize>,
}

/// `[citation]` section: what the card's BibTeX and `croissant.json` cite.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Citation {
    /// Authors or maintainers, "Family, Given" or an organisation.
    pub authors: Vec<String>,
    /// Year of the release.
    pub year: Option<u32>,
    /// Where the dataset lives (repository or landing page).
    pub url: Option<String>,
}

/// `[card]` section: Hugging Face card metadata that cannot be computed.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CardSection {
    /// Hugging Face `task_categories`, e.g. `text-classification`.
    pub task_categories: Vec<String>,
    /// Hugging Face `tags`.
    pub tags: Vec<String>,
}

/// `[build]` section of `corpus.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BuildSection {
    /// Largest part size in bytes of text before the data is split into several parts.
    pub part_max_bytes: Option<u64>,
    /// Largest input file in bytes; larger files are rejected as `too-large` unread.
    pub max_file_bytes: Option<u64>,
}

/// Limits on what a build reads from the input folder, from `[build]` of `corpus.toml`; recorded
/// in the manifest's `build` record so `corpack verify --rebuild` applies the same ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct InputLimits {
    /// Largest input file in bytes; a larger one is rejected from its size, before it is read.
    pub max_file_bytes: u64,
}

impl Default for InputLimits {
    fn default() -> Self {
        InputLimits {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
}

impl InputLimits {
    /// The limits `config` asks for, defaults for what it leaves out; invalid values are errors.
    pub fn resolve(config: Option<&CorpusConfig>) -> Result<Self> {
        let max_file_bytes = config
            .and_then(|c| c.build.max_file_bytes)
            .unwrap_or(DEFAULT_MAX_FILE_BYTES);
        if max_file_bytes == 0 {
            return Err(Error::Settings(
                "build.max_file_bytes must be at least 1".into(),
            ));
        }
        Ok(InputLimits { max_file_bytes })
    }
}

impl CorpusConfig {
    /// Reads and parses the config file at `path`; relative paths in it are made relative to
    /// its folder.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut cfg: CorpusConfig = toml::from_str(&text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let base = path.parent().unwrap_or(Path::new(""));
        cfg.input = cfg.input.map(|p| base.join(p));
        cfg.out = cfg.out.map(|p| base.join(p));
        cfg.rules = cfg.rules.map(|p| base.join(p));
        Ok(cfg)
    }
}

/// What the command line asked for; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct BuildArgs {
    /// `--input`.
    pub input: Option<PathBuf>,
    /// `--out`.
    pub out: Option<PathBuf>,
    /// `--name`.
    pub name: Option<String>,
    /// `--version`.
    pub version: Option<String>,
    /// `--jobs`.
    pub jobs: Option<usize>,
    /// `--rules`.
    pub rules: Option<PathBuf>,
    /// `--strict`.
    pub strict: bool,
    /// `--no-zip`.
    pub no_zip: bool,
}

/// Everything a build needs, resolved once. Serializable: a sharded build records it in the
/// staging folder so `corpack merge` packages with exactly the settings the shards used.
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct BuildSettings {
    /// Dataset name.
    pub name: String,
    /// Release version.
    pub version: semver::Version,
    /// Human title.
    pub title: String,
    /// Description.
    pub description: String,
    /// License identifier.
    pub license: String,
    /// License statement.
    pub license_note: String,
    /// Input folder.
    pub input: PathBuf,
    /// Output folder.
    pub out: PathBuf,
    /// Worker threads.
    pub jobs: usize,
    /// Fail on any rejection.
    pub strict: bool,
    /// Write the zip and its `.zip.sha256` beside the folder.
    pub zip: bool,
    /// Largest part, bytes of text.
    pub part_max_bytes: u64,
    /// Documents in the report's browser.
    pub report_sample: usize,
    /// Timestamp of zip entries, seconds since the epoch (`SOURCE_DATE_EPOCH`), else 1980-01-01.
    pub source_date_epoch: Option<i64>,
    /// Boilerplate rules file, if any.
    pub rules: Option<PathBuf>,
    /// Boilerplate zones and thresholds.
    pub strip: crate::boilerplate::StripSettings,
    /// Language detection.
    pub lang: crate::lang::LangSettings,
    /// Duplicate detection.
    pub dedup: crate::dedup::DedupSettings,
    /// How to cite the dataset.
    pub citation: Citation,
    /// Dataset card extras.
    pub card: CardSection,
    /// What is read from the input folder.
    pub limits: InputLimits,
    /// A recorded comparison with the previous release to reuse instead of comparing with the
    /// output folder's releases (what `verify --rebuild` sets from the manifest).
    pub previous: Option<crate::manifest::Previous>,
}

impl BuildSettings {
    /// Resolves flags over config over defaults; `env` looks up environment variables
    /// (`SOURCE_DATE_EPOCH`), passed in so tests do not depend on the process environment.
    pub fn resolve(
        args: BuildArgs,
        config: Option<CorpusConfig>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self> {
        let cfg = config.unwrap_or_default();
        let limits = InputLimits::resolve(Some(&cfg))?;
        let missing = |what: &str, flag: &str| {
            Error::Settings(format!(
                "no {what}: pass {flag} or set `{what}` in corpus.toml (or point --config at one)"
            ))
        };
        let name = args
            .name
            .or(cfg.name)
            .ok_or_else(|| missing("name", "--name"))?;
        validate_name(&name)?;
        let version_text = args
            .version
            .or(cfg.version)
            .ok_or_else(|| missing("version", "--version"))?;
        let version = semver::Version::parse(&version_text).map_err(|e| {
            Error::Settings(format!(
                "version {version_text:?} is not a semantic version (MAJOR.MINOR.PATCH): {e}"
            ))
        })?;
        let input = args
            .input
            .or(cfg.input)
            .ok_or_else(|| missing("input", "--input"))?;
        let out = args
            .out
            .or(cfg.out)
            .unwrap_or_else(|| PathBuf::from("dist"));
        let jobs = match args.jobs {
            Some(0) => return Err(Error::Settings("--jobs must be at least 1".into())),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let source_date_epoch = match env("SOURCE_DATE_EPOCH") {
            Some(s) if !s.trim().is_empty() => Some(s.trim().parse::<i64>().map_err(|_| {
                Error::Settings(format!(
                    "SOURCE_DATE_EPOCH={s:?} is not a whole number of seconds"
                ))
            })?),
            _ => None,
        };
        let part_max_bytes = cfg.build.part_max_bytes.unwrap_or(DEFAULT_PART_MAX_BYTES);
        if part_max_bytes == 0 {
            return Err(Error::Settings(
                "build.part_max_bytes must be at least 1".into(),
            ));
        }
        cfg.lang.validate()?;
        cfg.dedup.validate()?;
        Ok(BuildSettings {
            title: cfg.title.unwrap_or_else(|| name.clone()),
            description: cfg.description.unwrap_or_default(),
            license: cfg.license.unwrap_or_else(|| "other".into()),
            license_note: cfg.license_note.unwrap_or_default(),
            name,
            version,
            input,
            out,
            jobs,
            strict: args.strict,
            zip: !args.no_zip,
            part_max_bytes,
            report_sample: cfg.report.sample.unwrap_or(crate::report::DEFAULT_SAMPLE),
            source_date_epoch,
            rules: args.rules.or(cfg.rules),
            strip: cfg.boilerplate,
            lang: cfg.lang,
            dedup: cfg.dedup,
            citation: cfg.citation,
            card: cfg.card,
            limits,
            previous: None,
        })
    }

    /// `NAME-VERSION`, the release folder's name.
    pub fn release_name(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }
}

fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && !name.starts_with(['.', '-'])
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(Error::Settings(format!(
            "name {name:?} is not valid: use ASCII letters, digits, '.', '_' and '-', not starting with '.' or '-'"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn flags_override_config() {
        let cfg = CorpusConfig {
            name: Some("cfg".into()),
            version: Some("0.1.0".into()),
            input: Some("in".into()),
            ..Default::default()
        };
        let args = BuildArgs {
            version: Some("0.2.0".into()),
            jobs: Some(2),
            ..Default::default()
        };
        let s = BuildSettings::resolve(args, Some(cfg), no_env).unwrap();
        assert_eq!(s.name, "cfg");
        assert_eq!(s.version.to_string(), "0.2.0");
        assert_eq!(s.jobs, 2);
        assert_eq!(s.out, PathBuf::from("dist"));
        assert_eq!(s.release_name(), "cfg-0.2.0");
    }

    #[test]
    fn runs_without_config_from_flags() {
        let args = BuildArgs {
            name: Some("x".into()),
            version: Some("1.0.0".into()),
            input: Some("in".into()),
            ..Default::default()
        };
        assert!(BuildSettings::resolve(args, None, no_env).is_ok());
    }

    #[test]
    fn bad_values_are_reported() {
        let base = BuildArgs {
            name: Some("x".into()),
            version: Some("1.0.0".into()),
            input: Some("in".into()),
            ..Default::default()
        };
        let e = BuildSettings::resolve(
            BuildArgs {
                version: Some("1.0".into()),
                ..base.clone()
            },
            None,
            no_env,
        );
        assert!(e.unwrap_err().to_string().contains("semantic version"));
        let e = BuildSettings::resolve(
            BuildArgs {
                name: Some("../x".into()),
                ..base.clone()
            },
            None,
            no_env,
        );
        assert!(e.unwrap_err().to_string().contains("not valid"));
        let e = BuildSettings::resolve(
            BuildArgs {
                name: None,
                ..base.clone()
            },
            None,
            no_env,
        );
        assert!(e.unwrap_err().to_string().contains("--name"));
        let e = BuildSettings::resolve(base.clone(), None, |_| Some("soon".into()));
        assert!(e.unwrap_err().to_string().contains("SOURCE_DATE_EPOCH"));
        let s = BuildSettings::resolve(base, None, |_| Some("1700000000".into())).unwrap();
        assert_eq!(s.source_date_epoch, Some(1_700_000_000));
    }

    #[test]
    fn config_paths_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("corpus.toml");
        std::fs::write(&p, "name = \"n\"\nversion = \"0.1.0\"\ninput = \"seeds\"\n").unwrap();
        let cfg = CorpusConfig::load(&p).unwrap();
        assert_eq!(cfg.input, Some(dir.path().join("seeds")));
        std::fs::write(
            &p,
            "[dedup]\nthreshold = 0.9\n[lang]\nlanguages = [\"en\", \"fr\"]\n",
        )
        .unwrap();
        let cfg = CorpusConfig::load(&p).unwrap();
        assert_eq!(cfg.dedup.threshold, 0.9);
        assert_eq!(cfg.dedup.shingle_words, 3, "unset keys keep their defaults");
        assert_eq!(cfg.lang.languages, ["en", "fr"]);
        std::fs::write(&p, "[dedup]\nthreshold = 2.0\n").unwrap();
        let cfg = CorpusConfig::load(&p).unwrap();
        let args = BuildArgs {
            name: Some("x".into()),
            version: Some("1.0.0".into()),
            input: Some("in".into()),
            ..Default::default()
        };
        let e = BuildSettings::resolve(args, Some(cfg), no_env).unwrap_err();
        assert!(e.to_string().contains("dedup.threshold"), "{e}");
        std::fs::write(&p, "[build]\nmax_file_bytes = 0\n").unwrap();
        let cfg = CorpusConfig::load(&p).unwrap();
        let e = InputLimits::resolve(Some(&cfg)).unwrap_err();
        assert!(e.to_string().contains("build.max_file_bytes"), "{e}");
        std::fs::write(&p, "[build]\nmax_file_bytes = 1000\n").unwrap();
        let cfg = CorpusConfig::load(&p).unwrap();
        assert_eq!(
            InputLimits::resolve(Some(&cfg)).unwrap().max_file_bytes,
            1000
        );
        assert_eq!(InputLimits::resolve(None).unwrap(), InputLimits::default());
        assert_eq!(InputLimits::default().max_file_bytes, 64 << 20);
        std::fs::write(&p, "nme = \"typo\"\n").unwrap();
        let e = CorpusConfig::load(&p).unwrap_err().to_string();
        assert!(e.contains("corpus.toml") && e.contains("nme"), "{e}");
    }
}
