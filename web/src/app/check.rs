//! "Check change requests": the draft report and its outline (whose section kinds the officer
//! can correct), then the Member's requests in words or their revised copy, and a verdict for
//! each request or change that updates as the officer types.

use protocol_check::text::{Outline, SectionKind};
use protocol_check::{Action, Finding, ReportKind, Requester, Target, Verdict, Vocabulary};
use yew::prelude::*;

use super::checking::{officer_reading, Checked};
use super::findings::FindingCard;
use super::form::{optional_select, radios, text_input, vocab_select, Choice};
use super::state::{edit, Msg, OfficerReading, Source, Work};
use super::{dispatch, dom, Handle};
use crate::limits;

/// Where the Member's requests come from, as radios.
const SOURCES: [Choice; 2] = [
    ("words", "Requests in words (an e-mail or notes)"),
    ("revision", "Their own revised version of the report"),
];

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub state: Handle,
    pub checked: std::rc::Rc<Checked>,
}

#[function_component]
pub fn CheckPanel(props: &CheckProps) -> Html {
    let state = &props.state;
    let work = &state.work;
    let checked = &props.checked;
    let source = work.source;
    html! {
        <>
            <h3 class="govuk-heading-m">{ "1. The draft report" }</h3>
            { text_input("report-title", "Report title", &work.report_title,
                dispatch(state, |t| edit(move |w| w.report_title = t))) }
            <TextInput state={state.clone()} id="report-text" label="Draft report"
                hint="Paste the text of the draft report (as copied from Word, or Markdown), or open it as a .txt or .md file. It stays in this browser."
                value={work.report.clone()} field={TextField::Report} />
            if let Some(problem) = &checked.report_problem {
                <p class="govuk-error-message" id="report-problem">{ problem.clone() }</p>
            }
            if let Some(outline) = &checked.outline {
                <OutlineView state={state.clone()} outline={outline.clone()} />
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
                <TextInput state={state.clone()} id="requests-text" label="The Member's requests"
                    hint="One request a line, in the Member's words, for example: \u{201c}Can you drop Option C from section 4?\u{201d}"
                    value={work.requests.clone()} field={TextField::Requests} />
            } else {
                <TextInput state={state.clone()} id="revised-text" label="The Member's revised version"
                    hint="Paste or open the Member's edited copy of the draft. Each change is checked."
                    value={work.revised.clone()} field={TextField::Revised} />
                if checked.outline.is_none() {
                    <p class="govuk-body">{ "Paste the draft report above too, so the changes can be found." }</p>
                }
            }

            <h3 class="govuk-heading-m" id="results-heading">{ "3. Verdicts" }</h3>
            if let Some(problem) = &checked.problem {
                <p class="govuk-error-message" id="check-problem">{ problem.clone() }</p>
            }
            <Summary findings={checked.findings.clone()} />
            <ol class="pc-requests" aria-labelledby="results-heading">
                { for checked.findings.iter().enumerate().map(|(i, finding)| html! {
                    <li class="pc-request" id={format!("finding-{i}")}>
                        <FindingCard id={format!("finding-{i}")} finding={finding.clone()} />
                        { reading_picker(state, i, finding) }
                    </li>
                }) }
            </ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    findings: Vec<Finding>,
}

/// "3 requests: 1 Permitted, 1 Not permitted, 1 Unclear", announced as it changes.
#[function_component]
fn Summary(props: &SummaryProps) -> Html {
    let findings = &props.findings;
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

#[derive(Properties, PartialEq)]
struct OutlineProps {
    state: Handle,
    outline: Outline,
}

/// The outline as read: each section with its kind, which the officer can correct.
#[function_component]
fn OutlineView(props: &OutlineProps) -> Html {
    let sections = &props.outline.sections;
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
                            let on_kind = dispatch(&props.state, move |e: Event| {
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
}

#[derive(Properties, PartialEq)]
struct TextInputProps {
    state: Handle,
    id: AttrValue,
    label: AttrValue,
    hint: AttrValue,
    value: String,
    field: TextField,
}

/// A large text box with "open a file" beside it; oversized or binary input is refused with an
/// error summary and the box keeps its previous text.
#[function_component]
fn TextInput(props: &TextInputProps) -> Html {
    let field = props.field;
    let label = props.label.to_string();
    let on_text = {
        let dispatcher = props.state.dispatcher();
        let accepted = props.value.clone();
        let label = label.clone();
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
        let dispatcher = props.state.dispatcher();
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
    let id = props.id.to_string();
    html! {
        <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for={id.clone()}>{ label.clone() }</label>
            <div class="govuk-hint" id={format!("{id}-hint")}>{ props.hint.clone() }</div>
            <textarea class="govuk-textarea pc-text" id={id.clone()} rows="8" aria-describedby={format!("{id}-hint")}
                spellcheck="false" value={props.value.clone()} oninput={on_text} />
            <label class="govuk-label pc-file-label" for={format!("{id}-file")}>{ format!("Or open \u{201c}{label}\u{201d} from a .txt or .md file") }</label>
            <input class="govuk-file-upload" id={format!("{id}-file")} type="file" accept=".txt,.md,text/plain,text/markdown" onchange={on_file} />
        </div>
    }
}
