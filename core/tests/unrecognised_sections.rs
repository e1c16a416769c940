//! A paragraph under a heading the outline does not recognise may be an officer's view with none
//! of the phrases that mark one. Until the officer says what the section is, a request to reword
//! it is not `permitted`.

use protocol_check::text::{Outline, SectionKind, SectionOverride};
use protocol_check::{check_requests, councils, Settings, Verdict};

const REPORT: &str = "\
1. PURPOSE OF REPORT
1.1 To decide the future of the Station Road depot.

7. THE WAY FORWARD
7.1 The scheme would be very difficult to deliver in the time available.
";

fn verdict(settings: &Settings) -> Verdict {
    let bolsover = councils::find("bolsover").unwrap();
    let outline = Outline::parse(REPORT).unwrap();
    let findings = check_requests(
        bolsover,
        Some(&outline),
        "Please reword 7.1 so it is clearer",
        settings,
    )
    .unwrap();
    assert_eq!(findings.len(), 1);
    findings[0].verdict
}

#[test]
fn rewording_an_unrecognised_section_waits_for_the_officer() {
    let outline = Outline::parse(REPORT).unwrap();
    assert_eq!(outline.sections.last().unwrap().kind, SectionKind::Unknown);
    assert_eq!(verdict(&Settings::default()), Verdict::OfficerJudgement);
}

#[test]
fn once_the_officer_says_it_is_background_the_rewording_is_permitted() {
    let outline = Outline::parse(REPORT).unwrap();
    let section = outline.sections.len() - 1;
    let settings = Settings {
        section_kinds: vec![SectionOverride {
            section,
            kind: SectionKind::Background,
        }],
        ..Settings::default()
    };
    assert_eq!(verdict(&settings), Verdict::Permitted);
}

/// The officer's answer settles a waiting verdict for the request whose words it names, and
/// only that one: edited words drop the answer rather than move it.
#[test]
fn answers_settle_the_request_they_name_and_no_other() {
    use protocol_check::consult::AnswersFor;
    use protocol_check::{Answer, Question};

    let outline = Outline::parse(REPORT).unwrap();
    let bolsover = councils::find("bolsover").unwrap();
    let first = check_requests(
        bolsover,
        Some(&outline),
        "Please reword 7.1 so it is clearer",
        &Settings::default(),
    )
    .unwrap();
    let words = first[0].interpretation.as_ref().unwrap().words.clone();
    let answered = |requests: &str| {
        let settings = Settings {
            answers: vec![AnswersFor {
                words: words.clone(),
                answers: [(Question::ChangesSubstance, Answer::No)].into(),
            }],
            ..Settings::default()
        };
        check_requests(bolsover, Some(&outline), requests, &settings).unwrap()[0].verdict
    };
    assert_eq!(
        answered("Please reword 7.1 so it is clearer"),
        Verdict::Permitted
    );
    assert_eq!(
        answered("Please reword 7.1 so it is much clearer"),
        Verdict::OfficerJudgement
    );
}
