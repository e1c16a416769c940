//! Properties of the readers on generated input: the comparison finds exactly the changes made,
//! moves stay moves, and no text, however odd, makes a reader panic or a guess come out
//! `permitted`. (The golden revised copies are checked in `interpretation.rs`.)

use proptest::prelude::*;
use protocol_check::text::{compare, interpret_line, ChangeKind, Outline};
use protocol_check::{check_requests, check_revision, councils, Settings, Verdict};

/// Sentences distinct enough that no two are read as the same paragraph edited.
const SENTENCES: &[&str] = &[
    "The depot was built in 1975 and needs a new roof.",
    "Officers consider that the sale carries a high risk.",
    "A petition of 640 signatures opposed the closure.",
    "The Monitoring Officer advises that best consideration must be obtained.",
    "Option C would lease the site to a private operator.",
    "Blue badge holders will continue to park free of charge.",
    "The survey received 412 responses from young people.",
    "This is a key decision because the receipt exceeds the threshold.",
];

fn report(order: &[usize]) -> String {
    let mut text = String::from("3. DETAILS\n");
    for (n, &k) in order.iter().enumerate() {
        text.push_str(&format!("3.{} {}\n", n + 1, SENTENCES[k]));
    }
    text
}

proptest! {
    #[test]
    fn a_report_compared_with_itself_has_no_changes(order in Just((0..SENTENCES.len()).collect::<Vec<_>>()).prop_shuffle()) {
        let outline = Outline::parse(&report(&order)).unwrap();
        prop_assert!(compare(&outline, &outline).is_empty());
    }

    #[test]
    fn reordered_paragraphs_are_moves_never_deletions(order in Just((0..SENTENCES.len()).collect::<Vec<_>>()).prop_shuffle()) {
        let draft = Outline::parse(&report(&(0..SENTENCES.len()).collect::<Vec<_>>())).unwrap();
        let revised = Outline::parse(&report(&order)).unwrap();
        for change in compare(&draft, &revised) {
            let kind = change.change.unwrap().kind;
            prop_assert_eq!(kind, ChangeKind::Moved);
        }
    }

    #[test]
    fn a_deleted_paragraph_is_one_deletion_despite_renumbering(gone in 0..SENTENCES.len()) {
        let all: Vec<usize> = (0..SENTENCES.len()).collect();
        let kept: Vec<usize> = all.iter().copied().filter(|k| *k != gone).collect();
        let draft = Outline::parse(&report(&all)).unwrap();
        let revised = Outline::parse(&report(&kept)).unwrap();
        let changes = compare(&draft, &revised);
        prop_assert_eq!(changes.len(), 1);
        let change = changes[0].change.clone().unwrap();
        prop_assert_eq!(change.kind, ChangeKind::Deleted);
        prop_assert_eq!(change.draft.unwrap().paragraph, format!("3.{}", gone + 1));
    }

    #[test]
    fn no_text_makes_a_reader_panic_or_a_guess_permitted(text in "\\PC{0,300}", other in "[ -~\n£()§.]{0,300}") {
        let protocol = councils::find("bolsover").unwrap();
        let outline = Outline::parse(&text).ok();
        for reading in interpret_line(&other, outline.as_ref()) {
            // A reading is clear only with something to judge: an action and a target.
            if reading.is_clear() {
                prop_assert!(!reading.actions.is_empty() && !reading.targets.is_empty());
            }
        }
        let findings = check_requests(protocol, outline.as_ref(), &other, &Settings::default()).unwrap();
        let lines = other.lines().filter(|l| !l.trim().is_empty() && !l.trim().starts_with('#')).count();
        prop_assert!(findings.len() >= lines, "every request line is answered");
        for finding in &findings {
            let reading = finding.interpretation.as_ref().unwrap();
            if finding.verdict == Verdict::Unclear {
                prop_assert!(finding.request.is_none() && !reading.missing.is_empty());
            } else {
                prop_assert!(finding.request.is_some() && reading.missing.is_empty());
            }
        }
        let _ = check_revision(protocol, &text, &other, &Settings::default());
        let _ = check_revision(protocol, &other, &text, &Settings::default());
    }
}

#[test]
fn requests_without_a_report_cannot_resolve_paragraph_numbers() {
    let protocol = councils::find("bolsover").unwrap();
    let findings = check_requests(protocol, None, "Take out 9.1\n", &Settings::default()).unwrap();
    assert_eq!(findings[0].verdict, Verdict::Unclear);
    assert!(findings[0].reason.contains("without the draft report"));
}

#[test]
fn every_unclear_request_says_what_is_missing_and_is_never_permitted() {
    let protocol = councils::find("bolsover").unwrap();
    let text = "Thanks for this.\nCan you make it punchier?\n# a comment\n\nWhat about 4.2?\n";
    let findings = check_requests(protocol, None, text, &Settings::default()).unwrap();
    assert_eq!(findings.len(), 3, "comments and blank lines are skipped");
    for finding in findings {
        assert_eq!(finding.verdict, Verdict::Unclear);
        assert!(finding.reason.starts_with("Could not tell"));
    }
}

#[test]
fn huge_edits_stay_bounded_and_cautious() {
    // Two long paragraphs sharing the same number and no words: past the diff's bound the
    // middle is one replacement, never a typing error.
    let draft: String = (0..3_000).map(|i| format!("alpha{i} ")).collect();
    let revised: String = (0..3_000).map(|i| format!("beta{i} ")).collect();
    let protocol = councils::find("bolsover").unwrap();
    let findings = check_revision(
        protocol,
        &format!("1. SUMMARY\n1.1 {draft}\n"),
        &format!("1. SUMMARY\n1.1 {revised}\n"),
        &Settings::default(),
    )
    .unwrap();
    assert!(!findings.is_empty());
    for finding in findings {
        let actions = &finding.interpretation.unwrap().actions;
        assert!(actions
            .iter()
            .all(|a| a.value != protocol_check::Action::FixTypo));
    }
}
