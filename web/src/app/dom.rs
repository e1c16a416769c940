//! The few browser services the app uses beyond rendering: copying, downloading, printing,
//! reading a chosen file. Each reports failure as a message for the error summary.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::limits;

fn window() -> Result<web_sys::Window, String> {
    web_sys::window().ok_or_else(|| "no browser window".to_string())
}

/// A button's `onclick` that copies `text` and says so, or shows why it could not.
pub fn copy_button(
    dispatcher: yew::UseReducerDispatcher<super::state::State>,
    text: String,
    done: &'static str,
) -> yew::Callback<web_sys::MouseEvent> {
    yew::Callback::from(move |_| {
        let (text, dispatcher) = (text.clone(), dispatcher.clone());
        wasm_bindgen_futures::spawn_local(async move {
            dispatcher.dispatch(match copy(text).await {
                Ok(()) => super::state::Msg::Status(done.into()),
                Err(message) => super::state::Msg::Error(message),
            });
        });
    })
}

/// Copies text to the clipboard.
pub async fn copy(text: String) -> Result<(), String> {
    let clipboard = window()?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(&text))
        .await
        .map(|_| ())
        .map_err(|_| {
            "The browser did not allow copying. Select the text and press Ctrl+C.".to_string()
        })
}

/// Offers text as a file download; nothing leaves the browser (a `blob:` URL is local).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_: JsValue| format!("Could not prepare {file_name} for download.");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = window()?.document().ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

pub fn print() -> Result<(), String> {
    window()?
        .print()
        .map_err(|_| "The browser did not allow printing.".to_string())
}

/// Reads the first file chosen in a file input as text, refusing binary, non-UTF-8 and
/// oversized files with a message that names the file.
pub async fn read_text_file(input: web_sys::HtmlInputElement) -> Result<Option<String>, String> {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return Ok(None);
    };
    let name = file.name();
    if file.size() > limits::MAX_TEXT_BYTES as f64 {
        return limits::check_file(&name, &vec![b' '; limits::MAX_TEXT_BYTES + 1]).map(Some);
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("{name} could not be read."))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    limits::check_file(&name, &bytes).map(Some)
}

/// Today's date for the printed record ("22 November 2026"); the clock lives here, not in core.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!(
        "{} {} {}",
        date.get_date(),
        MONTHS[date.get_month() as usize % 12],
        date.get_full_year()
    )
}

/// Marks the first render, for the first-render budget measured by the end-to-end tests.
pub fn mark_rendered() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("protocol-check:first-render");
    }
}
