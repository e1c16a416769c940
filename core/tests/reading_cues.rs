//! Words that sound like tidying but can change or drop content are read both ways, and the
//! stricter verdict stands.

use protocol_check::text::Outline;
use protocol_check::{check_requests, councils, Action, Settings, Verdict};

const REPORT: &str = "\
4. CONSULTATION
4.1 A petition of 640 signatures asked the Council to keep the depot open.
4.2 Nine of twelve staff responses opposed relocation.

5. REASONS FOR RECOMMENDATION
5.1 In the professional opinion of the Director, the sale offers the best value.
";

fn finding(request: &str) -> protocol_check::Finding {
    let bolsover = councils::find("bolsover").unwrap();
    let outline = Outline::parse(REPORT).unwrap();
    check_requests(bolsover, Some(&outline), request, &Settings::default())
        .unwrap()
        .remove(0)
}

fn actions(finding: &protocol_check::Finding) -> Vec<Action> {
    let reading = finding.interpretation.as_ref().unwrap();
    reading.actions.iter().map(|a| a.value).collect()
}

#[test]
fn trimming_consultation_responses_may_exclude_them() {
    let finding = finding("Can you trim the consultation section, it's too long");
    assert_eq!(actions(&finding), [Action::Clarify, Action::Exclude]);
    assert_eq!(finding.verdict, Verdict::NotPermitted);
    assert_eq!(finding.rules[0].paragraph, "5.4.7 (may not ask) (5)");
}

#[test]
fn making_a_conclusion_less_definite_is_a_change_of_substance() {
    let finding = finding("Please make 5.1 less definite");
    assert!(actions(&finding).contains(&Action::Alter));
    assert_eq!(finding.verdict, Verdict::NotPermitted);
}
