//! The JS package's TypeScript types (`web/src/api.d.ts`, written by hand) name the same
//! vocabularies as core: every union of string literals there must list exactly the contract
//! names of the matching core vocabulary, so the types cannot drift from what the API returns.

use std::collections::BTreeSet;

use protocol_check::access::finding::{CitedFor, Outcome};
use protocol_check::access::request::{AccessQuestion, DocumentKind, PurposeKind, RoleKind};
use protocol_check::text::SectionKind;
use protocol_check::{
    Action, Answer, Question, ReportKind, Requester, Target, Verdict, Vocabulary,
};
use protocol_check_tests::workspace_root;

fn declarations() -> String {
    std::fs::read_to_string(workspace_root().join("web/src/api.d.ts")).expect("web/src/api.d.ts")
}

/// The string literals of `export type NAME = "a" | "b";`.
fn union(source: &str, name: &str) -> BTreeSet<String> {
    let start = source
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("api.d.ts declares no type {name}"));
    let body = &source[start..];
    let body = &body[..body.find(';').expect("type ends with ;")];
    literals(body)
}

fn literals(text: &str) -> BTreeSet<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn names<V: Vocabulary>() -> BTreeSet<String> {
    V::ALL.iter().map(|v| v.name().to_string()).collect()
}

#[test]
fn every_union_matches_its_core_vocabulary() {
    let source = declarations();
    let expected = [
        ("Action", names::<Action>()),
        ("Target", names::<Target>()),
        ("Requester", names::<Requester>()),
        ("ReportKind", names::<ReportKind>()),
        ("Answer", names::<Answer>()),
        ("Question", names::<Question>()),
        ("Verdict", names::<Verdict>()),
        ("SectionKind", names::<SectionKind>()),
        ("RoleKind", names::<RoleKind>()),
        ("DocumentKind", names::<DocumentKind>()),
        ("PurposeKind", names::<PurposeKind>()),
        ("AccessQuestion", names::<AccessQuestion>()),
        ("CitedFor", names::<CitedFor>()),
    ];
    for (name, core) in expected {
        assert_eq!(
            union(&source, name),
            core,
            "TypeScript {name} differs from core"
        );
    }
}

#[test]
fn the_access_outcome_field_lists_every_outcome() {
    let source = declarations();
    let line = source
        .lines()
        .find(|l| l.trim_start().starts_with("outcome:"))
        .expect("an outcome field");
    assert_eq!(literals(line), names::<Outcome>());
}
