//! Golden cases for every council's report-consultation rules, as data in
//! `tests/golden/report_rules/<council>.toml`.
//!
//! Each case states a request, the verdict the protocol text gives, the rules that must be cited
//! (`fires`) and rules that must not be (`misses`, the near misses). The suite also requires
//! every rule of every council to be fired by one case and missed by a near one, so a rule
//! cannot be added without a test that it does what its words say.

use std::collections::BTreeSet;

use protocol_check::rule::{Effect, Rule};
use protocol_check::{councils, evaluate, ChangeRequest, Finding, Verdict};
use protocol_check_tests::{golden_files, Coverage};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldenFile {
    council: String,
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    request: ChangeRequest,
    verdict: Verdict,
    #[serde(default)]
    fires: Vec<String>,
    #[serde(default)]
    misses: Vec<String>,
}

/// Every rule a finding cites: deciding rules, escalation and the sources of its conditions.
fn cited(finding: &Finding) -> BTreeSet<&str> {
    finding
        .rules
        .iter()
        .chain(&finding.escalation.rules)
        .map(|r| r.id.as_str())
        .chain(finding.conditions.iter().map(|c| c.rule_id.as_str()))
        .collect()
}

/// A rule that applies to every request as an escalation route can have no near miss.
fn always_applies(rule: &Rule) -> bool {
    rule.clauses.iter().all(|c| {
        matches!(c.effect, Effect::Escalate { .. })
            && c.applies_to.actions.is_any()
            && c.applies_to.targets.is_any()
            && c.applies_to.requesters.is_any()
            && c.applies_to.report_kinds.is_any()
    })
}

#[test]
fn golden_cases_match_the_protocol_texts() {
    let mut failures = Vec::new();
    let mut councils_seen = BTreeSet::new();
    for (path, text) in golden_files("report_rules") {
        let file: GoldenFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let protocol = councils::find(&file.council).expect("known council");
        councils_seen.insert(protocol.council.id.to_string());
        let ids: BTreeSet<&str> = protocol
            .report_rules
            .iter()
            .map(|r| r.id.as_ref())
            .collect();
        let mut coverage = Coverage::default();

        for case in &file.case {
            let finding = evaluate(protocol, &case.request);
            let mut problems = coverage.check(&ids, &cited(&finding), &case.fires, &case.misses);
            if finding.verdict != case.verdict {
                problems.push(format!(
                    "verdict {} (expected {}): {}",
                    finding.verdict, case.verdict, finding.reason
                ));
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "{} / {}: {}",
                    file.council,
                    case.name,
                    problems.join("; ")
                ));
            }
        }
        failures.extend(
            coverage.gaps(
                &file.council,
                protocol
                    .report_rules
                    .iter()
                    .map(|rule| (rule.id.as_ref(), always_applies(rule))),
            ),
        );
    }
    let all: BTreeSet<String> = councils::built_in()
        .iter()
        .map(|p| p.council.id.to_string())
        .collect();
    assert_eq!(councils_seen, all, "every council needs a golden file");
    assert!(
        failures.is_empty(),
        "golden failures:\n{}",
        failures.join("\n")
    );
}
