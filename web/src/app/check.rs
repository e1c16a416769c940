//! "Check change requests": the draft report, the Member's requests, and a verdict beside each
//! request that updates as the officer edits it.

use protocol_check::{councils, ChangeRequest};
use yew::prelude::*;

use super::findings::FindingCard;
use super::form::vocab_select;
use super::state::Msg;
use super::{dispatch, dom, Handle};
use crate::limits;

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub state: Handle,
}

#[function_component]
pub fn CheckPanel(props: &CheckProps) -> Html {
    let state = &props.state;
    let Ok(protocol) = councils::find(&state.work.council) else {
        return html! {};
    };
    let findings = super::findings(protocol, state);
    html! {
        <>
            <ReportInput state={state.clone()} />
            <h3 class="govuk-heading-m" id="requests-heading">{ "The Member's requests" }</h3>
            <p class="govuk-body">{ "For each change the Member asks for, say what they ask and which part of the report it touches. The verdict updates as you choose." }</p>
            <ol class="pc-requests" aria-labelledby="requests-heading">
                { for state.work.requests.iter().zip(findings).enumerate().map(|(i, (request, finding))| html! {
                    <li class="pc-request" id={format!("request-{i}")}>
                        <RequestRow index={i} request={request.clone()} state={state.clone()} />
                        <FindingCard id={format!("request-{i}")} finding={finding}
                            on_answer={answer_callback(state, i, request)} />
                    </li>
                }) }
            </ol>
            <button type="button" id="add-request" class="govuk-button govuk-button--secondary"
                onclick={dispatch(state, |_: MouseEvent| Msg::AddRequest)}>
                { if state.work.requests.is_empty() { "Add a request" } else { "Add another request" } }
            </button>
        </>
    }
}

fn answer_callback(
    state: &Handle,
    index: usize,
    request: &ChangeRequest,
) -> Callback<(protocol_check::Question, protocol_check::Answer)> {
    edit(state, index, request, |request, (question, answer)| {
        request.answers.insert(question, answer);
    })
}

#[derive(Properties, PartialEq)]
struct ReportProps {
    state: Handle,
}

/// The report's title and text, typed, pasted or opened from a .txt/.md file.
#[function_component]
fn ReportInput(props: &ReportProps) -> Html {
    let state = &props.state;
    let on_title = dispatch(state, |event: InputEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        Msg::SetReportTitle(input.value())
    });
    let on_text = {
        let dispatcher = state.dispatcher();
        let accepted = state.work.report.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            let text = area.value();
            match limits::check_text("The pasted report", &text) {
                Ok(()) => dispatcher.dispatch(Msg::SetReport(text)),
                Err(message) => {
                    area.set_value(&accepted);
                    dispatcher.dispatch(Msg::Error(message));
                }
            }
        })
    };
    let on_file = {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match dom::read_text_file(input.clone()).await {
                    Ok(Some(text)) => dispatcher.dispatch(Msg::SetReport(text)),
                    Ok(None) => {}
                    Err(message) => dispatcher.dispatch(Msg::Error(message)),
                }
                input.set_value("");
            });
        })
    };
    html! {
        <>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="report-title">{ "Report title" }</label>
                <input class="govuk-input" id="report-title" type="text" autocomplete="off"
                    value={state.work.report_title.clone()} oninput={on_title} />
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="report-text">{ "Draft report" }</label>
                <div class="govuk-hint" id="report-text-hint">{ "Paste the text of the draft report, or open it as a .txt or .md file below. It stays in this browser." }</div>
                <textarea class="govuk-textarea pc-report" id="report-text" rows="8" aria-describedby="report-text-hint"
                    value={state.work.report.clone()} oninput={on_text} />
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="report-file">{ "Or open the draft report from a file" }</label>
                <input class="govuk-file-upload" id="report-file" type="file" accept=".txt,.md,text/plain,text/markdown" onchange={on_file} />
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    index: usize,
    request: ChangeRequest,
    state: Handle,
}

/// One request's pickers: the Member's words, the report paragraph, action, target, who asks and
/// the kind of report.
#[function_component]
fn RequestRow(props: &RowProps) -> Html {
    let (i, r, state) = (props.index, &props.request, &props.state);
    let id = |field: &str| format!("request-{i}-{field}");
    let optional = |v: String| (!v.trim().is_empty()).then_some(v);
    html! {
        <fieldset class="govuk-fieldset pc-request__fields">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ format!("Request {}", i + 1) }</legend>
            <div class="govuk-form-group">
                <label class="govuk-label" for={id("text")}>{ "The Member's words" }</label>
                <input class="govuk-input" id={id("text")} type="text" autocomplete="off"
                    value={r.text.clone().unwrap_or_default()}
                    oninput={text_input(edit(state, i, r, move |r, v| r.text = optional(v)))} />
            </div>
            <div class="govuk-form-group pc-inline-group">
                <label class="govuk-label" for={id("paragraph")}>{ "Report paragraph" }</label>
                <input class="govuk-input govuk-input--width-5" id={id("paragraph")} type="text" autocomplete="off"
                    value={r.paragraph.clone().unwrap_or_default()}
                    oninput={text_input(edit(state, i, r, move |r, v| r.paragraph = optional(v)))} />
            </div>
            { vocab_select(&id("action"), "What they ask", r.action, edit(state, i, r, |r, v| r.action = v)) }
            { vocab_select(&id("target"), "Part of the report", r.target, edit(state, i, r, |r, v| r.target = v)) }
            { vocab_select(&id("requester"), "Who is asking", r.requester, edit(state, i, r, |r, v| r.requester = v)) }
            { vocab_select(&id("report-kind"), "Kind of report", r.report_kind, edit(state, i, r, |r, v| r.report_kind = v)) }
            <button type="button" class="govuk-button govuk-button--secondary pc-remove" id={id("remove")}
                onclick={dispatch(state, move |_: MouseEvent| Msg::RemoveRequest(i))}>
                { "Remove" }<span class="govuk-visually-hidden">{ format!(" request {}", i + 1) }</span>
            </button>
        </fieldset>
    }
}

/// A callback that applies `change` with the emitted value to request `index`.
fn edit<T: 'static>(
    state: &Handle,
    index: usize,
    request: &ChangeRequest,
    change: impl Fn(&mut ChangeRequest, T) + 'static,
) -> Callback<T> {
    let request = request.clone();
    dispatch(state, move |value: T| {
        let mut request = request.clone();
        change(&mut request, value);
        Msg::UpdateRequest(index, request)
    })
}

/// Adapts a callback on text to a text input's `oninput`.
fn text_input(on_text: Callback<String>) -> Callback<InputEvent> {
    on_text.reform(|event: InputEvent| {
        event
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    })
}
