//! Small GOV.UK building blocks shared by the screens: labelled selects and radios over core
//! vocabularies (so every picker lists exactly the names core accepts), text inputs, checkboxes,
//! summary-list rows, quotations and bullet lists.
//!
//! Each block is one non-generic function that takes its content as data, written once: every
//! element an `html!` tree spells out costs code in the wasm, so a screen builds its repeated
//! structures by calling these rather than writing the markup again. The generic wrappers over
//! a vocabulary only turn its values into `(name, label)` pairs.

use protocol_check::{Answer, Vocabulary};
use yew::prelude::*;

/// One choice of a select or radio group: the value sent (a contract name) and its label.
pub type Choice = (&'static str, &'static str);

/// Every value of `T` as a choice, in declaration order.
pub fn choices<T: Vocabulary>() -> Vec<Choice> {
    T::ALL.iter().map(|v| (v.name(), v.label())).collect()
}

/// A labelled `<select>`; `first` is an extra first option with the value "" ("Choose"), for a
/// value not given yet. Sends the chosen value.
#[inline(never)]
pub fn select(
    id: &str,
    label: &str,
    first: Option<&'static str>,
    options: Vec<Choice>,
    selected: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = on_change.reform(|event: Event| {
        event
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    html! {
        <div class="govuk-form-group pc-inline-group">
            <label class="govuk-label" for={id.to_string()}>{ label }</label>
            <select class="govuk-select" id={id.to_string()} {onchange}>
                if let Some(first) = first {
                    <option value="" selected={selected.is_empty()}>{ first }</option>
                }
                { for options.into_iter().map(|(name, label)| html! {
                    <option value={name} selected={name == selected}>{ label }</option>
                }) }
            </select>
        </div>
    }
}

/// A labelled `<select>` of every value of `T`, showing labels and sending the chosen value.
pub fn vocab_select<T: Vocabulary>(
    id: &str,
    label: &str,
    value: T,
    on_change: Callback<T>,
) -> Html {
    let on_name = Callback::from(move |name: String| {
        if let Ok(value) = T::parse(&name) {
            on_change.emit(value);
        }
    });
    select(id, label, None, choices::<T>(), value.name(), on_name)
}

/// Like [`vocab_select`] with a first "Choose" option, for a value not given yet; sends the
/// contract name, or `None` for "Choose".
pub fn optional_select<T: Vocabulary>(
    id: &str,
    label: &str,
    value: Option<T>,
    on_change: Callback<Option<&'static str>>,
) -> Html {
    let on_name = on_change.reform(|name: String| T::parse(&name).ok().map(|v| v.name()));
    let selected = value.map_or("", |v| v.name());
    select(id, label, Some("Choose"), choices::<T>(), selected, on_name)
}

/// A GOV.UK radio group: a fieldset whose legend asks the question, one radio per choice (ids
/// `{name}-{value}`), sending the value chosen. `inline` lays the radios side by side, for short
/// answers; otherwise the group stands as a form group of its own.
#[inline(never)]
pub fn radios(
    name: &str,
    legend: &str,
    inline: bool,
    choices: &[Choice],
    checked: &str,
    on_choose: Callback<&'static str>,
) -> Html {
    let fieldset = html! {
        <fieldset class={if inline { "govuk-fieldset pc-question" } else { "govuk-fieldset" }}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ legend }</legend>
            <div class={if inline { "govuk-radios govuk-radios--inline" } else { "govuk-radios" }}>
                { for choices.iter().map(|&(value, label)| {
                    let id = format!("{name}-{value}");
                    let on_choose = on_choose.clone();
                    html! {
                        <div class="govuk-radios__item">
                            <input class="govuk-radios__input" type="radio" id={id.clone()} name={name.to_string()}
                                {value} checked={value == checked}
                                onchange={Callback::from(move |_: Event| on_choose.emit(value))} />
                            <label class="govuk-label govuk-radios__label" for={id}>{ label }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    };
    if inline {
        fieldset
    } else {
        html! { <div class="govuk-form-group">{ fieldset }</div> }
    }
}

/// Yes / No / Not sure yet, as inline radios named `name`.
pub fn answer_radios(
    name: &str,
    legend: &str,
    current: Answer,
    on_answer: Callback<Answer>,
) -> Html {
    const ANSWERS: [Choice; 3] = [("yes", "Yes"), ("no", "No"), ("unknown", "Not sure yet")];
    let on_choose = on_answer.reform(|name: &'static str| Answer::parse(name).unwrap_or_default());
    radios(name, legend, true, &ANSWERS, current.name(), on_choose)
}

/// A labelled one-line text input sending its text as typed.
#[inline(never)]
pub fn text_input(id: &str, label: &str, value: &str, on_text: Callback<String>) -> Html {
    html! {
        <div class="govuk-form-group">
            <label class="govuk-label" for={id.to_string()}>{ label }</label>
            <input class="govuk-input" id={id.to_string()} type="text" autocomplete="off"
                value={value.to_string()} oninput={on_text.reform(text_of)} />
        </div>
    }
}

/// A checkbox with its label; wrap several in a `govuk-checkboxes` element.
#[inline(never)]
pub fn checkbox(id: &str, label: &str, checked: bool, on_check: Callback<bool>) -> Html {
    let onchange = on_check.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    html! {
        <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" type="checkbox" id={id.to_string()} {checked} {onchange} />
            <label class="govuk-label govuk-checkboxes__label" for={id.to_string()}>{ label }</label>
        </div>
    }
}

/// One row of a GOV.UK summary list (`<dl class="govuk-summary-list">`).
#[inline(never)]
pub fn row(key: &str, value: Html) -> Html {
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ key }</dt>
            <dd class="govuk-summary-list__value">{ value }</dd>
        </div>
    }
}

/// A quotation from a protocol, with where it comes from.
#[inline(never)]
pub fn quote(source: String, words: &str) -> Html {
    html! {
        <figure class="pc-quote">
            <figcaption class="pc-quote__source">{ source }</figcaption>
            <blockquote class="pc-quote__text"><p>{ format!("\u{201c}{words}\u{201d}") }</p></blockquote>
        </figure>
    }
}

/// A bulleted list of texts.
#[inline(never)]
pub fn bullets(items: Vec<String>) -> Html {
    html! {
        <ul class="govuk-list govuk-list--bullet">
            { for items.into_iter().map(|item| html! { <li>{ item }</li> }) }
        </ul>
    }
}

/// The text of the input or textarea an input event came from.
pub fn text_of(event: InputEvent) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}
