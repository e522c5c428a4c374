//! `corpack diff`: what changed between two releases, and the changelog of a dist folder.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::ValueEnum;
use corpack::diff::{changelog, compare, history, initial, Diff, Snapshot};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Markdown,
    Json,
}

/// Show what changed between two releases, and the version bump that calls for.
///
/// Lists documents added, removed and changed (with the columns), and schema, rules and tool
/// changes. OLD and NEW are release folders or zips. The markdown is a CHANGELOG.md section; the bump
/// policy is MAJOR for a schema change, MINOR for any change of rows or values, PATCH otherwise.
/// --initial shows one release as a first release; --changelog prints the whole CHANGELOG.md of
/// a dist folder (every release against the one before, newest first).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack diff dist/my-corpus-0.1.0 dist/my-corpus-0.2.0\n  corpack diff --format json old.zip dist/my-corpus-0.2.0 > diff.json\n  corpack diff --initial dist/my-corpus-0.1.0\n  corpack diff --changelog dist > CHANGELOG.md"
)]
pub struct Args {
    /// The older release (folder or zip).
    #[arg(
        value_name = "OLD",
        required_unless_present_any = ["initial", "changelog"],
        conflicts_with_all = ["initial", "changelog"]
    )]
    old: Option<PathBuf>,
    /// The newer release (folder or zip).
    #[arg(value_name = "NEW", requires = "old")]
    new: Option<PathBuf>,
    /// Show NEW as a first release (against nothing).
    #[arg(long, value_name = "NEW", conflicts_with = "changelog")]
    initial: Option<PathBuf>,
    /// Print the changelog of every release in this dist folder.
    #[arg(long, value_name = "DIST")]
    changelog: Option<PathBuf>,
    /// With --changelog: the dataset [default: the only one in DIST].
    #[arg(long, requires = "changelog")]
    name: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
}

/// Compares the releases and prints the result.
pub fn run(args: Args) -> anyhow::Result<()> {
    // clap lets `requires` pass when the required flag would conflict with a given one.
    if args.name.is_some() && args.changelog.is_none() {
        return Err(corpack::Error::Settings("--name goes with --changelog".into()).into());
    }
    if let Some(dist) = &args.changelog {
        let name = match args.name {
            Some(n) => n,
            None => only_dataset(dist)?,
        };
        let diffs = history(dist, &name)
            .with_context(|| format!("reading the releases of {name} in {}", dist.display()))?;
        if diffs.is_empty() {
            return Err(corpack::Error::Settings(format!(
                "{}: no release of {name} (folders {name}-VERSION with a manifest.json)",
                dist.display()
            ))
            .into());
        }
        match args.format {
            Format::Markdown => print!("{}", changelog(&diffs)),
            Format::Json => {
                let all: Vec<String> = diffs.iter().map(|d| d.to_json()).collect();
                print!("[\n{}]\n", all.join(",\n"));
            }
        }
        return Ok(());
    }
    let diff = match (&args.initial, &args.old, &args.new) {
        (Some(new), _, _) => initial(&open(new, "release")?),
        (None, Some(old), Some(new)) => {
            compare(&open(old, "old release")?, &open(new, "new release")?)
        }
        _ => {
            return Err(corpack::Error::Settings(
                "give OLD and NEW, or --initial NEW, or --changelog DIST".into(),
            )
            .into())
        }
    };
    print_diff(&diff, args.format);
    Ok(())
}

fn open(path: &Path, what: &str) -> anyhow::Result<Snapshot> {
    Snapshot::open(path).with_context(|| format!("reading the {what} {}", path.display()))
}

fn print_diff(diff: &Diff, format: Format) {
    match format {
        Format::Markdown => print!("{}", diff.to_markdown()),
        Format::Json => print!("{}", diff.to_json()),
    }
}

/// The one dataset name among the `NAME-VERSION` release folders of `dist`.
fn only_dataset(dist: &Path) -> anyhow::Result<String> {
    let entries =
        std::fs::read_dir(dist).with_context(|| format!("{}: cannot list", dist.display()))?;
    let mut names = BTreeSet::new();
    for e in entries {
        let p = e
            .with_context(|| format!("{}: cannot list", dist.display()))?
            .path();
        if !p.join("manifest.json").is_file() {
            continue;
        }
        let Some(file_name) = p.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        // NAME-VERSION: the first `-` after which a semantic version follows.
        let name = file_name.match_indices('-').find_map(|(i, _)| {
            semver::Version::parse(&file_name[i + 1..])
                .is_ok()
                .then(|| file_name[..i].to_string())
        });
        names.extend(name);
    }
    let mut names = names.into_iter();
    match (names.next(), names.next()) {
        (Some(n), None) => Ok(n),
        (None, _) => Err(corpack::Error::Settings(format!(
            "{}: no release folders (NAME-VERSION with a manifest.json)",
            dist.display()
        ))
        .into()),
        (Some(a), Some(b)) => Err(corpack::Error::Settings(format!(
            "{}: releases of several datasets ({a}, {b}, ...): choose one with --name",
            dist.display()
        ))
        .into()),
    }
}
