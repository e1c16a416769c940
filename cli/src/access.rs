//! `access`: may a councillor inspect a council document?

use std::path::PathBuf;

use clap::Args;
use protocol_check::access::{self, AccessFinding, AccessRequest, Authority, CitedFor};
use protocol_check::{councils, Vocabulary};

use crate::error::CliError;
use crate::input::{parse_json, read_text};
use crate::{text, to_json, Format};

#[derive(Args)]
pub struct AccessArgs {
    /// Council id, as listed by `protocol-check councils`.
    #[arg(long)]
    council: String,
    /// JSON object with `member`, `document`, optional `purpose` and `answers` (see the README,
    /// "Document access: need to know"); `-` reads standard input.
    #[arg(long)]
    request: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The JSON contract is the finding itself: `council`, `outcome`, `rules`, `reason`,
/// `decided_by`, `dispute_route`, `conditions`, `alternatives`, `written_reasons`.
pub fn run(args: &AccessArgs) -> Result<String, CliError> {
    let protocol = councils::find(&args.council)?;
    let text = read_text(&args.request)?;
    let request: AccessRequest = parse_json(&args.request, &text)?;
    let finding = access::evaluate(protocol, &request)
        .map_err(|e| CliError::new(format!("{}: {e}", args.request.display())))?;
    match args.format {
        Format::Json => to_json(&finding),
        Format::Text => Ok(layout(&protocol.council.name, &finding)),
    }
}

/// The finding for people: outcome, reason, then what each authority was relied on for.
fn layout(council: &str, finding: &AccessFinding) -> String {
    let mut out = format!(
        "{council}\n\n{}\n",
        finding.outcome.label().to_ascii_uppercase()
    );
    out.push_str(&text::wrap(&finding.reason, "Reason:      ", 90));
    for citation in finding.cited_for(CitedFor::Outcome) {
        out.push_str(&text::wrap(&cite(&citation.authority), "Rule:        ", 90));
    }
    out.push_str(&text::wrap(&finding.decided_by, "Decided by:  ", 90));
    out.push_str(&text::wrap(&finding.dispute_route, "Dispute:     ", 90));
    for condition in &finding.conditions {
        out.push_str(&text::wrap(condition, "Condition:   ", 90));
    }
    for alternative in &finding.alternatives {
        out.push_str(&text::wrap(alternative, "Alternative: ", 90));
    }
    out.push_str("\nWritten reasons (to send the member):\n\n");
    for line in finding.written_reasons.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&text::wrap(line, "    ", 90));
        }
    }
    out
}

fn cite(authority: &Authority) -> String {
    match authority {
        Authority::Protocol(rule) => {
            format!("{} {}: \"{}\"", rule.council, rule.paragraph, rule.quote)
        }
        Authority::Statute(provision) => format!(
            "{} {} (statute): {}",
            provision.instrument, provision.provision, provision.summary
        ),
    }
}
