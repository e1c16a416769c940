//! `consult`: check a Member's change requests to a draft report.

use std::path::PathBuf;

use clap::Args;
use protocol_check::{councils, evaluate, ChangeRequest, Finding};
use serde::Serialize;

use crate::error::CliError;
use crate::input::{parse_json, read_text};
use crate::{text, to_json, Format};

#[derive(Args)]
pub struct ConsultArgs {
    /// Council id, as listed by `protocol-check councils`.
    #[arg(long)]
    council: String,
    /// JSON array of change requests (`action`, `target`, optional `requester`, `report_kind`,
    /// `paragraph`, `text`, `answers`); `-` reads standard input.
    #[arg(long)]
    requests: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The JSON contract: `{"council": id, "findings": [...]}`, findings in input order.
#[derive(Serialize)]
struct Output<'a> {
    council: &'a str,
    findings: Vec<Finding>,
}

pub fn run(args: &ConsultArgs) -> Result<String, CliError> {
    let protocol = councils::find(&args.council)?;
    let text = read_text(&args.requests)?;
    let requests: Vec<ChangeRequest> = parse_json(&args.requests, &text)?;
    let findings: Vec<Finding> = requests.iter().map(|r| evaluate(protocol, r)).collect();
    match args.format {
        Format::Json => to_json(&Output {
            council: &protocol.council.id,
            findings,
        }),
        Format::Text => {
            let mut out = format!(
                "{} — {} request(s)\n\n",
                protocol.council.name,
                findings.len()
            );
            for (i, finding) in findings.iter().enumerate() {
                out.push_str(&text::finding(i + 1, finding));
                out.push('\n');
            }
            Ok(out)
        }
    }
}
