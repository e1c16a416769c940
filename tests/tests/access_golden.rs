//! Golden cases for every council's access rules and for statute, as data in
//! `tests/golden/access/<council>.toml`.
//!
//! Each case is a request, the outcome the protocol text and statute give, the rules and
//! provisions that must be cited (`fires`) and those that must not (`misses`, the near misses),
//! and optionally words the reason, conditions or written reasons must contain. The suite also
//! requires every access rule of every council, and every provision of statute that decides
//! anything, to be fired by one case and missed by a near one.

use std::collections::BTreeSet;

use protocol_check::access::rule::AccessEffect;
use protocol_check::access::statute::PROVISIONS;
use protocol_check::access::{evaluate, AccessClause, AccessFinding, AccessRequest, Outcome};
use protocol_check::councils;
use protocol_check::vocab::Vocabulary;
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
    request: AccessRequest,
    outcome: Outcome,
    #[serde(default)]
    fires: Vec<String>,
    #[serde(default)]
    misses: Vec<String>,
    #[serde(default)]
    reason_contains: Vec<String>,
    #[serde(default)]
    conditions_contain: Vec<String>,
    #[serde(default)]
    letter_contains: Vec<String>,
}

fn cited(finding: &AccessFinding) -> BTreeSet<&str> {
    finding.rules.iter().map(|c| c.authority.id()).collect()
}

/// A rule with a clause that applies to every request as a dispute route or promise of written
/// reasons is cited by every finding, so it can have no near miss.
fn always_cited(clauses: &[AccessClause]) -> bool {
    clauses.iter().any(|c| {
        let scope = &c.applies_to;
        scope.documents.is_any()
            && scope.purposes.is_any()
            && scope.requires.iter().next().is_none()
            && scope.unless.iter().next().is_none()
            && matches!(
                c.effect,
                AccessEffect::Dispute { .. } | AccessEffect::WrittenReasons
            )
    })
}

fn check_case(
    finding: &AccessFinding,
    case: &Case,
    known: &BTreeSet<&str>,
    coverage: &mut Coverage,
) -> Vec<String> {
    let cites = cited(finding);
    let mut problems = Vec::new();
    if finding.outcome != case.outcome {
        problems.push(format!(
            "outcome {} (expected {}): {}",
            finding.outcome.name(),
            case.outcome.name(),
            finding.reason
        ));
    }
    problems.extend(coverage.check(known, &cites, &case.fires, &case.misses));
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let conditions = finding.conditions.join(" ");
    let checks = [
        ("reason", &case.reason_contains, flat(&finding.reason)),
        ("conditions", &case.conditions_contain, flat(&conditions)),
        (
            "written reasons",
            &case.letter_contains,
            flat(&finding.written_reasons),
        ),
    ];
    for (part, wanted, text) in checks {
        for words in wanted {
            if !text.contains(words.as_str()) {
                problems.push(format!("{part} lacks {words:?}: {text}"));
            }
        }
    }
    problems
}

#[test]
fn golden_cases_match_the_protocol_texts_and_statute() {
    let mut failures = Vec::new();
    let mut councils_seen = BTreeSet::new();
    let mut statute_coverage = Coverage::default();
    let mut outcomes_seen = BTreeSet::new();
    let statute_ids: BTreeSet<&str> = PROVISIONS.iter().map(|p| p.id).collect();

    for (path, text) in golden_files("access") {
        let file: GoldenFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let protocol = councils::find(&file.council).expect("known council");
        councils_seen.insert(protocol.council.id.to_string());
        let rule_ids: BTreeSet<&str> = protocol
            .access_rules
            .iter()
            .map(|r| r.id.as_ref())
            .collect();
        let known: BTreeSet<&str> = rule_ids.union(&statute_ids).copied().collect();
        let mut coverage = Coverage::default();

        for case in &file.case {
            let problems = match evaluate(protocol, &case.request) {
                Ok(finding) => {
                    outcomes_seen.insert(finding.outcome);
                    let problems = check_case(&finding, case, &known, &mut coverage);
                    let statute_cited: BTreeSet<&str> = cited(&finding)
                        .intersection(&statute_ids)
                        .copied()
                        .collect();
                    let in_statute = |ids: &[String]| -> Vec<String> {
                        ids.iter()
                            .filter(|id| statute_ids.contains(id.as_str()))
                            .cloned()
                            .collect()
                    };
                    statute_coverage.check(
                        &statute_ids,
                        &statute_cited,
                        &in_statute(&case.fires),
                        &in_statute(&case.misses),
                    );
                    problems
                }
                Err(e) => vec![format!("invalid request: {e}")],
            };
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
                    .access_rules
                    .iter()
                    .map(|rule| (rule.id.as_ref(), always_cited(&rule.clauses))),
            ),
        );
    }

    failures.extend(
        statute_coverage.gaps(
            "statute",
            PROVISIONS
                .iter()
                .filter(|p| !p.clauses.is_empty())
                .map(|p| (p.id, always_cited(p.clauses))),
        ),
    );
    let all: BTreeSet<String> = councils::built_in()
        .iter()
        .map(|p| p.council.id.to_string())
        .collect();
    assert_eq!(councils_seen, all, "every council needs a golden file");
    assert_eq!(
        outcomes_seen.len(),
        Outcome::ALL.len(),
        "every outcome needs a golden case"
    );
    assert!(
        failures.is_empty(),
        "golden failures:\n{}",
        failures.join("\n")
    );
}
