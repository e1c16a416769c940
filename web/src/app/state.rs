//! The app's state: the officer's work (autosaved) and what the screen shows (not saved).
//!
//! All changes go through [`Msg`] and one reducer, so autosave sees every change and a test can
//! drive the app's logic without a browser.

use std::rc::Rc;

use protocol_check::{Action, ChangeRequest, Target};
use serde::{Deserialize, Serialize};
use yew::Reducible;

/// The officer's work: everything typed or chosen. Saved in local storage on every change.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Work {
    /// Council id; empty until chosen.
    pub council: String,
    pub report_title: String,
    /// How to address the Member in the reply ("Councillor Patel").
    pub member: String,
    /// The officer signing the reply.
    pub officer: String,
    pub report: String,
    /// The Member's requests, structured.
    pub requests: Vec<ChangeRequest>,
}

/// The screens of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    Check,
    Reply,
    Protocol,
    Export,
}

impl Panel {
    pub const ALL: [Panel; 4] = [Panel::Check, Panel::Reply, Panel::Protocol, Panel::Export];

    pub fn title(self) -> &'static str {
        match self {
            Panel::Check => "Check change requests",
            Panel::Reply => "Reply to the Member",
            Panel::Protocol => "Protocol",
            Panel::Export => "Export and print",
        }
    }

    /// The name used in `mount(element, {panel})` and in element ids.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Check => "check",
            Panel::Reply => "reply",
            Panel::Protocol => "protocol",
            Panel::Export => "export",
        }
    }

    pub fn parse(name: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.name() == name)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub work: Work,
    pub panel: Panel,
    /// Messages for the error summary, newest last.
    pub errors: Vec<String>,
    /// A short confirmation ("Copied"), announced politely.
    pub status: String,
}

pub enum Msg {
    ChooseCouncil(String),
    Show(Panel),
    SetReportTitle(String),
    SetMember(String),
    SetOfficer(String),
    SetReport(String),
    AddRequest,
    UpdateRequest(usize, ChangeRequest),
    RemoveRequest(usize),
    Error(String),
    DismissErrors,
    Status(String),
    ClearAll,
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        next.status.clear();
        match msg {
            Msg::ChooseCouncil(id) => next.work.council = id,
            Msg::Show(panel) => next.panel = panel,
            Msg::SetReportTitle(title) => next.work.report_title = title,
            Msg::SetMember(name) => next.work.member = name,
            Msg::SetOfficer(name) => next.work.officer = name,
            Msg::SetReport(text) => {
                next.work.report = text;
                next.errors.clear();
            }
            Msg::AddRequest => next
                .work
                .requests
                .push(ChangeRequest::new(Action::Alter, Target::OtherInformation)),
            Msg::UpdateRequest(i, request) => {
                if let Some(slot) = next.work.requests.get_mut(i) {
                    *slot = request;
                }
            }
            Msg::RemoveRequest(i) => {
                if i < next.work.requests.len() {
                    next.work.requests.remove(i);
                }
            }
            Msg::Error(message) => {
                if !next.errors.contains(&message) {
                    next.errors.push(message);
                }
            }
            Msg::DismissErrors => next.errors.clear(),
            Msg::Status(text) => next.status = text,
            Msg::ClearAll => {
                next = State {
                    status: "All data cleared from this browser.".into(),
                    ..State::default()
                }
            }
        }
        Rc::new(next)
    }
}
