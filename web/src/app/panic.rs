//! What the officer sees if the app itself fails: a GOV.UK error summary above the app saying
//! the work is saved and how to carry on, instead of a page that silently stops responding.
//!
//! Written with plain DOM calls, because after a panic the Yew runtime cannot be trusted to
//! render. The autosave has already stored the last change, so nothing typed is lost.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

thread_local! {
    /// The element the app is mounted in; the summary goes just before it.
    static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

pub const SUMMARY_ID: &str = "protocol-check-fatal-error";

/// Installs the hook (once per page) and remembers where the app is.
pub fn install(root: &web_sys::Element) {
    ROOT.with(|r| *r.borrow_mut() = Some(root.clone()));
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show(&info.to_string());
    }));
}

/// Shows the error summary, naming the internal error so it can be reported.
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(SUMMARY_ID).is_some() {
        return;
    }
    let element = |tag: &str, class: &str, text: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(Some(text));
        Some(e)
    };
    let Some(summary) = element("div", "govuk-error-summary", "") else {
        return;
    };
    summary.set_id(SUMMARY_ID);
    let _ = summary.set_attribute("role", "alert");
    let _ = summary.set_attribute("tabindex", "-1");
    let parts = [
        element("h2", "govuk-error-summary__title", "Something went wrong in protocol-check"),
        element(
            "p",
            "govuk-body",
            "The tool stopped because of an internal error. Your work up to your last change is saved in this browser: reload the page to carry on.",
        ),
        element("p", "govuk-body pc-error-detail", &format!("Details for a bug report: {detail}")),
    ];
    for part in parts.into_iter().flatten() {
        let _ = summary.append_child(&part);
    }
    let root = ROOT.with(|r| r.borrow().clone());
    match root.as_ref().and_then(|r| r.parent_node().map(|p| (p, r))) {
        Some((parent, root)) => {
            let _ = parent.insert_before(&summary, Some(root));
        }
        None => {
            if let Some(body) = document.body() {
                let _ = body.prepend_with_node_1(&summary);
            }
        }
    }
    if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
        let _ = summary.focus();
    }
}
