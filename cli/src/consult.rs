//! `consult`: check a Member's change requests to a draft report, given as structured JSON, as
//! the Member's own words (one or more requests a line), or as the Member's revised copy.

use std::path::{Path, PathBuf};

use clap::Args;
use protocol_check::consult::CheckError;
use protocol_check::text::diff::Op;
use protocol_check::text::{Outline, SectionKind, SectionOverride};
use protocol_check::{
    check_requests, check_revision, councils, evaluate, ChangeRequest, Finding, ReportKind,
    Requester, Settings, Vocabulary,
};
use serde::Serialize;

use crate::error::CliError;
use crate::input::{parse_json, read_text};
use crate::text::wrap;
use crate::{text, to_json, Format};

#[derive(Args)]
pub struct ConsultArgs {
    /// Council id, as listed by `protocol-check councils`.
    #[arg(long)]
    council: String,
    /// The Member's requests: plain text, one or more a line (blank lines and lines starting
    /// with `#` are skipped), or a JSON array of change requests (`action`, `target`, optional
    /// `requester`, `report_kind`, `paragraph`, `text`, `answers`); `-` reads standard input.
    #[arg(long, required_unless_present = "revised", conflicts_with = "revised")]
    requests: Option<PathBuf>,
    /// The draft report (plain text or Markdown), to look up the paragraphs and sections the
    /// requests name, and to compare with `--revised`.
    #[arg(long)]
    report: Option<PathBuf>,
    /// The Member's revised copy of the draft: one finding per change.
    #[arg(long, requires = "report")]
    revised: Option<PathBuf>,
    /// Who is asking, for requests in words and revisions (JSON requests carry their own).
    #[arg(long, default_value = "executive_member", value_parser = vocabulary::<Requester>)]
    requester: Requester,
    /// What kind of report it is, for requests in words and revisions.
    #[arg(long, default_value = "decision_report", value_parser = vocabulary::<ReportKind>)]
    report_kind: ReportKind,
    /// Correct the kind of a section of the draft's outline: `INDEX=KIND`, INDEX as listed by
    /// `protocol-check outline` (repeatable).
    #[arg(long = "section-kind", value_name = "INDEX=KIND", value_parser = section_override)]
    section_kinds: Vec<SectionOverride>,
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The JSON contract: `{"council": id, "findings": [...]}`, findings in input order.
#[derive(Serialize)]
struct Output<'a> {
    council: &'a str,
    findings: Vec<Finding>,
}

fn vocabulary<T: Vocabulary>(text: &str) -> Result<T, String> {
    T::parse(text).map_err(|e| e.to_string())
}

fn section_override(text: &str) -> Result<SectionOverride, String> {
    let (index, kind) = text
        .split_once('=')
        .ok_or_else(|| format!("expected INDEX=KIND, such as 3=consultation; got {text:?}"))?;
    let section = index
        .trim()
        .parse()
        .map_err(|_| format!("section index {index:?} is not a number"))?;
    Ok(SectionOverride {
        section,
        kind: vocabulary::<SectionKind>(kind)?,
    })
}

pub fn run(args: &ConsultArgs) -> Result<String, CliError> {
    let protocol = councils::find(&args.council)?;
    let settings = Settings {
        requester: args.requester,
        report_kind: args.report_kind,
        section_kinds: args.section_kinds.clone(),
        answers: Vec::new(),
    };
    let draft = args
        .report
        .as_deref()
        .map(|path| read_text(path).map(|text| (path, text)))
        .transpose()?;
    let findings = match (&args.revised, &args.requests, &draft) {
        (Some(revised), _, Some((draft_path, draft_text))) => {
            let revised_text = read_text(revised)?;
            check_revision(protocol, draft_text, &revised_text, &settings)
                .map_err(|e| name_document(e, draft_path, revised))?
        }
        (_, Some(requests), _) => {
            let text = read_text(requests)?;
            if looks_like_json(&text) {
                let requests_json: Vec<ChangeRequest> = parse_json(requests, &text)?;
                requests_json
                    .iter()
                    .map(|r| evaluate(protocol, r))
                    .collect()
            } else {
                let outline = draft
                    .as_ref()
                    .map(|(path, text)| {
                        Outline::parse(text)
                            .map_err(|e| CliError::new(format!("{}: {e}", path.display())))
                    })
                    .transpose()?;
                check_requests(protocol, outline.as_ref(), &text, &settings).map_err(|e| {
                    let draft_path = draft.as_ref().map_or(Path::new("-"), |(p, _)| *p);
                    name_document(e, draft_path, draft_path)
                })?
            }
        }
        _ => {
            return Err(CliError::new(
                "give --requests FILE, or --report DRAFT with --revised REVISED",
            ))
        }
    };
    match args.format {
        Format::Json => to_json(&Output {
            council: &protocol.council.id,
            findings,
        }),
        Format::Text => {
            let mut out = format!(
                "{} — {} finding(s)\n\n",
                protocol.council.name,
                findings.len()
            );
            for (i, finding) in findings.iter().enumerate() {
                out.push_str(&text::finding(i + 1, finding));
                out.push_str(&interpretation(finding));
                out.push('\n');
            }
            Ok(out)
        }
    }
}

/// JSON requests are an array; anything else is the Member's words.
fn looks_like_json(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('[')
}

fn name_document(error: CheckError, draft: &Path, revised: &Path) -> CliError {
    match error {
        CheckError::Draft(e) => CliError::new(format!("{}: {e}", draft.display())),
        CheckError::Revised(e) => CliError::new(format!("{}: {e}", revised.display())),
    }
}

/// What was read from the words or the revision, for people.
fn interpretation(finding: &Finding) -> String {
    let Some(reading) = &finding.interpretation else {
        return String::new();
    };
    let mut out = String::new();
    if finding.request.is_none() {
        out.push_str(&wrap(&format!("\"{}\"", reading.words), "   Asked:  ", 90));
    }
    if let Some(line) = reading.line {
        out.push_str(&format!("   Line:   {line}\n"));
    }
    for action in &reading.actions {
        out.push_str(&wrap(
            &format!("{} (from {})", action.value.name(), action.from),
            "   Action: ",
            90,
        ));
    }
    for target in &reading.targets {
        out.push_str(&wrap(
            &format!("{} (from {})", target.value.name(), target.from),
            "   Target: ",
            90,
        ));
    }
    for missing in &reading.missing {
        out.push_str(&wrap(
            &format!("{}: {}", missing.part.label(), missing.explanation),
            "   Missing: ",
            90,
        ));
    }
    for note in &reading.notes {
        out.push_str(&wrap(note, "   Note:   ", 90));
    }
    if reading.considered.len() > 1 {
        let tried: Vec<String> = reading
            .considered
            .iter()
            .map(|c| {
                format!(
                    "{} {} → {}",
                    c.action.name(),
                    c.target.name(),
                    c.verdict.name()
                )
            })
            .collect();
        out.push_str(&wrap(
            &format!("{}; the strictest decides", tried.join("; ")),
            "   Readings: ",
            90,
        ));
    }
    if let Some(change) = &reading.change {
        out.push_str(&wrap(&change.reason, "   Change: ", 90));
        let diff: Vec<String> = change
            .diff
            .iter()
            .map(|piece| match piece.op {
                Op::Same => piece.text.clone(),
                Op::Deleted => format!("[-{}-]", piece.text),
                Op::Inserted => format!("{{+{}+}}", piece.text),
            })
            .collect();
        out.push_str(&wrap(&diff.join(" "), "   Diff:   ", 90));
    }
    out
}
