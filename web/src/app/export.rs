//! "Export and print": the findings as JSON (the CLI's contract) or CSV, and the printed record.

use protocol_check::Protocol;
use yew::prelude::*;

use super::checking::Checked;
use super::findings::{citations, conditions, tag};
use super::form::row;
use super::state::Msg;
use super::{dom, Handle};

pub fn panel(state: &Handle, protocol: &Protocol, checked: &Checked) -> Html {
    let council = &protocol.council;
    let findings = &checked.findings;
    let offer = |file: &'static str, mime: &'static str, text: String| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(match dom::download(file, mime, &text) {
                Ok(()) => Msg::Status(format!("{file} is downloaded.")),
                Err(message) => Msg::Error(message),
            })
        })
    };
    let on_json = offer(
        "protocol-check-findings.json",
        "application/json",
        crate::api::findings_json(&council.id, findings),
    );
    let on_csv = offer(
        "protocol-check-findings.csv",
        "text/csv",
        protocol_check::export::findings_csv(&council.id, findings),
    );
    let dispatcher = state.dispatcher();
    let on_print = Callback::from(move |_: MouseEvent| {
        if let Err(message) = dom::print() {
            dispatcher.dispatch(Msg::Error(message));
        }
    });
    let title = state.work.report_title.trim();
    html! {
        <>
            <div class="govuk-button-group pc-no-print">
                <button type="button" id="download-json" class="govuk-button govuk-button--secondary" onclick={on_json}>{ "Download JSON" }</button>
                <button type="button" id="download-csv" class="govuk-button govuk-button--secondary" onclick={on_csv}>{ "Download CSV" }</button>
                <button type="button" id="print" class="govuk-button" onclick={on_print}>{ "Print the record" }</button>
            </div>
            <div class="pc-record" id="record">
                <h3 class="govuk-heading-m">{ "Record of the protocol check" }</h3>
                <dl class="govuk-summary-list">
                    { row("Council", html! { format!("{} — {}", council.name, council.document) }) }
                    { row("Date", html! { dom::today() }) }
                    { row("Report", html! { { if title.is_empty() { "(untitled)" } else { title } } }) }
                </dl>
                if findings.is_empty() {
                    <p class="govuk-body">{ "No requests checked yet." }</p>
                }
                <ol class="pc-record__list">
                    { for findings.iter().map(|f| html! {
                        <li class="pc-record__item">
                            <p class="govuk-body">{ tag(f.verdict) }{ " " }
                                { super::findings::asked(f) }
                            </p>
                            <p class="govuk-body">{ f.reason.clone() }</p>
                            { citations(&f.rules) }
                            if !f.conditions.is_empty() {
                                { conditions(f) }
                            }
                        </li>
                    }) }
                </ol>
            </div>
        </>
    }
}
