//! `corpack schema`: print the fixed output schema.

use clap::ValueEnum;
use corpack::schema::{declared, to_markdown, SCHEMA_JSON};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Markdown,
    Json,
}

/// Print the schema of the documents table (the columns of every Parquet and CSV part).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  corpack schema\n  corpack schema --format json > documents.schema.json"
)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
}

/// Prints the schema.
pub fn run(args: Args) -> anyhow::Result<()> {
    match args.format {
        Format::Markdown => print!("{}", to_markdown(declared())),
        Format::Json => print!("{SCHEMA_JSON}"),
    }
    Ok(())
}
