//! "Check change requests": the draft report and its outline (whose section kinds the officer
//! can correct), then the Member's requests in words or their revised copy, and a verdict for
//! each request or change that updates as the officer types.

use protocol_check::text::{Outline, SectionKind};
use protocol_check::{Action, Finding, ReportKind, Requester, Target, Verdict, Vocabulary};
use yew::prelude::*;

use super::checking::{officer_reading, Checked};
use super::findings::card;
use super::form::{optional_select, radios, text_input, vocab_select, Choice};
use super::state::{edit, Msg, OfficerReading, Source, Work};
use super::{dispatch, dom, Handle};
use crate::limits;

/// Where the Member's requests come from, as radios.
const SOURCES: [Choice; 2] = [
    ("words", "Requests in words (an e-mail or notes)"),
    ("revision", "Their own revised version of the report"),
];

pub fn panel(state: &Handle, checked: &Checked) -> Html {
    let work = &state.work;
    let source = work.source;
    html! {
        <>
            <h3 class="govuk-heading-m">{ "1. The draft report" }</h3>
            { text_input("report-title", "Report title", &work.report_title,
                dispatch(state, |t| edit(move |w| w.report_title = t))) }
            { text_box(state, TextField::Report, "Draft report",
                "Paste the text of the draft report (as copied from Word, or Markdown), or open it as a .txt or .md file. It stays in this browser.") }
            if let Some(problem) = &checked.report_problem {
                <p class="govuk-error-message" id="report-problem">{ problem.clone() }</p>
            }
            if let Some(outline) = &checked.outline {
                { outline_view(state, outline) }
            }

            <h3 class="govuk-heading-m">{ "2. What the Member asks for" }</h3>
            <div class="pc-settings">
                { vocab_select::<Requester>("requester", "Who is asking", work.requester,
                    dispatch(state, |r| edit(move |w| w.requester = r))) }
                { vocab_select::<ReportKind>("report-kind", "Kind of report", work.report_kind,
                    dispatch(state, |k| edit(move |w| w.report_kind = k))) }
            </div>
            { radios("source", "The Member has sent", false, &SOURCES, source.name(),
                dispatch(state, |name| edit(move |w| w.source = Source::parse(name)))) }
            if source == Source::Words {
                { text_box(state, TextField::Requests, "The Member's requests",
                    "One request a line, in the Member's words, for example: \u{201c}Can you drop Option C from section 4?\u{201d}") }
            } else {
                { text_box(state, TextField::Revised, "The Member's revised version",
                    "Paste or open the Member's edited copy of the draft. Each change is checked.") }
                if checked.outline.is_none() {
                    <p class="govuk-body">{ "Paste the draft report above too, so the changes can be found." }</p>
                }
            }

            <h3 class="govuk-heading-m" id="results-heading">{ "3. Verdicts" }</h3>
            if let Some(problem) = &checked.problem {
                <p class="govuk-error-message" id="check-problem">{ problem.clone() }</p>
            }
            { summary(&checked.findings) }
            <ol class="pc-requests" aria-labelledby="results-heading">
                { for checked.findings.iter().enumerate().map(|(i, finding)| html! {
                    <li class="pc-request" id={format!("finding-{i}")}>
                        { card(&format!("finding-{i}"), finding) }
                        { reading_picker(state, i, finding) }
                        { officer_answers(state, i, finding) }
                    </li>
                }) }
            </ol>
        </>
    }
}

