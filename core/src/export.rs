//! Findings as CSV, for the record a democratic services team keeps.
//!
//! RFC 4180 quoting, and any cell that a spreadsheet would read as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) is prefixed with `'`: the Member's words are untrusted
//! text and must not run in the officer's spreadsheet.

use crate::consult::Finding;
use crate::vocab::Vocabulary;

const HEADER: [&str; 13] = [
    "number",
    "verdict",
    "member_words",
    "action",
    "target",
    "requester",
    "report_kind",
    "report_paragraph",
    "reason",
    "protocol_paragraphs",
    "quotes",
    "conditions",
    "escalation",
];

/// One row per finding, in order, under a header row; lines end with CRLF as RFC 4180 asks.
pub fn findings_csv(council_id: &str, findings: &[Finding]) -> String {
    let mut out = String::new();
    let mut header: Vec<&str> = vec!["council"];
    header.extend(HEADER);
    push_row(&mut out, header.iter().map(|h| h.to_string()));
    for (i, finding) in findings.iter().enumerate() {
        // An `unclear` finding has no request: its columns stay empty but for the words.
        let request = finding.request.as_ref();
        let name = |name: Option<&'static str>| name.unwrap_or_default().to_string();
        let join = |items: Vec<String>| items.join(" | ");
        push_row(
            &mut out,
            [
                council_id.to_string(),
                (i + 1).to_string(),
                finding.verdict.name().to_string(),
                request
                    .and_then(|r| r.text.clone())
                    .or_else(|| finding.interpretation.as_ref().map(|i| i.words.clone()))
                    .unwrap_or_default(),
                name(request.map(|r| r.action.name())),
                name(request.map(|r| r.target.name())),
                name(request.map(|r| r.requester.name())),
                name(request.map(|r| r.report_kind.name())),
                request
                    .and_then(|r| r.paragraph.clone())
                    .unwrap_or_default(),
                finding.reason.clone(),
                join(finding.rules.iter().map(|r| r.paragraph.clone()).collect()),
                join(finding.rules.iter().map(|r| r.quote.clone()).collect()),
                join(
                    finding
                        .conditions
                        .iter()
                        .map(|c| format!("{} ({})", c.text, c.paragraph))
                        .collect(),
                ),
                finding.escalation.route.clone(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|cell| quote(&defuse(cell))).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn defuse(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, ChangeRequest, Target};
    use crate::{councils, evaluate};

    #[test]
    fn quotes_cells_and_defuses_formulas() {
        let protocol = councils::find("bolsover").unwrap();
        let mut request = ChangeRequest::new(Action::Exclude, Target::Option);
        request.text = Some("=HYPERLINK(\"http://x\"), drop \"C\"".into());
        let csv = findings_csv("bolsover", &[evaluate(protocol, &request)]);
        let mut lines = csv.split("\r\n");
        assert!(lines
            .next()
            .unwrap()
            .starts_with("council,number,verdict,member_words"));
        let row = lines.next().unwrap();
        assert!(row.starts_with("bolsover,1,not_permitted,\"'=HYPERLINK(\"\"http://x\"\"), drop \"\"C\"\"\",exclude,option"));
        assert!(row.contains("5.4.7 (may not ask) (1)"));
        assert_eq!(lines.next(), Some(""));
    }
}
