//! The Yew app: the officer's screens over core.
//!
//! One reducer ([`state`]) holds the officer's work, autosaved on every change ([`storage`]);
//! each screen is a module that renders part of it and sends [`state::Msg`]s. Verdicts are never
//! stored: [`checking`] recomputes them from the work through core whenever it changes (after a
//! pause in typing, for long texts), so what is shown is always what core says about what is on
//! screen.
//!
//! Screens and their parts are plain functions from the state to `Html`, not components: every
//! screen re-renders on every change of the work anyway, and each Yew component costs the wasm
//! about 0.7 KB gzipped of its own machinery. [`App`] is the one component, and holds the hooks.

mod access;
mod check;
pub mod checking;
mod council;
pub mod dom;
mod export;
mod findings;
mod form;
pub mod panic;
mod protocol;
mod reply;
pub mod state;
pub mod storage;

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use protocol_check::councils;
use yew::prelude::*;

use checking::Checked;
use state::{Msg, Panel, State, Work};

/// How the app is mounted: all screens (the default) or one, and where its work is saved.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Local-storage key; two apps on one page need different keys.
    pub storage_key: AttrValue,
    /// Show only this screen (for a host page embedding one panel).
    #[prop_or_default]
    pub only: Option<Panel>,
    /// Council to start with when none is saved.
    #[prop_or_default]
    pub council: Option<AttrValue>,
}

pub type Handle = UseReducerHandle<State>;

/// The work as last settled: at once for short texts, after a pause in typing for long ones,
/// so a long report is not re-read on every keystroke.
#[hook]
fn use_settled(work: &Work) -> Work {
    let settled = use_state(|| work.clone());
    {
        let settled = settled.clone();
        use_effect_with(work.clone(), move |work| {
            let size = work.report.len() + work.requests.len() + work.revised.len();
            let work = work.clone();
            let timeout = if size > crate::limits::DEBOUNCE_ABOVE_BYTES {
                Some(Timeout::new(400, move || settled.set(work)))
            } else {
                settled.set(work);
                None
            };
            move || drop(timeout)
        });
    }
    (*settled).clone()
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let key = props.storage_key.clone();
    let initial_council = props.council.clone();
    let initial_panel = props.only;
    let state = use_reducer(move || {
        let mut work = storage::load(&key).unwrap_or_default();
        if work.council.is_empty() {
            if let Some(id) = initial_council.and_then(|c| councils::find(&c).ok()) {
                work.council = id.council.id.to_string();
            }
        }
        State {
            work,
            panel: initial_panel.unwrap_or_default(),
            ..State::default()
        }
    });

    {
        // Autosave every change to the work; refusals (storage full) go to the error summary.
        let key = props.storage_key.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.work.clone(), move |work| {
            if let Err(message) = storage::save(&key, work) {
                dispatcher.dispatch(Msg::Error(message));
            }
        });
    }
    use_effect_with((), |_| dom::mark_rendered());
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(state.errors.len(), move |count| {
            if *count > 0 {
                if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }

    let settled = use_settled(&state.work);
    let checked: Rc<Checked> = use_memo(settled, |work| {
        councils::find(&work.council)
            .map(|protocol| checking::check(protocol, work))
            .unwrap_or_default()
    });

    let protocol = councils::find(&state.work.council).ok();
    let panel = props.only.unwrap_or(state.panel);
    html! {
        <div class="pc-app">
            { error_summary(&state, summary) }
            { council::picker(&state) }
            if let Some(protocol) = protocol {
                { council::banner(&protocol.council) }
                if props.only.is_none() {
                    { tabs(panel, &state) }
                }
                <section class="pc-panel" id={format!("panel-{}", panel.name())} aria-labelledby={format!("heading-{}", panel.name())}>
                    <h2 class="govuk-heading-l" id={format!("heading-{}", panel.name())}>{ panel.title() }</h2>
                    { match panel {
                        Panel::Check => check::panel(&state, &checked),
                        Panel::Reply => reply::panel(&state, protocol, &checked),
                        Panel::Access => access::panel(&state, protocol),
                        Panel::Protocol => protocol::panel(protocol),
                        Panel::Export => export::panel(&state, protocol, &checked),
                    } }
                </section>
            }
            <p class="govuk-body pc-status" role="status" aria-live="polite">{ state.status.clone() }</p>
            { clear_all(&state, &props.storage_key) }
        </div>
    }
}

/// A callback that turns an event into a message for the reducer.
pub fn dispatch<E: 'static>(state: &Handle, to_msg: impl Fn(E) -> Msg + 'static) -> Callback<E> {
    let dispatcher = state.dispatcher();
    Callback::from(move |event: E| dispatcher.dispatch(to_msg(event)))
}

/// GOV.UK error summary: `node` is focused by [`App`] when errors appear, so screen readers
/// announce it.
fn error_summary(state: &Handle, node: NodeRef) -> Html {
    if state.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="govuk-error-summary" ref={node} role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 class="govuk-error-summary__title" id="error-summary-title">{ "There is a problem" }</h2>
            <ul class="govuk-list govuk-error-summary__list">
                { for state.errors.iter().map(|e| html! { <li>{ e }</li> }) }
            </ul>
            <button type="button" class="govuk-button govuk-button--secondary"
                onclick={dispatch(state, |_: MouseEvent| Msg::DismissErrors)}>{ "Dismiss" }</button>
        </div>
    }
}

/// The screens as a navigation list of buttons; the current one is marked for assistive tech.
fn tabs(current: Panel, state: &Handle) -> Html {
    html! {
        <nav class="pc-tabs" aria-label="Screens">
            <ul class="pc-tabs__list">
                { for Panel::ALL.into_iter().map(|panel| {
                    let current = panel == current;
                    html! {
                        <li class="pc-tabs__item">
                            <button type="button" id={format!("tab-{}", panel.name())}
                                class={classes!("pc-tabs__button", current.then_some("pc-tabs__button--current"))}
                                aria-current={current.then_some("page")}
                                onclick={dispatch(state, move |_: MouseEvent| Msg::Show(panel))}>
                                { panel.title() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

/// "Clear all data", confirmed in place (no browser dialog) so it works by keyboard and in tests.
fn clear_all(state: &Handle, storage_key: &AttrValue) -> Html {
    let clear = {
        let key = storage_key.clone();
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            storage::clear(&key);
            dispatcher.dispatch(Msg::ClearAll);
        })
    };
    html! {
        <div class="pc-clear">
            <p class="govuk-body">{ "Your work is saved in this browser only. Nothing is sent anywhere." }</p>
            if state.confirming_clear {
                <div class="govuk-warning-text" role="group" aria-labelledby="clear-question">
                    <p class="govuk-body" id="clear-question"><strong>{ "Clear the report, the requests and your answers from this browser? This cannot be undone." }</strong></p>
                    <div class="govuk-button-group">
                        <button type="button" id="clear-confirm" class="govuk-button govuk-button--warning" onclick={clear}>{ "Yes, clear all data" }</button>
                        <button type="button" class="govuk-button govuk-button--secondary"
                            onclick={dispatch(state, |_: MouseEvent| Msg::ConfirmClear(false))}>{ "Cancel" }</button>
                    </div>
                </div>
            } else {
                <button type="button" id="clear-all" class="govuk-button govuk-button--warning"
                    onclick={dispatch(state, |_: MouseEvent| Msg::ConfirmClear(true))}>{ "Clear all data" }</button>
            }
        </div>
    }
}
