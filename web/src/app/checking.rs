//! From the officer's work to core's findings: the one place the app calls the report checkers.
//!
//! Translation only. Core reads the report, the Member's words or revised copy, and decides;
//! this module supplies the officer's settings, corrections and answers, and replaces an `unclear`
//! finding by core's verdict on the reading the officer picked for it (a structured request,
//! exactly as the JS API and CLI accept one).

use protocol_check::text::{Outline, SectionOverride};
use protocol_check::{
    check_requests, check_revision, evaluate, ChangeRequest, Finding, Protocol, Settings, Verdict,
};

use super::state::{OfficerReading, Source, Work};

/// What the check panel shows: the outline (when there is a report) and the findings, or why
/// there are none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked {
    pub outline: Option<Outline>,
    /// Why the report could not be read, if it could not.
    pub report_problem: Option<String>,
    pub findings: Vec<Finding>,
    /// Why the requests or revision could not be checked, if they could not.
    pub problem: Option<String>,
}

pub fn check(protocol: &Protocol, work: &Work) -> Checked {
    let mut checked = Checked::default();
    if !work.report.trim().is_empty() {
        match Outline::parse(&work.report) {
            Ok(outline) => checked.outline = Some(outline),
            Err(e) => checked.report_problem = Some(format!("The draft report: {e}")),
        }
    }
    let sections = checked.outline.as_ref().map_or(0, |o| o.sections.len());
    let settings = Settings {
        requester: work.requester,
        report_kind: work.report_kind,
        // Corrections of sections the report no longer has (it was edited) are set aside.
        section_kinds: work
            .section_kinds
            .iter()
            .filter(|k| k.section < sections)
            .copied()
            .collect::<Vec<SectionOverride>>(),
        // Every reading of a request is judged with the officer's answers for its words.
        answers: work.answers.clone(),
    };
    let result = match work.source {
        Source::Words if work.requests.trim().is_empty() => Ok(Vec::new()),
        Source::Words => check_requests(
            protocol,
            checked.outline.as_ref(),
            &work.requests,
            &settings,
        ),
        Source::Revision if work.revised.trim().is_empty() || checked.outline.is_none() => {
            Ok(Vec::new())
        }
        Source::Revision => check_revision(protocol, &work.report, &work.revised, &settings),
    };
    // Shown with the officer's corrections, so the kinds on screen are the ones judged.
    if let Some(outline) = &checked.outline {
        if let Ok(corrected) = outline.with_overrides(&settings.section_kinds) {
            checked.outline = Some(corrected);
        }
    }
    match result {
        Ok(findings) => {
            checked.findings = findings
                .into_iter()
                .map(|f| with_officer_reading(protocol, work, f))
                .collect()
        }
        Err(e) => checked.problem = Some(e.to_string()),
    }
    checked
}

/// The words a finding was read from, which key the officer's readings.
pub fn words(finding: &Finding) -> Option<&str> {
    finding.interpretation.as_ref().map(|i| i.words.as_str())
}

/// The officer's reading of this finding's words, if they gave one.
pub fn officer_reading<'w>(work: &'w Work, finding: &Finding) -> Option<&'w OfficerReading> {
    let words = words(finding)?;
    work.readings.iter().find(|r| r.words == words)
}

/// An unclear finding judged on the officer's reading, once they have picked both an action and
/// a target; the interpretation is kept so the screen still shows what the tool could not read.
fn with_officer_reading(protocol: &Protocol, work: &Work, finding: Finding) -> Finding {
    if finding.verdict != Verdict::Unclear {
        return finding;
    }
    let Some(OfficerReading {
        action: Some(action),
        target: Some(target),
        answers,
        ..
    }) = officer_reading(work, &finding)
    else {
        return finding;
    };
    let interpretation = finding.interpretation.clone();
    let mut request = ChangeRequest::new(*action, *target)
        .by(work.requester)
        .in_report(work.report_kind);
    request.answers = answers.clone();
    if let Some(i) = &interpretation {
        request.text = Some(i.words.clone());
        request.paragraph = (!i.paragraphs.is_empty()).then(|| i.paragraphs.join(", "));
    }
    Finding {
        interpretation,
        ..evaluate(protocol, &request)
    }
}
