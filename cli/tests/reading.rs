//! The CLI reading reports and Members' words: `outline`, `consult --report` with requests in
//! plain text, and `consult --revised`.

mod support;

use std::process::Output;

use support::{json, protocol_check, stderr, stdout, temp_file};

const REPORT: &str = "tests/golden/reports/bolsover-depot/draft.txt";
const REVISED: &str = "tests/golden/reports/bolsover-depot/revised.txt";

/// `consult --council bolsover` with more arguments.
fn consult(more: &[&str]) -> Output {
    let mut args = vec!["consult", "--council", "bolsover"];
    args.extend_from_slice(more);
    protocol_check(&args)
}

#[test]
fn outline_shows_section_kinds_and_paragraph_targets() {
    let text = stdout(&protocol_check(&["outline", "--report", REPORT]));
    assert!(text.contains("4. OPTIONS CONSIDERED AND REJECTED — options"));
    assert!(text.contains("8. LEGAL IMPLICATIONS — legal_implications"));
    let outline = json(&protocol_check(&[
        "outline", "--report", REPORT, "--format", "json",
    ]));
    let sections = outline["sections"].as_array().unwrap();
    let key_decision = sections
        .iter()
        .find(|s| s["kind"] == "key_decision")
        .unwrap();
    assert_eq!(
        key_decision["paragraphs"][0]["targets"][0]["value"],
        "statutory_statement"
    );
}

#[test]
fn requests_in_words_are_judged_in_order_with_their_reading() {
    let requests = temp_file(
        "requests.txt",
        "# from the Member's e-mail\n\nCan you drop option C and take out 9.1?\nPlease double-check the £95,000 saving\nCan you make it punchier?\n"
            .as_bytes(),
    );
    let requests = requests.to_str().unwrap();
    let output = consult(&[
        "--report",
        REPORT,
        "--requests",
        requests,
        "--format",
        "json",
    ]);
    let findings = json(&output)["findings"].as_array().unwrap().clone();
    let verdicts: Vec<&str> = findings
        .iter()
        .map(|f| f["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(
        verdicts,
        ["not_permitted", "not_permitted", "permitted", "unclear"]
    );
    assert_eq!(findings[0]["interpretation"]["line"], 3);
    assert_eq!(findings[0]["interpretation"]["paragraphs"][0], "4.3");
    assert_eq!(findings[1]["request"]["paragraph"], "9.1");
    assert!(findings[3]["request"].is_null());
    assert_eq!(
        findings[3]["interpretation"]["missing"][0]["part"],
        "action"
    );

    let text = stdout(&consult(&["--report", REPORT, "--requests", requests]));
    assert!(
        text.contains("Action: exclude (from \"take out\")"),
        "{text}"
    );
    assert!(text.contains("UNCLEAR"));
}

#[test]
fn a_revised_copy_gives_one_finding_per_change_with_its_diff() {
    let output = consult(&["--report", REPORT, "--revised", REVISED, "--format", "json"]);
    let findings = json(&output)["findings"].as_array().unwrap().clone();
    assert_eq!(findings.len(), 9);
    let key_decision = findings
        .iter()
        .find(|f| f["interpretation"]["change"]["draft"]["paragraph"] == "9.1")
        .unwrap();
    assert_eq!(key_decision["verdict"], "not_permitted");
    let diff = key_decision["interpretation"]["change"]["diff"]
        .as_array()
        .unwrap();
    assert!(diff
        .iter()
        .any(|piece| piece["op"] == "inserted" && piece["text"] == "not"));
}

#[test]
fn the_officer_can_correct_a_section_kind() {
    let requests = temp_file("contact.txt", b"Please simplify 10.1\n");
    let requests = requests.to_str().unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "--report",
            REPORT,
            "--requests",
            requests,
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        json(&consult(&args))["findings"][0]["verdict"].clone()
    };
    assert_eq!(run(&[]), "officer_judgement");
    assert_eq!(run(&["--section-kind", "10=background"]), "permitted");
}

#[test]
fn bad_input_is_named() {
    let binary = temp_file("report.bin", b"PK\x03\x04\x00\x00binary");
    let requests = temp_file("one.txt", b"Take out 9.1\n");
    let requests = requests.to_str().unwrap();
    let cases: [(&[&str], &str); 4] = [
        (
            &["--report", binary.to_str().unwrap(), "--requests", requests],
            "report.bin: the report is not plain text",
        ),
        (&["--revised", REVISED], "--report"),
        (
            &[
                "--report",
                REPORT,
                "--requests",
                requests,
                "--section-kind",
                "3=nonsense",
            ],
            "unknown section kind \"nonsense\"",
        ),
        (
            &[
                "--report",
                REPORT,
                "--requests",
                requests,
                "--section-kind",
                "99=options",
            ],
            "section 99 is not in the outline",
        ),
    ];
    for (args, message) in cases {
        let output = consult(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}
