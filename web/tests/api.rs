//! The JS API in a real browser (headless Chromium, via wasm-bindgen-test-runner): the objects
//! JS receives, the errors it catches, and `mount`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use protocol_check_web::api;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON parses")
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |v, key| match key.parse::<u32>() {
            Ok(i) => Array::from(&v).get(i),
            Err(_) => Reflect::get(&v, &key.into()).unwrap(),
        })
}

/// The message of the `Error` JS would catch.
fn thrown(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    value
        .dyn_into::<js_sys::Error>()
        .expect("a JS Error")
        .message()
        .into()
}

#[wasm_bindgen_test]
fn councils_lists_the_five_with_ids_and_names() {
    let list = Array::from(&api::councils().unwrap());
    let ids: Vec<String> = list
        .iter()
        .map(|c| get(&c, "id").as_string().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "bolsover",
            "manchester",
            "west-lindsey",
            "tower-hamlets",
            "broxtowe"
        ]
    );
    assert_eq!(
        get(&list.get(0), "name").as_string().unwrap(),
        "Bolsover District Council"
    );
}

#[wasm_bindgen_test]
fn rules_returns_quoted_paragraphs() {
    let protocol = api::rules("Bolsover").unwrap();
    let rules = Array::from(&get(&protocol, "report_rules"));
    assert!(rules.length() > 5);
    let first = rules.get(0);
    assert!(!get(&first, "paragraph").as_string().unwrap().is_empty());
    assert!(!get(&first, "quote").as_string().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn check_requests_gives_findings_in_input_order_with_cli_field_names() {
    let result = api::check_requests(js(r#"{
        "council": "bolsover",
        "requests": [
            {"action": "exclude", "target": "statutory_statement", "text": "Take out 9.1"},
            {"action": "fix_typo", "target": "other_information"}
        ]}"#))
    .unwrap();
    assert_eq!(get(&result, "council").as_string().unwrap(), "bolsover");
    let findings = Array::from(&get(&result, "findings"));
    assert_eq!(findings.length(), 2);
    assert_eq!(
        get(&findings.get(0), "verdict").as_string().unwrap(),
        "not_permitted"
    );
    assert_eq!(
        get(&findings.get(0), "request.text").as_string().unwrap(),
        "Take out 9.1"
    );
    let quote = get(&findings.get(0), "rules.0.quote").as_string().unwrap();
    assert!(!quote.is_empty());
    assert_eq!(
        get(&findings.get(1), "verdict").as_string().unwrap(),
        "permitted"
    );
    assert!(get(&findings.get(1), "escalation.route").is_string());
}

#[wasm_bindgen_test]
fn bad_input_throws_an_error_naming_what_is_wrong() {
    let unknown = thrown(api::rules("Narnia").unwrap_err());
    assert!(unknown.contains("unknown council \"Narnia\""), "{unknown}");
    assert!(unknown.contains("west-lindsey"), "{unknown}");

    let bad_action = thrown(
        api::check_requests(js(
            r#"{"council": "bolsover", "requests": [{"action": "shred", "target": "option"}]}"#,
        ))
        .unwrap_err(),
    );
    assert!(
        bad_action.starts_with("requests[0]: unknown action \"shred\""),
        "{bad_action}"
    );

    let missing = thrown(api::check_requests(JsValue::UNDEFINED).unwrap_err());
    assert!(
        missing.contains("checkRequests input: missing"),
        "{missing}"
    );

    let unknown_field = thrown(
        api::check_requests(js(
            r#"{"council": "bolsover", "requests": [], "colour": "red"}"#,
        ))
        .unwrap_err(),
    );
    assert!(
        unknown_field.contains("unknown field `colour`"),
        "{unknown_field}"
    );
}

#[wasm_bindgen_test]
fn mount_empties_the_element_then_renders_the_app_once() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_inner_html("<p id=\"stale\">a saved copy of the app</p>");
    document.body().unwrap().append_child(&root).unwrap();
    let mut mounted = api::mount(
        root.clone().into(),
        Some(js(
            r#"{"council": "west-lindsey", "storageKey": "wasm-bindgen-test"}"#,
        )),
    )
    .unwrap();
    assert!(document.get_element_by_id("stale").is_none());
    mounted.unmount();

    let not_element = thrown(api::mount(JsValue::NULL, None).err().unwrap());
    assert!(
        not_element.contains("must be a DOM element"),
        "{not_element}"
    );
    let bad_panel = thrown(
        api::mount(root.into(), Some(js(r#"{"panel": "tea"}"#)))
            .err()
            .unwrap(),
    );
    assert!(bad_panel.contains("unknown panel \"tea\""), "{bad_panel}");
}

#[wasm_bindgen_test]
fn the_panic_report_is_an_error_summary_saying_the_work_is_saved() {
    protocol_check_web::app::panic::show("index out of bounds");
    let document = web_sys::window().unwrap().document().unwrap();
    let summary = document
        .get_element_by_id(protocol_check_web::app::panic::SUMMARY_ID)
        .expect("summary shown");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    let text = summary.text_content().unwrap();
    assert!(
        text.contains("Your work up to your last change is saved"),
        "{text}"
    );
    assert!(text.contains("index out of bounds"), "{text}");
}

const REPORT: &str = "2. RECOMMENDATIONS\n2.1 That Executive approves Option B.\n\n3. OPTIONS CONSIDERED\n3.1 Option A: retain the depot.\n3.2 Option B: sell the depot for £95,000.\n3.3 Option C: lease the depot.\n\n5. KEY DECISION\n5.1 This is a key decision.\n";

#[wasm_bindgen_test]
fn requests_in_words_and_structured_mix_in_input_order() {
    let input = js(&format!(
        r#"{{"council": "bolsover", "report": {}, "requests": ["Please drop Option C from section 3.", {{"action": "fix_typo", "target": "other_information"}}, "Make it nicer"]}}"#,
        JSON::stringify(&REPORT.into())
            .unwrap()
            .as_string()
            .unwrap()
    ));
    let findings = Array::from(&get(&api::check_requests(input).unwrap(), "findings"));
    let verdicts: Vec<String> = findings
        .iter()
        .map(|f| get(&f, "verdict").as_string().unwrap())
        .collect();
    assert_eq!(verdicts, ["not_permitted", "permitted", "unclear"]);
    assert_eq!(
        get(&findings.get(0), "interpretation.words")
            .as_string()
            .unwrap(),
        "Please drop Option C from section 3"
    );
    assert!(
        get(&findings.get(2), "request").is_null(),
        "an unclear finding has request: null"
    );
}

#[wasm_bindgen_test]
fn outline_and_revision() {
    let outline = api::outline(REPORT).unwrap();
    let kinds: Vec<String> = Array::from(&get(&outline, "sections"))
        .iter()
        .map(|s| get(&s, "kind").as_string().unwrap())
        .collect();
    assert_eq!(kinds, ["recommendations", "options", "key_decision"]);

    let revised = REPORT.replace("\n5.1 This is a key decision.", "");
    let input = js(&format!(
        r#"{{"council": "bolsover", "draft": {}, "revised": {}}}"#,
        JSON::stringify(&REPORT.into())
            .unwrap()
            .as_string()
            .unwrap(),
        JSON::stringify(&revised.as_str().into())
            .unwrap()
            .as_string()
            .unwrap()
    ));
    let findings = Array::from(&get(&api::check_revision(input).unwrap(), "findings"));
    assert_eq!(findings.length(), 1);
    assert_eq!(
        get(&findings.get(0), "verdict").as_string().unwrap(),
        "not_permitted"
    );
    assert_eq!(
        get(&findings.get(0), "interpretation.change.kind")
            .as_string()
            .unwrap(),
        "deleted"
    );

    let empty = thrown(api::outline("  \n ").unwrap_err());
    assert!(empty.starts_with("report: "), "{empty}");
}

#[wasm_bindgen_test]
fn check_access_answers_with_citations_and_refuses_invalid_requests() {
    let finding = api::check_access(js(
        r#"{"council": "tower-hamlets", "member": {"roles": [{"role": "backbench"}]},
            "document": {"kind": "agenda_or_report", "meeting": "council"}, "purpose": {"kind": "curiosity"}}"#,
    ))
    .unwrap();
    let outcome = get(&finding, "outcome").as_string().unwrap();
    assert_ne!(outcome, "need_to_know", "curiosity is never a need to know");
    assert!(Array::from(&get(&finding, "rules")).length() > 0);
    assert!(get(&finding, "written_reasons")
        .as_string()
        .unwrap()
        .starts_with("Dear"));

    let invalid = thrown(
        api::check_access(js(
            r#"{"council": "bolsover", "member": {}, "document": {"kind": "exempt_report", "meeting": "council", "exempt_paragraph": 9}}"#,
        ))
        .unwrap_err(),
    );
    assert!(invalid.contains("exempt_paragraph"), "{invalid}");
}

/// `checkRequests` with the officer's answers: the finding's own words key them, and every
/// reading is judged with them.
fn check_with_answers(request: &str, answers: &str) -> Result<JsValue, String> {
    let input = js(&format!(
        r#"{{"council": "bolsover", "report": {}, "requests": [{}], "answers": {answers}}}"#,
        JSON::stringify(&REPORT.into())
            .unwrap()
            .as_string()
            .unwrap(),
        JSON::stringify(&request.into())
            .unwrap()
            .as_string()
            .unwrap(),
    ));
    api::check_requests(input).map_err(thrown)
}

fn json_string(text: &str) -> String {
    JSON::stringify(&text.into()).unwrap().as_string().unwrap()
}

fn first_verdict(result: &JsValue) -> String {
    get(result, "findings.0.verdict").as_string().unwrap()
}

#[wasm_bindgen_test]
fn the_officers_answers_settle_a_findings_open_question() {
    // Bolsover 5.4.7: rewording a statement is allowed unless it alters its substance.
    let request = "Can you reword paragraph 5.1 to make it clearer?";
    let open = check_with_answers(request, "[]").unwrap();
    assert_eq!(first_verdict(&open), "officer_judgement");
    assert_eq!(
        get(&open, "findings.0.questions.0.id").as_string().unwrap(),
        "changes_substance"
    );
    let words = get(&open, "findings.0.interpretation.words")
        .as_string()
        .unwrap();
    let answered = |answer: &str| {
        check_with_answers(
            request,
            &format!(
                r#"[{{"words": {}, "answers": {{"changes_substance": "{answer}"}}}}]"#,
                json_string(&words)
            ),
        )
        .unwrap()
    };
    assert_eq!(first_verdict(&answered("no")), "permitted");
    assert_eq!(first_verdict(&answered("yes")), "not_permitted");
    assert_eq!(first_verdict(&answered("unknown")), "officer_judgement");

    // Answers for other words never reach this request.
    let elsewhere = check_with_answers(
        request,
        r#"[{"words": "Please drop Option C", "answers": {"changes_substance": "no"}}]"#,
    )
    .unwrap();
    assert_eq!(first_verdict(&elsewhere), "officer_judgement");
}

#[wasm_bindgen_test]
fn bad_answers_throw_an_error_naming_the_entry() {
    let request = "Can you reword paragraph 5.1 to make it clearer?";
    let bad_answer = check_with_answers(
        request,
        r#"[{"words": "x", "answers": {"changes_substance": "maybe"}}]"#,
    )
    .unwrap_err();
    assert!(
        bad_answer
            .starts_with("answers[0]: unknown answer \"maybe\"; expected one of: yes, no, unknown"),
        "{bad_answer}"
    );
    let bad_question = check_with_answers(
        request,
        r#"[{"words": "x", "answers": {}}, {"words": "y", "answers": {"colour": "no"}}]"#,
    )
    .unwrap_err();
    assert!(
        bad_question.starts_with("answers[1]: unknown question \"colour\""),
        "{bad_question}"
    );
    let twice = check_with_answers(
        request,
        r#"[{"words": "x", "answers": {}}, {"words": "x", "answers": {}}]"#,
    )
    .unwrap_err();
    assert!(twice.starts_with("answers[1]: the words \"x\""), "{twice}");
    let not_a_list = check_with_answers(request, r#"{"x": "no"}"#).unwrap_err();
    assert!(not_a_list.contains("checkRequests input"), "{not_a_list}");
}

#[wasm_bindgen_test]
fn check_revision_takes_answers_keyed_by_the_changes_words() {
    // Rewording the key-decision statement: a clarification that waits on its substance.
    let revised = REPORT.replace(
        "This is a key decision.",
        "This decision is a key decision.",
    );
    let input = |answers: &str| {
        js(&format!(
            r#"{{"council": "bolsover", "draft": {}, "revised": {}, "answers": {answers}}}"#,
            JSON::stringify(&REPORT.into())
                .unwrap()
                .as_string()
                .unwrap(),
            JSON::stringify(&revised.as_str().into())
                .unwrap()
                .as_string()
                .unwrap()
        ))
    };
    let open = api::check_revision(input("[]")).unwrap();
    let words = get(&open, "findings.0.interpretation.words")
        .as_string()
        .unwrap();
    assert_eq!(first_verdict(&open), "officer_judgement");
    assert_eq!(
        get(&open, "findings.0.questions.0.id").as_string().unwrap(),
        "changes_substance"
    );
    let answered = |answer: &str| {
        let answers = format!(
            r#"[{{"words": {}, "answers": {{"changes_substance": "{answer}"}}}}]"#,
            json_string(&words)
        );
        first_verdict(&api::check_revision(input(&answers)).unwrap())
    };
    assert_eq!(answered("no"), "permitted");
    assert_eq!(answered("yes"), "not_permitted");
    let bad = thrown(api::check_revision(input(r#"[{"words": 1}]"#)).unwrap_err());
    assert!(bad.starts_with("answers[0]: invalid type"), "{bad}");
}
