//! Moving values between JS and core types through JSON text.
//!
//! Going through `JSON.stringify`/`JSON.parse` and serde_json (rather than a direct JsValue
//! serializer) means the JS API returns byte-for-byte the objects the CLI prints with
//! `--format json`, and input errors carry serde_json's precise messages.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsError, JsValue};

/// Reads a JS value as `T`; `what` names the argument in the error ("checkRequests input").
pub fn from_js<T: DeserializeOwned>(value: &JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Err(JsError::new(&format!("{what}: missing (got {value:?})")));
    }
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| {
            JsError::new(&format!(
                "{what}: cannot be read as JSON (does it contain a function, a cycle or a BigInt?)"
            ))
        })?;
    serde_json::from_str(&text).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// Writes `value` as the plain JS object its JSON describes.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("cannot write the result: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("cannot write the result as JSON"))
}
