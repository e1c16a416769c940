//! "Need to know": may a councillor inspect a document? One form with conditional reveals (the
//! document, the councillor, their reason, and the questions only the officer can answer), and
//! core's answer beside it: the outcome, who decides, the dispute route, conditions and the
//! written reasons to send. The decision is `protocol_check::access::evaluate`'s; this screen
//! only collects the request and shows the finding.

use std::collections::BTreeMap;

use protocol_check::access::{
    self, AccessFinding, AccessQuestion, AccessRequest, Authority, Document, DocumentKind,
    Interest, MeetingBody, Member, Outcome, Purpose, PurposeKind, Role, RoleKind,
};
use protocol_check::{Answer, Protocol, Vocabulary};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use super::form::{
    answer_radios, bullets, checkbox, optional_select, quote, row, select, text_input, vocab_select,
};
use super::state::{edit, Msg, Work};
use super::{dispatch, dom, Handle};

/// The form as filled in so far; the document's kind comes first, and until it is chosen there
/// is no request to judge.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccessForm {
    pub member: Member,
    pub document: Option<Document>,
    pub purpose: Purpose,
    pub answers: BTreeMap<AccessQuestion, Answer>,
}

impl AccessForm {
    fn request(&self) -> Option<AccessRequest> {
        Some(AccessRequest {
            member: self.member.clone(),
            document: self.document.clone()?,
            purpose: self.purpose.clone(),
            answers: self.answers.clone(),
        })
    }
}

/// A callback that edits the access form.
fn on<T: 'static>(state: &Handle, change: impl Fn(&mut AccessForm, T) + 'static) -> Callback<T> {
    let change = std::rc::Rc::new(change);
    dispatch(state, move |value: T| {
        let change = change.clone();
        edit(move |w: &mut Work| change(&mut w.access, value))
    })
}

fn optional_text(text: String) -> Option<String> {
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

fn list(text: String) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn text_field(id: &str, label: &str, value: Option<&str>, on_text: Callback<String>) -> Html {
    text_input(id, label, value.unwrap_or_default(), on_text)
}

pub fn panel(state: &Handle, protocol: &Protocol) -> Html {
    let form = &state.work.access;
    let result = form
        .request()
        .map(|request| access::evaluate(protocol, &request));
    html! {
        <div class="pc-access">
            <p class="govuk-body">{ "A councillor asks to see a council document. Answer what you know; leave the rest. Anything not given counts against access until it is known." }</p>
            { document_fields(state, form) }
            { member_fields(state, form) }
            <h3 class="govuk-heading-m">{ "Why they want it" }</h3>
            { vocab_select::<PurposeKind>("access-purpose", "The reason, as you read it", form.purpose.kind,
                on(state, |f, k| f.purpose.kind = k)) }
            { text_field("access-reason", "The councillor's own words (optional)", form.purpose.reason.as_deref(),
                on(state, |f, t| f.purpose.reason = optional_text(t))) }
            <h3 class="govuk-heading-m">{ "Questions only you can answer" }</h3>
            { for AccessQuestion::ALL.iter().map(|q| {
                let q = *q;
                answer_radios(&format!("access-{}", q.name()), q.label(),
                    form.answers.get(&q).copied().unwrap_or_default(),
                    on(state, move |f, a| { f.answers.insert(q, a); }))
            }) }
            <h3 class="govuk-heading-m" id="access-outcome-heading">{ "Outcome" }</h3>
            { match result {
                None => html! { <p class="govuk-body" id="access-outcome">{ "Choose the kind of document to see the outcome." }</p> },
                Some(Err(invalid)) => html! { <p class="govuk-error-message" id="access-outcome">{ format!("Not enough to decide yet: {invalid}") }</p> },
                Some(Ok(finding)) => outcome(state, &finding),
            } }
        </div>
    }
}

fn document_fields(state: &Handle, form: &AccessForm) -> Html {
    let doc = form.document.as_ref();
    let kind = doc.map(|d| d.kind);
    let on_kind = dispatch(state, |name: Option<&'static str>| {
        edit(move |w: &mut Work| {
            w.access.document = match (
                name.and_then(|n| DocumentKind::parse(n).ok()),
                w.access.document.take(),
            ) {
                (None, _) => None,
                (Some(kind), Some(mut document)) => {
                    document.kind = kind;
                    if !kind.is_meeting_paper() {
                        document.meeting = None;
                    }
                    if kind != DocumentKind::ExemptReport {
                        document.exempt_paragraph = None;
                    }
                    if kind != DocumentKind::PartyGroupDocument {
                        document.group = None;
                    }
                    Some(document)
                }
                (Some(kind), None) => Some(Document::new(kind)),
            }
        })
    });
    let on_doc = |change: fn(&mut Document, String)| {
        on(state, move |f: &mut AccessForm, t: String| {
            if let Some(d) = f.document.as_mut() {
                change(d, t)
            }
        })
    };
    html! {
        <>
            <h3 class="govuk-heading-m">{ "The document" }</h3>
            { optional_select::<DocumentKind>("access-document-kind", "What kind of document is it?", kind, on_kind) }
            if let Some(doc) = doc {
                <div class="pc-reveal">
                    { text_field("access-title", "Title (optional)", doc.title.as_deref(), on_doc(|d, t| d.title = optional_text(t))) }
                    if doc.kind.is_meeting_paper() {
                        { optional_select::<MeetingBody>("access-meeting", "Whose meeting is it for?", doc.meeting,
                            on(state, |f, name: Option<&'static str>| if let Some(d) = f.document.as_mut() {
                                d.meeting = name.and_then(|n| MeetingBody::parse(n).ok());
                            })) }
                        { text_field("access-committee", "Which committee (optional)", doc.committee.as_deref(), on_doc(|d, t| d.committee = optional_text(t))) }
                    }
                    if doc.kind == DocumentKind::ExemptReport {
                        { exempt_paragraph(state, doc.exempt_paragraph) }
                    }
                    if doc.kind == DocumentKind::PartyGroupDocument {
                        { text_field("access-group", "Whose party group's document", doc.group.as_deref(), on_doc(|d, t| d.group = optional_text(t))) }
                    }
                    { text_field("access-document-portfolio", "Portfolio it concerns (optional)", doc.portfolio.as_deref(), on_doc(|d, t| d.portfolio = optional_text(t))) }
                    { text_field("access-document-wards", "Wards it concerns, separated by commas (optional)", Some(&doc.wards.join(", ")), on_doc(|d, t| d.wards = list(t))) }
                    <div class="govuk-checkboxes govuk-form-group">
                        { checkbox("access-personal-data", "It contains personal data about other people", doc.third_party_personal_data,
                            on(state, |f, c| if let Some(d) = f.document.as_mut() { d.third_party_personal_data = c })) }
                        { checkbox("access-commercial", "It is commercially sensitive", doc.commercially_sensitive,
                            on(state, |f, c| if let Some(d) = f.document.as_mut() { d.commercially_sensitive = c })) }
                    </div>
                </div>
            }
        </>
    }
}

