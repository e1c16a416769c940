//! The JS API of the npm package: plain functions over core, taking and returning the objects
//! of the CLI's JSON contract (same field names, same verdict words, findings in input order).
//!
//! Every function returns `Result<_, JsError>`, so a bad input reaches JS as a thrown `Error`
//! with a message naming what is wrong, never as a wasm trap. The TypeScript declarations of the
//! objects live in `api.d.ts`, spliced into the package's `.d.ts`.

use std::collections::BTreeMap;

use protocol_check::access::{self, AccessQuestion, AccessRequest, Document, Member, Purpose};
use protocol_check::consult::AnswersFor;
use protocol_check::text::{Outline, SectionOverride};
use protocol_check::{
    check_requests as check_words, check_revision as revision, councils, evaluate, Answer,
    ChangeRequest, Finding, ReportKind, Requester, Settings,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::app::state::Panel;
use crate::app::{panic, storage, App, AppProps};
use serde_json::value::RawValue;

use crate::json::{from_js, to_js};
use crate::limits;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("api.d.ts");

/// The built-in councils, as `protocol-check councils --format json`.
#[wasm_bindgen(unchecked_return_type = "CouncilInfo[]")]
pub fn councils() -> Result<JsValue, JsError> {
    let list: Vec<_> = councils::built_in().iter().map(|p| &p.council).collect();
    to_js(&list)
}

/// A council's whole protocol as data, as `protocol-check rules --council ID --format json`.
#[wasm_bindgen(unchecked_return_type = "Protocol")]
pub fn rules(council: &str) -> Result<JsValue, JsError> {
    to_js(find_council(council)?)
}

/// The officer's settings for requests in words and revisions, as in the CLI: who asks, the
/// kind of report, corrections of the outline's section kinds (`[{section, kind}]`) and the
/// officer's answers (`[{words, answers}]`, read by [`answers`]).
fn settings(
    requester: Requester,
    report_kind: ReportKind,
    overrides: &[SectionOverride],
    answers: Vec<AnswersFor>,
) -> Settings {
    Settings {
        requester,
        report_kind,
        section_kinds: overrides.to_vec(),
        answers,
    }
}

/// Reads the officer's answers, `[{words, answers: {question: "yes" | "no" | "unknown"}}]`, one
/// entry at a time so an error names the entry (`answers[1]: unknown answer "maybe"; ...`).
/// The same words twice is an error: which answers would count would be a guess.
fn answers(raw: &[Box<RawValue>]) -> Result<Vec<AnswersFor>, JsError> {
    let mut answers: Vec<AnswersFor> = Vec::new();
    for (i, entry) in raw.iter().enumerate() {
        let entry: AnswersFor = serde_json::from_str(entry.get())
            .map_err(|e| JsError::new(&format!("answers[{i}]: {e}")))?;
        if answers.iter().any(|a| a.words == entry.words) {
            return Err(JsError::new(&format!(
                "answers[{i}]: the words {:?} already have answers; give each request's answers once",
                entry.words
            )));
        }
        answers.push(entry);
    }
    Ok(answers)
}

/// Input of [`check_requests`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct CheckRequestsInput {
    council: String,
    #[serde(default)]
    report: Option<String>,
    /// Kept as raw JSON until it is known whether each is words or a structured request: one
    /// deserializer per type keeps the wasm small.
    requests: Vec<Box<RawValue>>,
    #[serde(default)]
    requester: Requester,
    #[serde(default)]
    report_kind: ReportKind,
    #[serde(default)]
    overrides: Vec<SectionOverride>,
    /// The officer's answers for requests in words, read by [`answers`].
    #[serde(default)]
    answers: Vec<Box<RawValue>>,
}

/// The result of a check, as `protocol-check consult --format json`.
#[derive(Serialize)]
pub struct CheckOutput<'a> {
    pub council: &'a str,
    pub findings: Vec<Finding>,
}

/// Checks a Member's change requests: each entry the Member's words (one or more requests,
/// read against the report's outline when a report is given) or a structured request. Findings
/// are in input order; one entry in words may give several. `answers` settle the questions
/// findings ask, keyed by a finding's `interpretation.words`: every reading of those words is
/// judged with them and the strictest verdict still stands (a structured request carries its own
/// `answers`).
#[wasm_bindgen(js_name = checkRequests, unchecked_return_type = "CheckResult")]
pub fn check_requests(
    #[wasm_bindgen(unchecked_param_type = "CheckRequestsInput")] input: JsValue,
) -> Result<JsValue, JsError> {
    let input: CheckRequestsInput = from_js(&input, "checkRequests input")?;
    let protocol = find_council(&input.council)?;
    let outline = match &input.report {
        Some(report) => Some(parse_report("report", report)?),
        None => None,
    };
    let answers = answers(&input.answers)?;
    let settings = settings(
        input.requester,
        input.report_kind,
        &input.overrides,
        answers,
    );
    let mut findings = Vec::new();
    for (i, raw) in input.requests.iter().enumerate() {
        let raw = raw.get();
        let words = raw
            .trim_start()
            .starts_with('"')
            .then(|| serde_json::from_str::<String>(raw))
            .transpose()
            .map_err(|e| JsError::new(&format!("requests[{i}]: {e}")))?;
        match words {
            Some(words) => {
                limits::check_text(&format!("requests[{i}]"), &words)
                    .map_err(|e| JsError::new(&e))?;
                findings.extend(
                    check_words(protocol, outline.as_ref(), &words, &settings)
                        .map_err(|e| JsError::new(&format!("requests[{i}]: {e}")))?,
                );
            }
            None => {
                let request: ChangeRequest = serde_json::from_str(raw)
                    .map_err(|e| JsError::new(&format!("requests[{i}]: {e}")))?;
                findings.push(evaluate(protocol, &request));
            }
        }
    }
    to_js(&CheckOutput {
        council: &protocol.council.id,
        findings,
    })
}

