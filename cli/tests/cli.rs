//! The CLI as a user meets it: real processes, real files, exit codes and messages.

mod support;

use support::{flat, protocol_check, stderr, stdout, temp_file};

#[test]
fn councils_lists_the_five_ids() {
    let output = protocol_check(&["councils"]);
    assert!(output.status.success());
    let text = stdout(&output);
    for id in [
        "bolsover",
        "manchester",
        "west-lindsey",
        "tower-hamlets",
        "broxtowe",
    ] {
        assert!(text.contains(id), "{id} missing from:\n{text}");
    }
}

#[test]
fn rules_prints_paragraphs_and_quotes() {
    let output = protocol_check(&["rules", "--council", "bolsover"]);
    assert!(output.status.success());
    let text = flat(&stdout(&output));
    assert!(text.contains("5.4.7 (may not ask) (1)"));
    assert!(text.contains("To exclude any option contained in the draft report"));
    assert!(text.contains("Documents: members' access to information"));
    assert!(text.contains("Mere curiosity is not sufficient."));
}

#[test]
fn rules_json_is_the_protocol_as_data() {
    let output = protocol_check(&["rules", "--council", "broxtowe", "--format", "json"]);
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["council"]["id"], "broxtowe");
    assert!(json["report_rules"].as_array().unwrap().len() > 5);
}

/// The example the README runs: correct cited verdicts for every council, in input order.
#[test]
fn example_requests_give_cited_verdicts_for_every_council() {
    let expected_second = [
        ("bolsover", "not_permitted", "5.4.7 (may not ask) (1)"),
        ("manchester", "officer_judgement", "4.2"),
        ("west-lindsey", "officer_judgement", "6.4"),
        ("tower-hamlets", "officer_judgement", "6.1"),
        ("broxtowe", "officer_judgement", "2.5"),
    ];
    for (council, verdict, paragraph) in expected_second {
        let output = protocol_check(&[
            "consult",
            "--council",
            council,
            "--requests",
            "examples/requests.json",
            "--format",
            "json",
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(json["council"], council);
        let findings = json["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 11);
        // Input order is kept: the second request is "drop Option C".
        assert_eq!(findings[1]["request"]["paragraph"], "4.3");
        assert_eq!(findings[1]["verdict"], verdict, "{council}");
        assert_eq!(findings[1]["rules"][0]["paragraph"], paragraph, "{council}");
        for finding in findings {
            assert!(!finding["rules"].as_array().unwrap().is_empty());
            assert!(!finding["reason"].as_str().unwrap().is_empty());
            assert!(!finding["escalation"]["route"].as_str().unwrap().is_empty());
        }
        // Removing the key decision statement is forbidden everywhere it is addressed.
        assert_eq!(findings[6]["verdict"], "not_permitted", "{council}");
    }
}

#[test]
fn text_output_shows_verdict_reason_quote_and_escalation() {
    let output = protocol_check(&[
        "consult",
        "--council",
        "tower-hamlets",
        "--requests",
        "examples/requests.json",
    ]);
    assert!(output.status.success());
    let text = flat(&stdout(&output));
    assert!(text.contains("NOT PERMITTED"));
    assert!(text.contains("Reason:"));
    assert!(text.contains("as they see fit and without any political pressure"));
    assert!(text.contains("Escalate:"));
}

#[test]
fn unknown_council_exits_2_and_lists_the_known_ones() {
    let output = protocol_check(&["rules", "--council", "narnia"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("unknown council \"narnia\""), "{message}");
    assert!(message.contains("west-lindsey"), "{message}");
}

#[test]
fn unknown_action_names_the_line_and_the_allowed_actions() {
    let path = temp_file(
        "bad-action.json",
        br#"[
  {"action": "drop", "target": "option"}
]"#,
    );
    let output = protocol_check(&[
        "consult",
        "--council",
        "bolsover",
        "--requests",
        path.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("line 2"), "{message}");
    assert!(message.contains("unknown action \"drop\""), "{message}");
    assert!(message.contains("fix_typo"), "{message}");
}

#[test]
fn malformed_json_and_binary_files_are_clear_errors() {
    let cases: [(&str, &[u8], &str); 3] = [
        ("truncated.json", b"[{\"action\": \"include\",", "line 1"),
        ("binary.json", &[0xff, 0xfe, 0x00, 0x01], "not UTF-8 text"),
        (
            "misspelt.json",
            br#"[{"acton": "include", "target": "option"}]"#,
            "unknown field",
        ),
    ];
    for (name, contents, expected) in cases {
        let path = temp_file(name, contents);
        let output = protocol_check(&[
            "consult",
            "--council",
            "bolsover",
            "--requests",
            path.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let message = stderr(&output);
        assert!(message.contains(expected), "{name}: {message}");
        assert!(!message.contains("panicked"), "{name}: {message}");
    }
}

#[test]
fn missing_file_is_named() {
    let output = protocol_check(&[
        "consult",
        "--council",
        "bolsover",
        "--requests",
        "no/such/file.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no/such/file.json"));
}
