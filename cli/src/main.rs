//! `protocol-check`: the command-line face of protocol-check's core.
//!
//! Each subcommand reads its input, calls `protocol_check` and prints the result as text for
//! people or JSON for programs (the same JSON contract as the JS package). Every failure is a
//! message naming what is wrong and exit code 2; nothing here decides a verdict.

mod access;
mod consult;
mod error;
mod input;
mod listing;
mod outline;
mod text;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use error::CliError;

#[derive(Parser)]
#[command(
    name = "protocol-check",
    version,
    about = "Checks Members' requests against English councils' Member/Officer Relations protocols, with the protocol's own words."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the councils whose protocols are built in.
    Councils(listing::CouncilsArgs),
    /// Print every rule of a council with its paragraph and quoted words.
    Rules(listing::RulesArgs),
    /// Check a Member's change requests to a draft report.
    Consult(consult::ConsultArgs),
    /// Show how a draft report is read: sections with kinds, paragraphs with kinds of content.
    Outline(outline::OutlineArgs),
    /// Decide whether a councillor may inspect a council document, with written reasons.
    Access(access::AccessArgs),
}

/// How results are printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    #[default]
    Text,
    /// The JSON contract shared with the JS package.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Councils(args) => listing::councils(&args),
        Command::Rules(args) => listing::rules(&args),
        Command::Consult(args) => consult::run(&args),
        Command::Outline(args) => outline::run(&args),
        Command::Access(args) => access::run(&args),
    };
    match result {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("protocol-check: {error}");
            ExitCode::from(2)
        }
    }
}

/// Serialises a result for `--format json`, with a trailing newline.
pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String, CliError> {
    let mut json = serde_json::to_string_pretty(value)
        .map_err(|e| CliError::new(format!("cannot write JSON: {e}")))?;
    json.push('\n');
    Ok(json)
}