fn exempt_paragraph(state: &Handle, current: Option<u8>) -> Html {
    const PARAGRAPHS: [(&str, &str); 7] = [
        ("1", "Paragraph 1"),
        ("2", "Paragraph 2"),
        ("3", "Paragraph 3"),
        ("4", "Paragraph 4"),
        ("5", "Paragraph 5"),
        ("6", "Paragraph 6"),
        ("7", "Paragraph 7"),
    ];
    let on_paragraph = on(state, |f: &mut AccessForm, value: String| {
        if let Some(d) = f.document.as_mut() {
            d.exempt_paragraph = value.parse().ok();
        }
    });
    let current = current.map(|n| n.to_string()).unwrap_or_default();
    select(
        "access-exempt-paragraph",
        "Which paragraph of Schedule 12A makes it exempt?",
        Some("Not known"),
        PARAGRAPHS.to_vec(),
        &current,
        on_paragraph,
    )
}

fn member_fields(state: &Handle, form: &AccessForm) -> Html {
    let member = &form.member;
    let role = |kind: RoleKind| member.roles.iter().find(|r| r.role == kind);
    let on_role = |kind: RoleKind| {
        on(state, move |f: &mut AccessForm, checked: bool| {
            f.member.roles.retain(|r| r.role != kind);
            if checked {
                f.member.roles.push(Role::new(kind));
            }
        })
    };
    let on_role_text = |kind: RoleKind, change: fn(&mut Role, String)| {
        on(state, move |f: &mut AccessForm, t: String| {
            if let Some(r) = f.member.roles.iter_mut().find(|r| r.role == kind) {
                change(r, t)
            }
        })
    };
    html! {
        <>
            <h3 class="govuk-heading-m">{ "The councillor" }</h3>
            { text_field("access-member-name", "Name, to address the written reasons (optional)", member.name.as_deref(),
                on(state, |f, t| f.member.name = optional_text(t))) }
            <div class="govuk-form-group">
                <fieldset class="govuk-fieldset">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ "Their roles (choose all that apply)" }</legend>
                    <div class="govuk-checkboxes">
                        { for RoleKind::ALL.iter().map(|kind| {
                            let kind = *kind;
                            let held = role(kind);
                            let id = format!("access-role-{}", kind.name());
                            html! {
                                <>
                                    { checkbox(&id, kind.label(), held.is_some(), on_role(kind)) }
                                    if let Some(held) = held {
                                        <div class="pc-reveal">
                                            if matches!(kind, RoleKind::CommitteeMember | RoleKind::CommitteeChair | RoleKind::ScrutinyMember) {
                                                { text_field(&format!("{id}-committee"), "Which committee", held.committee.as_deref(),
                                                    on_role_text(kind, |r, t| r.committee = optional_text(t))) }
                                            }
                                            if kind == RoleKind::ExecutiveMember {
                                                { text_field(&format!("{id}-portfolio"), "Which portfolio", held.portfolio.as_deref(),
                                                    on_role_text(kind, |r, t| r.portfolio = optional_text(t))) }
                                            }
                                            if kind == RoleKind::WardMember {
                                                { text_field(&format!("{id}-wards"), "Which wards, separated by commas", Some(&held.wards.join(", ")),
                                                    on_role_text(kind, |r, t| r.wards = list(t))) }
                                            }
                                        </div>
                                    }
                                </>
                            }
                        }) }
                    </div>
                </fieldset>
            </div>
            { text_field("access-party-group", "Their party group (optional)", member.party_group.as_deref(),
                on(state, |f, t| f.member.party_group = optional_text(t))) }
            { answer_radios("access-group-in-administration", "Does their group form the administration?",
                member.group_in_administration, on(state, |f, a| f.member.group_in_administration = a)) }
            { vocab_select::<Interest>("access-interest", "Their own interest in the matter", member.interest,
                on(state, |f, i| f.member.interest = i)) }
            <div class="govuk-checkboxes govuk-form-group">
                { checkbox("access-private-capacity", "They ask as a private individual, not as a councillor", member.private_capacity,
                    on(state, |f, c| f.member.private_capacity = c)) }
            </div>
        </>
    }
}

