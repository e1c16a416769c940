//! Small GOV.UK form helpers shared by the screens: a labelled select over a core vocabulary,
//! so every picker lists exactly the names core accepts.

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
