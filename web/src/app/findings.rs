//! One finding on screen: the verdict tag (words, not only colour), what was understood, the
//! reason, the quoted paragraphs, conditions, open questions and the escalation route.

use protocol_check::consult::OpenQuestion;
use protocol_check::{Answer, CitedRule, Finding, Question, Verdict, Vocabulary};
use yew::prelude::*;

/// The tag class for a verdict; the tag's text is the verdict's label.
pub fn tag_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Permitted => "govuk-tag govuk-tag--green",
        Verdict::NotPermitted => "govuk-tag govuk-tag--red",
        Verdict::OfficerJudgement => "govuk-tag govuk-tag--yellow",
        Verdict::Unclear => "govuk-tag govuk-tag--grey",
    }
}

pub fn tag(verdict: Verdict) -> Html {
    html! { <strong class={tag_class(verdict)} data-verdict={verdict.name()}>{ verdict.label() }</strong> }
}

/// The quoted rules a finding cites.
pub fn citations(rules: &[CitedRule]) -> Html {
    html! {
        { for rules.iter().map(|rule| html! {
            <figure class="pc-quote">
                <figcaption class="pc-quote__source">{ format!("Paragraph {}", rule.paragraph) }</figcaption>
                <blockquote class="pc-quote__text"><p>{ format!("\u{201c}{}\u{201d}", rule.quote) }</p></blockquote>
            </figure>
        }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct FindingProps {
    /// Unique prefix for element ids ("request-3").
    pub id: AttrValue,
    pub finding: Finding,
    /// Answers to open questions, when the officer can give them here.
    #[prop_or_default]
    pub on_answer: Option<Callback<(Question, Answer)>>,
}

#[function_component]
pub fn FindingCard(props: &FindingProps) -> Html {
    let f = &props.finding;
    let request = &f.request;
    let read_as = format!(
        "{} {} — asked by {}, in {}",
        request.action.label(),
        request.target.label(),
        request.requester.label(),
        request.report_kind.label()
    );
    html! {
        <div class="pc-finding" id={format!("{}-finding", props.id)} data-verdict={f.verdict.name()}>
            <p class="govuk-body pc-finding__verdict">{ tag(f.verdict) }</p>
            <dl class="govuk-summary-list">
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Understood as" }</dt>
                    <dd class="govuk-summary-list__value">{ read_as }</dd>
                </div>
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ "Reason" }</dt>
                    <dd class="govuk-summary-list__value pc-finding__reason">{ f.reason.clone() }</dd>
                </div>
                if !f.rules.is_empty() {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{ "Protocol" }</dt>
                        <dd class="govuk-summary-list__value">{ citations(&f.rules) }</dd>
                    </div>
                }
                if !f.conditions.is_empty() {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{ "Conditions" }</dt>
                        <dd class="govuk-summary-list__value">
                            <ul class="govuk-list govuk-list--bullet">{ for f.conditions.iter().map(|c| html! { <li>{ format!("{} (paragraph {})", c.text, c.paragraph) }</li> }) }</ul>
                        </dd>
                    </div>
                }
                if !f.escalation.route.is_empty() {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{ "If you disagree" }</dt>
                        <dd class="govuk-summary-list__value">
                            { f.escalation.route.clone() }
                            { citations(&f.escalation.rules) }
                        </dd>
                    </div>
                }
            </dl>
            if let Some(on_answer) = &props.on_answer {
                { for questions(&props.id, &f.questions, request, on_answer) }
            }
        </div>
    }
}

/// The questions the verdict turns on, answered by the officer as radios; the verdict updates on
/// each answer. Questions already answered stay on screen so an answer can be changed.
fn questions(
    id: &str,
    open: &[OpenQuestion],
    request: &protocol_check::ChangeRequest,
    on_answer: &Callback<(Question, Answer)>,
) -> Vec<Html> {
    let mut asked: Vec<Question> = open.iter().map(|q| q.id).collect();
    for question in request.answers.keys() {
        if !asked.contains(question) {
            asked.push(*question);
        }
    }
    asked
        .into_iter()
        .map(|question| {
            let current = request.answer(question);
            let name = format!("{id}-{}", question.name());
            html! {
                <fieldset class="govuk-fieldset pc-question">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ question.label() }</legend>
                    <div class="govuk-radios govuk-radios--inline govuk-radios--small">
                        { for Answer::ALL.iter().map(|answer| {
                            let input_id = format!("{name}-{}", answer.name());
                            let on_answer = on_answer.clone();
                            let answer = *answer;
                            html! {
                                <div class="govuk-radios__item">
                                    <input class="govuk-radios__input" type="radio" id={input_id.clone()} name={name.clone()}
                                        value={answer.name()} checked={answer == current}
                                        onchange={Callback::from(move |_: Event| on_answer.emit((question, answer)))} />
                                    <label class="govuk-label govuk-radios__label" for={input_id}>{ answer_label(answer) }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            }
        })
        .collect()
}

fn answer_label(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "Yes",
        Answer::No => "No",
        Answer::Unknown => "Not sure yet",
    }
}
