//! Every quoted rule of every council appears word for word in that council's published
//! protocol (white space and typography folded; Tower Hamlets read as its current text).

use protocol_check::councils;
use protocol_check::quote::verify_quotes;
use protocol_check_tests::published_text;

#[test]
fn every_quote_is_in_its_councils_text() {
    let mut failures = Vec::new();
    for protocol in councils::built_in() {
        let text = published_text(protocol);
        for mismatch in verify_quotes(protocol, &text) {
            failures.push(format!("{}: {mismatch}", protocol.council.id));
        }
    }
    assert!(
        failures.is_empty(),
        "quotes not found:\n{}",
        failures.join("\n")
    );
}

#[test]
fn rule_ids_are_unique_within_each_council() {
    for protocol in councils::built_in() {
        let mut ids: Vec<&str> = protocol.quotes().map(|(id, _, _)| id).collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(
            ids.len(),
            count,
            "{} has a duplicate rule id",
            protocol.council.id
        );
    }
}

/// The check is not vacuous: a changed word or a quote from another council is caught.
#[test]
fn an_altered_quote_is_caught() {
    let bolsover = councils::find("bolsover").unwrap();
    let mut altered = bolsover.clone();
    let mut rules = altered.report_rules.to_vec();
    rules[0].quote = rules[0].quote.replace("include", "exclude").into();
    let borrowed_from_manchester = councils::find("manchester").unwrap().report_rules[0].clone();
    rules.push(borrowed_from_manchester);
    altered.report_rules = rules.into();
    let mismatches = verify_quotes(&altered, &published_text(bolsover));
    let ids: Vec<&str> = mismatches.iter().map(|m| m.rule_id.as_str()).collect();
    assert_eq!(ids, [bolsover.report_rules[0].id.as_ref(), "3.2"]);
}
