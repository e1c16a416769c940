//! Small GOV.UK form helpers shared by the screens: labelled selects over core vocabularies, so
//! every picker lists exactly the names core accepts.

use protocol_check::Vocabulary;
use yew::prelude::*;

/// A labelled `<select>` of every value of `T`, showing labels and sending the chosen value.
pub fn vocab_select<T: Vocabulary>(
    id: &str,
    label: &str,
    value: T,
    on_change: Callback<T>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        if let Ok(value) = T::parse(&select.value()) {
            on_change.emit(value);
        }
    });
    html! {
        <div class="govuk-form-group pc-inline-group">
            <label class="govuk-label" for={id.to_string()}>{ label }</label>
            <select class="govuk-select" id={id.to_string()} {onchange}>
                { for T::ALL.iter().map(|v| html! {
                    <option value={v.name()} selected={*v == value}>{ v.label() }</option>
                }) }
            </select>
        </div>
    }
}

/// Like [`vocab_select`] with a first "Choose" option, for a value not given yet; sends the
/// contract name, or `None` for "Choose".
pub fn optional_select<T: Vocabulary>(
    id: &str,
    label: &str,
    value: Option<T>,
    on_change: Callback<Option<&'static str>>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        on_change.emit(T::parse(&select.value()).ok().map(|v| v.name()));
    });
    html! {
        <div class="govuk-form-group pc-inline-group">
            <label class="govuk-label" for={id.to_string()}>{ label }</label>
            <select class="govuk-select" id={id.to_string()} {onchange}>
                <option value="" selected={value.is_none()}>{ "Choose" }</option>
                { for T::ALL.iter().map(|v| html! {
                    <option value={v.name()} selected={Some(*v) == value}>{ v.label() }</option>
                }) }
            </select>
        </div>
    }
}

/// The text of the input or textarea an input event came from.
pub fn text_of(event: InputEvent) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}