/// Input of [`check_revision`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct CheckRevisionInput {
    council: String,
    draft: String,
    revised: String,
    #[serde(default)]
    requester: Requester,
    #[serde(default)]
    report_kind: ReportKind,
    #[serde(default)]
    overrides: Vec<SectionOverride>,
    #[serde(default)]
    answers: Vec<Box<RawValue>>,
}

/// Checks every change between the draft and the Member's revised copy: one finding per
/// paragraph deleted, inserted, moved or edited, in the order of the draft. `answers` as for
/// [`check_requests`], keyed by each change's `interpretation.words`.
#[wasm_bindgen(js_name = checkRevision, unchecked_return_type = "CheckResult")]
pub fn check_revision(
    #[wasm_bindgen(unchecked_param_type = "CheckRevisionInput")] input: JsValue,
) -> Result<JsValue, JsError> {
    let input: CheckRevisionInput = from_js(&input, "checkRevision input")?;
    let protocol = find_council(&input.council)?;
    limits::check_text("draft", &input.draft).map_err(|e| JsError::new(&e))?;
    limits::check_text("revised", &input.revised).map_err(|e| JsError::new(&e))?;
    let answers = answers(&input.answers)?;
    let settings = settings(
        input.requester,
        input.report_kind,
        &input.overrides,
        answers,
    );
    let findings = revision(protocol, &input.draft, &input.revised, &settings)
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&CheckOutput {
        council: &protocol.council.id,
        findings,
    })
}

/// A report's outline: its sections with their kinds, and numbered paragraphs, as
/// `protocol-check outline --format json`.
#[wasm_bindgen(unchecked_return_type = "Outline")]
pub fn outline(report_text: &str) -> Result<JsValue, JsError> {
    to_js(&parse_report("report", report_text)?)
}

fn parse_report(name: &str, text: &str) -> Result<Outline, JsError> {
    limits::check_text(name, text).map_err(|e| JsError::new(&e))?;
    Outline::parse(text).map_err(|e| JsError::new(&format!("{name}: {e}")))
}

/// Input of [`check_access`]: a council and the request, as `protocol-check access` reads it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckAccessInput {
    council: String,
    member: Member,
    document: Document,
    #[serde(default)]
    purpose: Purpose,
    #[serde(default)]
    answers: BTreeMap<AccessQuestion, Answer>,
}

/// May a councillor inspect a document? The outcome, who decides, the dispute route,
/// conditions, citations and written reasons.
#[wasm_bindgen(js_name = checkAccess, unchecked_return_type = "AccessFinding")]
pub fn check_access(
    #[wasm_bindgen(unchecked_param_type = "CheckAccessInput")] input: JsValue,
) -> Result<JsValue, JsError> {
    let input: CheckAccessInput = from_js(&input, "checkAccess input")?;
    let protocol = find_council(&input.council)?;
    let request = AccessRequest {
        member: input.member,
        document: input.document,
        purpose: input.purpose,
        answers: input.answers,
    };
    let finding = access::evaluate(protocol, &request)
        .map_err(|e| JsError::new(&format!("checkAccess input: {e}")))?;
    to_js(&finding)
}

/// Findings as the text of `protocol-check consult --format json`, for the JSON download
/// (indented by the browser's `JSON.stringify`, which costs no wasm).
pub fn findings_json(council: &str, findings: &[Finding]) -> String {
    let output = CheckOutput {
        council,
        findings: findings.to_vec(),
    };
    let indented = to_js(&output).ok().and_then(|value| {
        js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
            .ok()?
            .as_string()
    });
    let mut json = indented.unwrap_or_default();
    json.push('\n');
    json
}

pub(crate) fn find_council(id: &str) -> Result<&'static protocol_check::Protocol, JsError> {
    councils::find(id).map_err(|e| JsError::new(&e.to_string()))
}

/// Options of [`mount`].
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct MountOptions {
    panel: Option<String>,
    council: Option<String>,
    storage_key: Option<String>,
}

/// A mounted app; `unmount()` removes it.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Mounts the app (or one panel) into `element`, which is emptied first: a page saved from the
/// browser with the app already rendered in it then shows the app once, not twice. (Its
/// TypeScript is in `api.d.ts`, where `options` can be optional.)
#[wasm_bindgen(skip_typescript)]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: Option<JsValue>,
) -> Result<Mounted, JsError> {
    let element: web_sys::Element = element.dyn_into().map_err(|value| {
        JsError::new(&format!(
            "mount: the first argument must be a DOM element (got {value:?})"
        ))
    })?;
    let options: MountOptions = match options {
        Some(options) if !options.is_undefined() && !options.is_null() => {
            from_js(&options, "mount options")?
        }
        _ => MountOptions::default(),
    };
    let only = match options.panel.as_deref() {
        None => None,
        Some(name) => Some(Panel::parse(name).ok_or_else(|| {
            let names: Vec<&str> = Panel::ALL.iter().map(|p| p.name()).collect();
            JsError::new(&format!(
                "mount options: unknown panel {name:?}; expected one of: {}",
                names.join(", ")
            ))
        })?),
    };
    if let Some(council) = &options.council {
        find_council(council)?;
    }
    while let Some(child) = element.first_child() {
        element
            .remove_child(&child)
            .map_err(|_| JsError::new("mount: cannot empty the element"))?;
    }
    panic::install(&element);
    let props = AppProps {
        storage_key: options
            .storage_key
            .unwrap_or_else(|| storage::DEFAULT_KEY.to_string())
            .into(),
        only,
        council: options.council.map(Into::into),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(element, props).render();
    Ok(Mounted {
        handle: Some(handle),
    })
}
