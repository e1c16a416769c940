//! The officer's reply to the Member, drafted from the findings: what will be done, what cannot
//! be and why (quoting the paragraphs), what the officer will consider, and what needs
//! clarifying.
//!
//! It lives in core because it decides what to say about each verdict; the web app and CLI only
//! show and copy the text. It is plain text, so it can be pasted into any e-mail client.

use crate::consult::Finding;
use crate::model::Verdict;
use crate::rule::Protocol;
use crate::vocab::Vocabulary;

/// Who the reply is to and from, and what it is about. Empty fields are left out gracefully.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReplyDetails {
    /// How to address the Member, e.g. "Councillor Patel".
    pub member: String,
    /// The report's title.
    pub report_title: String,
    /// The officer signing the reply.
    pub officer: String,
}

/// A courteous draft reply covering every finding, grouped by verdict, citing paragraphs.
pub fn draft_reply(protocol: &Protocol, findings: &[Finding], details: &ReplyDetails) -> String {
    let council = &protocol.council;
    let salutation = if details.member.trim().is_empty() {
        "Dear Councillor,".to_string()
    } else {
        format!("Dear {},", details.member.trim())
    };
    let about = if details.report_title.trim().is_empty() {
        "the draft report".to_string()
    } else {
        format!("the draft report \"{}\"", details.report_title.trim())
    };

    let mut out = format!(
        "{salutation}\n\nThank you for your comments on {about}. I have considered each of them against the {} Member/Officer Relations protocol.\n",
        council.name
    );

    let group = |verdict: Verdict| findings.iter().filter(move |f| f.verdict == verdict);

    section(
        &mut out,
        "I will make these changes:",
        group(Verdict::Permitted).map(|f| format!("{}.", describe(f))),
    );
    section(
        &mut out,
        "I am not able to make these changes:",
        group(Verdict::NotPermitted)
            .map(|f| format!("{}: {} {}", describe(f), f.reason, citation(f))),
    );
    section(
        &mut out,
        "I will consider these and come back to you:",
        group(Verdict::OfficerJudgement).map(|f| {
            let mut line = format!("{}: {}", describe(f), f.reason);
            for condition in &f.conditions {
                line.push_str(&format!(" {}", sentence(&condition.text)));
            }
            line
        }),
    );
    section(
        &mut out,
        "Could you tell me a little more about what you would like here?",
        group(Verdict::Unclear).map(|f| format!("{}.", describe(f))),
    );

    let refused = group(Verdict::NotPermitted).next();
    if let Some(finding) = refused {
        if !finding.escalation.route.is_empty() {
            let paragraphs: Vec<&str> = finding
                .escalation
                .rules
                .iter()
                .map(|r| r.paragraph.as_str())
                .collect();
            out.push_str(&format!(
                "\nI appreciate this may be disappointing. I remain responsible for the content of the report, and I am happy to discuss it. If we cannot agree, the protocol provides a route: {} (para {}).\n",
                finding.escalation.route,
                paragraphs.join(", ")
            ));
        }
    }

    out.push_str("\nKind regards,\n");
    if !details.officer.trim().is_empty() {
        out.push_str(details.officer.trim());
        out.push('\n');
    }
    out
}

fn section(out: &mut String, heading: &str, lines: impl Iterator<Item = String>) {
    let lines: Vec<String> = lines.collect();
    if lines.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(heading);
    out.push('\n');
    for line in lines {
        out.push_str("- ");
        out.push_str(&line);
        out.push('\n');
    }
}

/// The Member's own words where we have them, otherwise what was understood.
fn describe(finding: &Finding) -> String {
    let Some(request) = &finding.request else {
        // An `unclear` finding: no request was read, so quote the words that were not.
        let words = finding
            .interpretation
            .as_ref()
            .map_or("", |i| i.words.as_str());
        return format!("\"{}\"", words.trim());
    };
    let mut text = match request.text.as_deref().map(str::trim) {
        Some(words) if !words.is_empty() => format!("\"{words}\""),
        _ => format!("{} {}", request.action.label(), request.target.label()),
    };
    if let Some(paragraph) = &request.paragraph {
        text.push_str(&format!(" (paragraph {paragraph})"));
    }
    text
}

fn citation(finding: &Finding) -> String {
    let paragraphs: Vec<&str> = finding.rules.iter().map(|r| r.paragraph.as_str()).collect();
    match finding.rules.first() {
        Some(rule) => format!(
            "The protocol says (para {}): \"{}\"",
            paragraphs.join(", "),
            rule.quote
        ),
        None => String::new(),
    }
}

fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::councils;
    use crate::model::{Action, ChangeRequest, Target};

    #[test]
    fn groups_by_verdict_and_cites_refusals() {
        let bolsover = councils::find("bolsover").unwrap();
        let mut drop = ChangeRequest::new(Action::Exclude, Target::Option);
        drop.text = Some("Drop Option C".into());
        drop.paragraph = Some("4.3".into());
        let add = ChangeRequest::new(Action::Include, Target::Option);
        let findings: Vec<Finding> = [drop, add]
            .iter()
            .map(|r| crate::evaluate(bolsover, r))
            .collect();
        let details = ReplyDetails {
            member: "Councillor Patel".into(),
            report_title: "Depot disposal".into(),
            officer: "Sam Jones".into(),
        };
        let reply = draft_reply(bolsover, &findings, &details);
        assert!(reply.starts_with("Dear Councillor Patel,"));
        assert!(reply.contains("\"Depot disposal\""));
        assert!(reply.contains("I will make these changes:\n- include an option."));
        assert!(reply.contains(
            "I am not able to make these changes:\n- \"Drop Option C\" (paragraph 4.3):"
        ));
        assert!(reply.contains("(para 5.4.7 (may not ask) (1)): \""));
        assert!(reply.contains("Head of Paid Service"));
        assert!(reply.trim_end().ends_with("Sam Jones"));
        assert!(!reply.contains("Could you tell me"));
    }
}