fn outcome_tag(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::StatutoryRight | Outcome::NeedToKnow => "govuk-tag govuk-tag--green",
        Outcome::MustShowNeed => "govuk-tag govuk-tag--yellow",
        Outcome::NoRight => "govuk-tag govuk-tag--red",
    }
}

fn outcome(state: &Handle, finding: &AccessFinding) -> Html {
    let letter = finding.written_reasons.clone();
    let on_copy = dom::copy_button(
        state.dispatcher(),
        letter.clone(),
        "The written reasons are copied to the clipboard.",
    );
    let dispatcher = state.dispatcher();
    let on_print = Callback::from(move |_: MouseEvent| {
        if let Err(message) = dom::print() {
            dispatcher.dispatch(Msg::Error(message));
        }
    });
    html! {
        <div class="pc-finding" id="access-outcome" data-outcome={finding.outcome.name()}>
            <p class="govuk-body pc-finding__verdict"><strong class={outcome_tag(finding.outcome)}>{ finding.outcome.label() }</strong></p>
            <dl class="govuk-summary-list">
                { row("Reason", html! { finding.reason.clone() }) }
                { row("Who decides", html! { finding.decided_by.clone() }) }
                { row("If it is disputed", html! { finding.dispute_route.clone() }) }
                if !finding.conditions.is_empty() {
                    { row("Conditions", bullets(finding.conditions.clone())) }
                }
                if !finding.alternatives.is_empty() {
                    { row("Alternatives", bullets(finding.alternatives.clone())) }
                }
                { row("Authority", html! { { for finding.rules.iter().map(|c| match &c.authority {
                    Authority::Protocol(rule) => quote(
                        format!("Protocol paragraph {} ({})", rule.paragraph, c.cited_for.label()),
                        &rule.quote,
                    ),
                    Authority::Statute(p) => html! {
                        <p class="govuk-body pc-statute"><strong>{ format!("{}, {}", p.instrument, p.provision) }</strong>{ format!(" ({}): {}", c.cited_for.label(), p.summary) }</p>
                    },
                }) } }) }
            </dl>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="access-letter">{ "Written reasons" }</label>
                <textarea class="govuk-textarea pc-reply" id="access-letter" rows="14" readonly=true value={letter} />
            </div>
            <div class="govuk-button-group">
                <button type="button" id="copy-access-letter" class="govuk-button" onclick={on_copy}>{ "Copy to clipboard" }</button>
                <button type="button" id="print-access" class="govuk-button govuk-button--secondary" onclick={on_print}>{ "Print" }</button>
            </div>
        </div>
    }
}