/// "3 requests: 1 Permitted, 1 Not permitted, 1 Unclear", announced as it changes.
fn summary(findings: &[Finding]) -> Html {
    if findings.is_empty() {
        return html! { <p class="govuk-body" id="results-summary" aria-live="polite">{ "No requests to check yet." }</p> };
    }
    let counts: Vec<String> = Verdict::ALL
        .iter()
        .filter_map(|v| {
            let n = findings.iter().filter(|f| f.verdict == *v).count();
            (n > 0).then(|| format!("{n} {}", v.label()))
        })
        .collect();
    html! {
        <p class="govuk-body" id="results-summary" aria-live="polite">
            { format!("{} checked: {}.", plural(findings.len(), "request or change", "requests or changes"), counts.join(", ")) }
        </p>
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// For an `unclear` request: the officer says what it asks, and the verdict follows.
fn reading_picker(state: &Handle, index: usize, finding: &Finding) -> Html {
    let Some(words) = super::checking::words(finding).map(str::to_string) else {
        return html! {};
    };
    let reading = officer_reading(&state.work, finding).cloned();
    let was_unclear = finding.verdict == Verdict::Unclear || reading.is_some();
    if !was_unclear {
        return html! {};
    }
    let current = reading.clone().unwrap_or(OfficerReading {
        words: words.clone(),
        action: None,
        target: None,
        answers: Default::default(),
    });
    let set = |change: fn(&mut OfficerReading, Option<&'static str>)| {
        let current = current.clone();
        dispatch(state, move |name: Option<&'static str>| {
            let mut reading = current.clone();
            change(&mut reading, name);
            Msg::SetReading(reading)
        })
    };
    let on_action = set(|r, name| r.action = name.and_then(|n| Action::parse(n).ok()));
    let on_target = set(|r, name| r.target = name.and_then(|n| Target::parse(n).ok()));
    let answers = {
        let current = current.clone();
        dispatch(state, move |(question, answer)| {
            let mut reading = current.clone();
            reading.answers.insert(question, answer);
            Msg::SetReading(reading)
        })
    };
    let id = format!("finding-{index}");
    html! {
        <div class="pc-reading">
            <p class="govuk-body"><strong>{ "Your reading of this request" }</strong>{ " — choose what it asks and the verdict follows." }</p>
            <div class="pc-settings">
                { optional_select::<Action>(&format!("{id}-action"), "What it asks", current.action, on_action) }
                { optional_select::<Target>(&format!("{id}-target"), "Part of the report", current.target, on_target) }
            </div>
            if current.action.is_some() && current.target.is_some() && !finding.questions.is_empty() {
                { super::findings::questions(&id, finding, &current.answers, &answers) }
            }
        </div>
    }
}

/// For a finding that turns on questions only the officer can answer: Yes / No / Not sure
/// radios for each, and the verdict follows. The answers are kept with the request's words.
/// (An unclear request's questions are asked by its reading picker instead.)
fn officer_answers(state: &Handle, index: usize, finding: &Finding) -> Html {
    let Some(words) = super::checking::words(finding) else {
        return html! {};
    };
    if finding.verdict == Verdict::Unclear || officer_reading(&state.work, finding).is_some() {
        return html! {};
    }
    let none = Default::default();
    let answers = state
        .work
        .answers
        .iter()
        .find(|a| a.words == words)
        .map_or(&none, |a| &a.answers);
    if finding.questions.is_empty() && answers.is_empty() {
        return html! {};
    }
    let on_answer = {
        let words = words.to_string();
        dispatch(state, move |(question, answer)| {
            Msg::SetAnswer(words.clone(), question, answer)
        })
    };
    html! {
        <div class="pc-reading">
            <p class="govuk-body"><strong>{ "Your answers" }</strong>{ " — the verdict turns on these, and follows as you answer." }</p>
            { super::findings::questions(&format!("finding-{index}"), finding, answers, &on_answer) }
        </div>
    }
}

/// The outline as read: each section with its kind, which the officer can correct.
fn outline_view(state: &Handle, outline: &Outline) -> Html {
    let sections = &outline.sections;
    html! {
        <details class="govuk-details pc-outline" open=true>
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{ format!("Outline of the report: {} sections", sections.len()) }</span>
            </summary>
            <div class="govuk-details__text">
                <p class="govuk-body">{ "Each section's kind decides what its paragraphs are taken to be. Correct a kind if it is wrong; the verdicts update." }</p>
                <table class="govuk-table">
                    <thead class="govuk-table__head"><tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{ "Section" }</th>
                        <th scope="col" class="govuk-table__header">{ "Paragraphs" }</th>
                        <th scope="col" class="govuk-table__header">{ "Kind" }</th>
                    </tr></thead>
                    <tbody class="govuk-table__body">
                        { for sections.iter().enumerate().map(|(i, section)| {
                            let heading = match (&section.number, section.heading.is_empty()) {
                                (Some(n), false) => format!("{n}. {}", section.heading),
                                (Some(n), true) => n.clone(),
                                (None, false) => section.heading.clone(),
                                (None, true) => "(before the first heading)".to_string(),
                            };
                            let select_id = format!("section-{i}-kind");
                            let on_kind = dispatch(state, move |e: Event| {
                                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                                let kind = SectionKind::parse(&select.value()).unwrap_or(SectionKind::Unknown);
                                Msg::SetSectionKind(i, kind)
                            });
                            html! {
                                <tr class="govuk-table__row">
                                    <td class="govuk-table__cell"><label for={select_id.clone()}>{ heading }</label></td>
                                    <td class="govuk-table__cell">{ section.paragraphs.len() }</td>
                                    <td class="govuk-table__cell">
                                        <select class="govuk-select" id={select_id} onchange={on_kind}>
                                            { for SectionKind::ALL.iter().map(|k| html! {
                                                <option value={k.name()} selected={*k == section.kind}>{ k.label() }</option>
                                            }) }
                                        </select>
                                        <div class="govuk-hint pc-why">{ format!("Why: {}", section.kind_from) }</div>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// Which text of the work a text box edits.
#[derive(Clone, Copy, PartialEq)]
enum TextField {
    Report,
    Requests,
    Revised,
}

impl TextField {
    fn set(self, work: &mut Work, text: String) {
        match self {
            TextField::Report => work.report = text,
            TextField::Requests => work.requests = text,
            TextField::Revised => work.revised = text,
        }
    }

    fn get(self, work: &Work) -> &str {
        match self {
            TextField::Report => &work.report,
            TextField::Requests => &work.requests,
            TextField::Revised => &work.revised,
        }
    }

    /// The text box's element id.
    fn id(self) -> &'static str {
        match self {
            TextField::Report => "report-text",
            TextField::Requests => "requests-text",
            TextField::Revised => "revised-text",
        }
    }
}

/// A large text box with "open a file" beside it; oversized or binary input is refused with an
/// error summary and the box keeps its previous text.
fn text_box(state: &Handle, field: TextField, label: &'static str, hint: &'static str) -> Html {
    let value = field.get(&state.work).to_string();
    let on_text = {
        let dispatcher = state.dispatcher();
        let accepted = value.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            let text = area.value();
            match limits::check_text(
                &format!("The text pasted into \u{201c}{label}\u{201d}"),
                &text,
            ) {
                Ok(()) => dispatcher.dispatch(edit(move |w| field.set(w, text))),
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
                    Ok(Some(text)) => dispatcher.dispatch(edit(move |w| field.set(w, text))),
                    Ok(None) => {}
                    Err(message) => dispatcher.dispatch(Msg::Error(message)),
                }
                input.set_value("");
            });
        })
    };
    let id = field.id();
    html! {
        <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for={id}>{ label }</label>
            <div class="govuk-hint" id={format!("{id}-hint")}>{ hint }</div>
            <textarea class="govuk-textarea pc-text" {id} rows="8" aria-describedby={format!("{id}-hint")}
                spellcheck="false" {value} oninput={on_text} />
            <label class="govuk-label pc-file-label" for={format!("{id}-file")}>{ format!("Or open \u{201c}{label}\u{201d} from a .txt or .md file") }</label>
            <input class="govuk-file-upload" id={format!("{id}-file")} type="file" accept=".txt,.md,text/plain,text/markdown" onchange={on_file} />
        </div>
    }
}
