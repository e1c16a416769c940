//! `protocol-check access` as a user meets it: the example files through the real binary, the
//! JSON contract's exact shape, and clear errors for bad input.

mod support;

use std::path::PathBuf;

use support::{protocol_check, temp_file, workspace_root};

fn examples() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(workspace_root().join("examples/access"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn every_example_runs_and_the_json_has_exactly_the_contract_fields() {
    let paths = examples();
    assert!(paths.len() >= 6);
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let mut parts = name.split('.');
        let council = parts.next().unwrap();
        let outcome = parts.next().unwrap();
        let file = path.to_str().unwrap();
        let output = protocol_check(&[
            "access",
            "--council",
            council,
            "--request",
            file,
            "--format",
            "json",
        ]);
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = vec![
            "alternatives",
            "conditions",
            "council",
            "decided_by",
            "dispute_route",
            "outcome",
            "reason",
            "rules",
            "written_reasons",
        ];
        expected.sort_unstable();
        let mut keys_sorted = keys.clone();
        keys_sorted.sort_unstable();
        assert_eq!(keys_sorted, expected, "{name}");
        assert_eq!(json["council"], council, "{name}");
        assert_eq!(json["outcome"], outcome, "{name}");
        for rule in json["rules"].as_array().unwrap() {
            match rule["source"].as_str() {
                Some("protocol") => {
                    for field in ["id", "council", "paragraph", "quote", "cited_for"] {
                        assert!(rule[field].is_string(), "{name}: {rule}");
                    }
                }
                Some("statute") => {
                    for field in ["id", "instrument", "provision", "summary", "cited_for"] {
                        assert!(rule[field].is_string(), "{name}: {rule}");
                    }
                    assert!(
                        rule.get("quote").is_none(),
                        "statute is never quoted: {rule}"
                    );
                }
                other => panic!("{name}: unknown source {other:?}"),
            }
        }

        let text = protocol_check(&["access", "--council", council, "--request", file]);
        assert!(text.status.success());
        let text = String::from_utf8(text.stdout).unwrap();
        assert!(text.contains("Decided by:"), "{name}: {text}");
        assert!(text.contains("Written reasons"), "{name}: {text}");
    }
}

#[test]
fn bad_requests_are_named_and_exit_2() {
    let cases = [
        (
            r#"{"member": {"roles": []}, "document": {"kind": "exempt_report", "meeting": "committee", "exempt_paragraph": 9}}"#,
            "document.exempt_paragraph 9 is not a paragraph of Schedule 12A",
        ),
        (
            r#"{"member": {"roles": [{"role": "committee_member"}]}, "document": {"kind": "other_council_document"}}"#,
            "member.roles[0].committee is required for committee_member",
        ),
        (
            r#"{"member": {}, "document": {"kind": "agenda_or_report"}}"#,
            "document.meeting is required for agenda_or_report",
        ),
        (
            r#"{"member": {}, "document": {"kind": "secret_file"}}"#,
            "unknown document kind \"secret_file\"",
        ),
        (
            r#"{"member": {}, "document": {"kind": "other_council_document"}, "colour": "red"}"#,
            "unknown field `colour`",
        ),
        (
            r#"{"member": {}, "document": {"kind": "other_council_document"}, "purpose": {"kind": "nosiness"}}"#,
            "unknown purpose \"nosiness\"",
        ),
    ];
    for (i, (json, message)) in cases.iter().enumerate() {
        let path = temp_file(&format!("bad-{i}.json"), json);
        let output = protocol_check(&[
            "access",
            "--council",
            "bolsover",
            "--request",
            path.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(2), "{json}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(message), "{json}: {stderr}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn an_unknown_council_is_named() {
    let output = protocol_check(&[
        "access",
        "--council",
        "atlantis",
        "--request",
        "examples/access/bolsover.no_right.curiosity.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("unknown council \"atlantis\""));
}

#[test]
fn a_pasted_essay_in_a_name_is_refused_by_size_not_rendered() {
    let name = "<b>x</b>".repeat(400);
    let json = format!(
        r#"{{"member": {{"name": "{name}"}}, "document": {{"kind": "other_council_document"}}}}"#
    );
    let path = temp_file("essay.json", &json);
    let output = protocol_check(&[
        "access",
        "--council",
        "tower-hamlets",
        "--request",
        path.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("member.name is 3200 characters long; the limit is 2000"));
}
