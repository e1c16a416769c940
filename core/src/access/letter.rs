//! The written reasons: a letter the officer can send the member as it stands, courteous and
//! specific, citing the paragraphs and provisions the outcome rests on.
//!
//! Bolsover 5.4.6 promises that "Written reasons will be provided on request"; every council's
//! officers are better served by having them ready. The letter is plain text (any e-mail client
//! can take it) and the member's own words appear only quoted, folded to one line and shortened,
//! so a pasted essay or stray markup cannot take the letter over.

use crate::rule::Protocol;
use crate::vocab::Vocabulary;

use super::finding::{AccessFinding, Authority, CitedFor, Outcome};
use super::request::{AccessRequest, PurposeKind};

/// Longest stretch of the member's own words repeated in the letter.
const MAX_ECHO_CHARS: usize = 200;

/// The letter for `finding`. `conditions` are those the member is to be told of (not the
/// officer's own steps); `promised_by` are the council paragraphs that promise written reasons.
pub fn written_reasons(
    protocol: &Protocol,
    request: &AccessRequest,
    finding: &AccessFinding,
    conditions: &[String],
    promised_by: &[&str],
) -> String {
    let council = &protocol.council.name;
    let salutation = match request.member.name.as_deref().map(one_line) {
        Some(name) if !name.is_empty() => format!("Dear {name},"),
        _ => "Dear Councillor,".to_string(),
    };
    let document = &request.document;
    let described = match document.exempt_paragraph {
        Some(paragraph) => format!(
            "a Part II report, exempt under paragraph {paragraph} of Schedule 12A to the Local Government Act 1972"
        ),
        None => document.kind.label().to_string(),
    };
    let what = match document.title.as_deref().map(one_line) {
        Some(title) if !title.is_empty() => format!("\"{title}\" ({described})"),
        _ => described,
    };

    let mut out = format!("{salutation}\n\nThank you for your request to inspect {what}.");
    let purpose = &request.purpose;
    match (purpose.kind, purpose.reason.as_deref().map(one_line)) {
        (_, Some(words)) if !words.is_empty() => {
            let stop = if words.ends_with(['.', '!', '?', '…']) {
                ""
            } else {
                "."
            };
            out.push_str(&format!(" You gave this reason: \"{words}\"{stop}"))
        }
        (PurposeKind::NotGiven, _) => {}
        (kind, _) => out.push_str(&format!(" You asked in connection with {}.", kind.label())),
    }
    out.push_str("\n\n");

    out.push_str(match finding.outcome {
        Outcome::StatutoryRight => "You are entitled to inspect this document as of right.",
        Outcome::NeedToKnow => {
            "On the basis you have given, you have a need to know, and the document will be made available to you."
        }
        Outcome::MustShowNeed => "I am not yet able to provide this document.",
        Outcome::NoRight => "I am sorry, but I am not able to provide this document.",
    });
    out.push(' ');
    out.push_str(&finding.reason);
    out.push('\n');
    if finding.outcome == Outcome::MustShowNeed {
        out.push_str("\nIf you would like to pursue the request, it would help to tell me, as specifically as you can, why you need to see this document for your duties as a councillor.\n");
    }

    let basis = basis(finding, council);
    if !basis.is_empty() {
        out.push_str(&format!("\nThis follows {basis}.\n"));
    }

    if !conditions.is_empty() && finding.outcome != Outcome::NoRight {
        let heading = match finding.outcome {
            Outcome::MustShowNeed => "If the document is provided, please note:",
            _ => "Please note:",
        };
        out.push_str(&format!("\n{heading}\n"));
        for condition in conditions {
            out.push_str(&format!("- {condition}\n"));
        }
    }

    out.push_str(&format!("\nWho decides: {}\n", finding.decided_by));
    out.push_str(&format!("\nIf you disagree: {}\n", finding.dispute_route));

    if !finding.alternatives.is_empty() {
        out.push_str("\nYou may also wish to consider:\n");
        for alternative in &finding.alternatives {
            out.push_str(&format!("- {alternative}\n"));
        }
    }

    if !promised_by.is_empty() {
        out.push_str(&format!(
            "\nThese are the written reasons provided for by paragraph {} of the protocol.\n",
            promised_by.join(", ")
        ));
    }
    out.push_str("\nYours sincerely,\n");
    out
}

/// "the London Borough of Tower Hamlets Member/Officer Relations Protocol, paragraphs 103.3(ii)
/// and 103.7, and SI 2012/2089 reg 16".
fn basis(finding: &AccessFinding, council: &str) -> String {
    let mut paragraphs: Vec<&str> = Vec::new();
    let mut statute: Vec<String> = Vec::new();
    for citation in finding.cited_for(CitedFor::Outcome) {
        match &citation.authority {
            Authority::Protocol(rule) => {
                if !paragraphs.contains(&rule.paragraph.as_str()) {
                    paragraphs.push(&rule.paragraph);
                }
            }
            Authority::Statute(provision) => {
                let cited = format!("the {} {}", provision.instrument, provision.provision);
                if !statute.contains(&cited) {
                    statute.push(cited);
                }
            }
        }
    }
    let mut parts = Vec::new();
    if !paragraphs.is_empty() {
        let word = if paragraphs.len() == 1 {
            "paragraph"
        } else {
            "paragraphs"
        };
        parts.push(format!(
            "the {council} Member/Officer Relations Protocol, {word} {}",
            list(&paragraphs)
        ));
    }
    if !statute.is_empty() {
        let statute: Vec<&str> = statute.iter().map(String::as_str).collect();
        parts.push(list(&statute));
    }
    parts.join(", and ")
}

/// "a", "a and b", "a, b and c".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The member's words on one line, shortened: never more than [`MAX_ECHO_CHARS`].
fn one_line(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= MAX_ECHO_CHARS {
        return folded;
    }
    let cut: String = folded.chars().take(MAX_ECHO_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}
