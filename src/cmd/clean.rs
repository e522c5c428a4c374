//! `corpack clean`: show what the pipeline makes of one file.

use std::path::PathBuf;

use anyhow::bail;
use corpack::boilerplate::{self, Repeated, Rules};
use corpack::discover::SourceFile;
use corpack::lang::{Detector, LangSettings};
use corpack::pipeline::clean;
use corpack::repairs::VOCABULARY;

/// Print the clean text of one file (what would go in the `text` column) to stdout.
///
/// With --explain, the detected encoding, every repair, every boilerplate removal (with its
/// rule id and reason) and the detected language are listed on stderr: the tool for checking a decision or writing a rule.
/// Rules come from --rules, else from corpus.toml (./corpus.toml unless --config is given).
/// Corpus-level repetition is not applied to a single file.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack clean seeds/004_317bc2e3c0c5216a.txt\n  corpack clean --explain scraped/page.txt > page.clean.txt\n  corpack clean --explain --rules my-rules.toml page.txt"
)]
pub struct Args {
    /// The file to clean.
    file: PathBuf,
    /// List the encoding, each repair and each removal on stderr.
    #[arg(long)]
    explain: bool,
    /// Boilerplate rules file [default: `rules` in corpus.toml].
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// The dataset description file [default: ./corpus.toml when it exists].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

/// Cleans the file and prints it.
pub fn run(args: Args) -> anyhow::Result<()> {
    let config = super::load_config(args.config.as_deref())?;
    let limits = corpack::InputLimits::resolve(config.as_ref())?;
    let (rules_path, strip, lang) = match config {
        Some(c) => (args.rules.or(c.rules), c.boilerplate, c.lang),
        None => (
            args.rules,
            boilerplate::StripSettings::default(),
            LangSettings::default(),
        ),
    };
    let rules = match &rules_path {
        Some(p) => Rules::load(p)?,
        None => Rules::default(),
    };
    // Read as a build reads an input: regular files only, within max_file_bytes.
    let source = SourceFile {
        rel_path: args.file.display().to_string(),
        abs_path: args.file.clone(),
    };
    let raw = match corpack::read::read(&source, &limits) {
        Ok(raw) => raw,
        Err(r) => bail!(
            "{}: {}; a build would reject it ({})",
            args.file.display(),
            r.message,
            r.reason.code()
        ),
    };
    let cleaned = match clean(&raw.bytes) {
        Ok(c) => c,
        Err(e) => bail!(
            "{}: {e}; a build would reject it ({})",
            args.file.display(),
            e.reason().code()
        ),
    };
    let stripped = boilerplate::strip(&cleaned.text, &rules, &Repeated::default(), &strip);
    if args.explain {
        eprintln!("file: {}", args.file.display());
        eprintln!("encoding: {}", cleaned.encoding.name());
        if cleaned.repairs.is_empty() {
            eprintln!("repairs: none");
        }
        for r in &cleaned.repairs {
            let code = r.code();
            let head = code.split(':').next().unwrap_or_default();
            let meaning = VOCABULARY
                .iter()
                .find(|(v, _)| v.split(':').next() == Some(head))
                .map_or("", |(_, m)| m);
            eprintln!("repair: {code:<24} {meaning}");
        }
        match &rules_path {
            Some(p) => eprintln!(
                "rules: {} ({} rules, sha256 {})",
                p.display(),
                rules.rules().len(),
                rules.sha256()
            ),
            None => eprintln!("rules: none (structural rules only)"),
        }
        eprintln!("title: {}", stripped.title.as_deref().unwrap_or("(none)"));
        for r in &stripped.removals {
            let reason = rules
                .get(&r.rule)
                .map_or_else(|| structural_reason(&r.rule), |rule| rule.reason.as_str());
            eprintln!(
                "removed: line {:>4} [{}] {:?} ({reason})",
                r.line, r.rule, r.text
            );
        }
        if stripped.removals.is_empty() {
            eprintln!("removed: nothing");
        }
        match Detector::new(&lang)?.detect(&stripped.text) {
            Some(g) => eprintln!("lang: {} (confidence {})", g.code, g.confidence),
            None => eprintln!("lang: none (too little text, or no confident language)"),
        }
    }
    if !stripped.text.is_empty() {
        println!("{}", stripped.text);
    }
    Ok(())
}

fn structural_reason(id: &str) -> &'static str {
    match id {
        boilerplate::SITE_NAME => "short site-name or section line above the headline",
        boilerplate::TITLE_REPEAT => "last line repeats the title",
        boilerplate::REPEATED => "short line recurring across the corpus",
        boilerplate::FOOTER_NAV => "short navigation line after the last paragraph",
        _ => "unknown rule",
    }
}
