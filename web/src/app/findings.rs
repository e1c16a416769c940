//! One finding on screen: the verdict tag (words, not only colour), what was understood and
//! from which words, the change with its insertions and deletions, the reason, the quoted
//! paragraphs, conditions, open questions and the escalation route.

use std::collections::BTreeMap;

use protocol_check::text::diff::Op;
use protocol_check::text::Interpretation;
use protocol_check::{Answer, CitedRule, Finding, Question, Verdict, Vocabulary};
use yew::prelude::*;

use super::form::{answer_radios, bullets, quote, row};

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
    html! { <strong class={tag_class(verdict)}>{ verdict.label() }</strong> }
}

/// The quoted rules a finding cites.
pub fn citations(rules: &[CitedRule]) -> Html {
    html! {
        { for rules.iter().map(|rule| quote(format!("Paragraph {}", rule.paragraph), &rule.quote)) }
    }
}

/// The conditions on a finding, each with its paragraph.
pub fn conditions(finding: &Finding) -> Html {
    bullets(
        finding
            .conditions
            .iter()
            .map(|c| format!("{} (paragraph {})", c.text, c.paragraph))
            .collect(),
    )
}

/// What was asked, in one line: the Member's words, else the structured request.
pub fn asked(finding: &Finding) -> String {
    if let Some(i) = &finding.interpretation {
        return i.words.clone();
    }
    match &finding.request {
        Some(r) => r
            .text
            .clone()
            .unwrap_or_else(|| format!("{} {}", r.action.label(), r.target.label())),
        None => String::new(),
    }
}

/// One finding as a card; `id` is the unique prefix of its element ids ("finding-3").
pub fn card(id: &str, f: &Finding) -> Html {
    html! {
        <div class="pc-finding" id={format!("{id}-card")} data-verdict={f.verdict.name()}>
            <p class="govuk-body pc-finding__verdict">{ tag(f.verdict) }{ " " }<span class="pc-finding__asked">{ asked(f) }</span></p>
            <dl class="govuk-summary-list">
                if let Some(interpretation) = &f.interpretation {
                    { understood(interpretation) }
                }
                if let Some(request) = &f.request {
                    { row("Judged as", html! { format!("{} {} — asked by {}, in {}",
                        request.action.label(), request.target.label(),
                        request.requester.label(), request.report_kind.label()) }) }
                }
                { row("Reason", html! { <span class="pc-finding__reason">{ f.reason.clone() }</span> }) }
                if !f.rules.is_empty() {
                    { row("Protocol", citations(&f.rules)) }
                }
                if !f.conditions.is_empty() {
                    { row("Conditions", conditions(f)) }
                }
                if !f.questions.is_empty() {
                    { row("To settle", bullets(f.questions.iter().map(|q| q.text.clone()).collect())) }
                }
                if !f.escalation.route.is_empty() {
                    { row("If you disagree", html! { <>{ f.escalation.route.clone() }{ citations(&f.escalation.rules) }</> }) }
                }
            </dl>
        </div>
    }
}

/// The reading of the Member's words or of a change, with the words each part came from.
fn understood(i: &Interpretation) -> Html {
    let readings = |list: Vec<(String, String)>| {
        html! {
            <ul class="govuk-list">
                { for list.into_iter().map(|(what, from)| html! { <li>{ what }<span class="pc-from">{ format!(" — from {from}") }</span></li> }) }
            </ul>
        }
    };
    html! {
        <>
            if let Some(change) = &i.change {
                { row("Change", html! {
                    <>
                        <p class="govuk-body">{ format!("Paragraph {}: {}", place(change), change.kind.label()) }</p>
                        <p class="govuk-body pc-diff">
                            { for change.diff.iter().map(|piece| match piece.op {
                                Op::Same => html! { <span>{ format!("{} ", piece.text) }</span> },
                                Op::Deleted => html! { <><del class="pc-del"><span class="govuk-visually-hidden">{ "[deleted: " }</span>{ piece.text.clone() }<span class="govuk-visually-hidden">{ "]" }</span></del>{ " " }</> },
                                Op::Inserted => html! { <><ins class="pc-ins"><span class="govuk-visually-hidden">{ "[inserted: " }</span>{ piece.text.clone() }<span class="govuk-visually-hidden">{ "]" }</span></ins>{ " " }</> },
                            }) }
                        </p>
                        <p class="govuk-body pc-why">{ change.reason.clone() }</p>
                    </>
                }) }
            }
            if !i.actions.is_empty() {
                { row("Understood as", readings(i.actions.iter().map(|a| (a.value.label().to_string(), a.from.clone())).collect())) }
            }
            if !i.targets.is_empty() {
                { row("Part of the report", readings(i.targets.iter().map(|t| (t.value.label().to_string(), t.from.clone())).collect())) }
            }
            if !i.paragraphs.is_empty() {
                { row("Report paragraphs", html! { i.paragraphs.join(", ") }) }
            }
            if !i.missing.is_empty() {
                { row("Not understood", html! {
                    <ul class="govuk-list">{ for i.missing.iter().map(|m| html! { <li>{ m.explanation.clone() }</li> }) }</ul>
                }) }
            }
            if !i.notes.is_empty() {
                { row("Notes", html! {
                    <ul class="govuk-list">{ for i.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                }) }
            }
        </>
    }
}

fn place(change: &protocol_check::text::Change) -> String {
    match (&change.draft, &change.revised) {
        (Some(d), Some(r)) if d.paragraph != r.paragraph => {
            format!("{} (now {})", d.paragraph, r.paragraph)
        }
        (Some(d), _) => d.paragraph.clone(),
        (None, Some(r)) => format!("{} (new)", r.paragraph),
        (None, None) => String::new(),
    }
}

/// The questions a verdict turns on, answered by the officer as radios; the verdict updates on
/// each answer. Questions already answered stay, so an answer can be changed.
pub fn questions(
    id: &str,
    finding: &Finding,
    answers: &BTreeMap<Question, Answer>,
    on_answer: &Callback<(Question, Answer)>,
) -> Html {
    let mut asked: Vec<Question> = finding.questions.iter().map(|q| q.id).collect();
    for question in answers.keys() {
        if !asked.contains(question) {
            asked.push(*question);
        }
    }
    html! {
        { for asked.into_iter().map(|question| {
            let on_answer = on_answer.reform(move |answer| (question, answer));
            answer_radios(&format!("{id}-{}", question.name()), question.label(),
                answers.get(&question).copied().unwrap_or_default(), on_answer)
        }) }
    }
}
