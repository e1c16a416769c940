//! Choosing the council, and the banner that says whose protocol the guidance is under and who
//! decides.

use protocol_check::councils;
use protocol_check::rule::CouncilInfo;
use yew::prelude::*;

use super::state::Msg;
use super::{dispatch, Handle};

pub fn picker(state: &Handle) -> Html {
    let chosen = state.work.council.clone();
    let onchange = dispatch(state, |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Msg::ChooseCouncil(select.value())
    });
    html! {
        <div class="govuk-form-group">
            <label class="govuk-label govuk-label--m" for="council">{ "Your council" }</label>
            <div class="govuk-hint" id="council-hint">{ "The protocol on Member/Officer relations that applies. Your choice is remembered in this browser." }</div>
            <select class="govuk-select" id="council" aria-describedby="council-hint" {onchange}>
                <option value="" selected={chosen.is_empty()}>{ "Choose a council" }</option>
                { for councils::built_in().iter().map(|p| {
                    let id = p.council.id.to_string();
                    html! { <option value={id.clone()} selected={id == chosen}>{ p.council.name.to_string() }</option> }
                }) }
            </select>
        </div>
    }
}

pub fn banner(council: &CouncilInfo) -> Html {
    html! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="banner-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="banner-title">{ "Guidance, not a decision" }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-body">
                    { format!("This tool gives guidance under {}'s {}. ", council.name, council.document) }
                    <strong>{ "You, the officer, and the Monitoring Officer decide." }</strong>
                </p>
            </div>
        </div>
    }
}
