//! "Reply to the Member": core's draft reply (`protocol_check::reply`), to address, copy and
//! edit. The wording is core's; this screen only fills in names and copies.

use protocol_check::reply::{draft_reply, ReplyDetails};
use protocol_check::Protocol;
use yew::prelude::*;

use super::checking::Checked;
use super::form::text_of;
use super::state::edit;
use super::{dispatch, dom, Handle};

pub fn panel(state: &Handle, protocol: &Protocol, checked: &Checked) -> Html {
    let findings = &checked.findings;
    if findings.is_empty() {
        return html! { <p class="govuk-body">{ "Add the Member's requests under \u{201c}Check change requests\u{201d} first; the reply is drafted from the verdicts." }</p> };
    }
    let details = ReplyDetails {
        member: state.work.member.clone(),
        report_title: state.work.report_title.clone(),
        officer: state.work.officer.clone(),
    };
    let text = draft_reply(protocol, findings, &details);
    let on_copy = dom::copy_button(
        state.dispatcher(),
        text.clone(),
        "The reply is copied to the clipboard.",
    );
    html! {
        <>
            <p class="govuk-body">{ "A draft reply listing what you will do, what the protocol does not allow and why. Check and edit it before sending." }</p>
            <div class="govuk-form-group">
                <label class="govuk-label" for="reply-member">{ "Address the Member as" }</label>
                <input class="govuk-input govuk-!-width-one-half" id="reply-member" type="text" autocomplete="off"
                    placeholder="Councillor" value={state.work.member.clone()}
                    oninput={dispatch(state, |e| { let t = text_of(e); edit(move |w| w.member = t) })} />
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label" for="reply-officer">{ "Your name, to sign the reply" }</label>
                <input class="govuk-input govuk-!-width-one-half" id="reply-officer" type="text" autocomplete="name"
                    value={state.work.officer.clone()}
                    oninput={dispatch(state, |e| { let t = text_of(e); edit(move |w| w.officer = t) })} />
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="reply-text">{ "Draft e-mail" }</label>
                <textarea class="govuk-textarea pc-reply" id="reply-text" rows="18" readonly=true value={text} />
            </div>
            <button type="button" id="copy-reply" class="govuk-button" onclick={on_copy}>{ "Copy to clipboard" }</button>
        </>
    }
}
