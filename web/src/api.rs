//! The JS API of the npm package: plain functions over core, taking and returning the objects
//! of the CLI's JSON contract (same field names, same verdict words, findings in input order).
//!
//! Every function returns `Result<_, JsError>`, so a bad input reaches JS as a thrown `Error`
//! with a message naming what is wrong, never as a wasm trap. The TypeScript declarations of the
//! objects live in `api.d.ts`, spliced into the package's `.d.ts`.

use protocol_check::{councils, evaluate, ChangeRequest, Finding};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::app::state::Panel;
use crate::app::{panic, storage, App, AppProps};
use crate::json::{from_js, to_js};

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

/// Input of [`check_requests`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequestsInput {
    council: String,
    #[serde(default)]
    report: Option<String>,
    requests: Vec<serde_json::Value>,
}

/// The result of a check, as `protocol-check consult --format json`.
#[derive(Serialize)]
pub struct CheckOutput<'a> {
    pub council: &'a str,
    pub findings: Vec<Finding>,
}

/// Checks a Member's change requests; one finding per request, in input order.
#[wasm_bindgen(js_name = checkRequests, unchecked_return_type = "CheckResult")]
pub fn check_requests(
    #[wasm_bindgen(unchecked_param_type = "CheckRequestsInput")] input: JsValue,
) -> Result<JsValue, JsError> {
    let input: CheckRequestsInput = from_js(&input, "checkRequests input")?;
    let protocol = find_council(&input.council)?;
    if let Some(report) = &input.report {
        crate::limits::check_text("report", report).map_err(|e| JsError::new(&e))?;
    }
    let requests = input
        .requests
        .into_iter()
        .enumerate()
        .map(|(i, value)| structured_request(i, value))
        .collect::<Result<Vec<_>, _>>()?;
    let findings = requests.iter().map(|r| evaluate(protocol, r)).collect();
    to_js(&CheckOutput {
        council: &protocol.council.id,
        findings,
    })
}

fn structured_request(index: usize, value: serde_json::Value) -> Result<ChangeRequest, JsError> {
    if value.is_string() {
        return Err(JsError::new(&format!(
            "requests[{index}]: free-text requests are not understood by this version yet; give {{action, target}} objects"
        )));
    }
    serde_json::from_value(value).map_err(|e| JsError::new(&format!("requests[{index}]: {e}")))
}

/// Findings as the text of `protocol-check consult --format json`, for the JSON download.
pub fn findings_json(council: &str, findings: &[Finding]) -> String {
    let output = CheckOutput {
        council,
        findings: findings.to_vec(),
    };
    let mut json = serde_json::to_string_pretty(&output).unwrap_or_default();
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
/// browser with the app already rendered in it then shows the app once, not twice.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MountOptions | undefined")] options: JsValue,
) -> Result<Mounted, JsError> {
    let element: web_sys::Element = element.dyn_into().map_err(|value| {
        JsError::new(&format!(
            "mount: the first argument must be a DOM element (got {value:?})"
        ))
    })?;
    let options: MountOptions = if options.is_undefined() || options.is_null() {
        MountOptions::default()
    } else {
        from_js(&options, "mount options")?
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
