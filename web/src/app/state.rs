//! The app's state: the officer's work (autosaved) and what the screen shows (not saved).
//!
//! All changes go through [`Msg`] and one reducer, so autosave sees every change. Verdicts are
//! not state: they are recomputed by core from the work (see [`super::checking`]).

use std::collections::BTreeMap;
use std::rc::Rc;

use protocol_check::consult::AnswersFor;
use protocol_check::text::{SectionKind, SectionOverride};
use protocol_check::{Action, Answer, Question, ReportKind, Requester, Target};
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
    /// The draft report.
    pub report: String,
    /// The officer's corrections of the outline's section kinds.
    pub section_kinds: Vec<SectionOverride>,
    /// Whether the Member's requests come as words or as a revised copy.
    pub source: Source,
    /// The Member's requests, one or more a line.
    pub requests: String,
    /// The Member's revised copy of the report.
    pub revised: String,
    pub requester: Requester,
    pub report_kind: ReportKind,
    /// The officer's own reading of requests the tool found unclear.
    pub readings: Vec<OfficerReading>,
    /// The officer's answers to the questions findings turn on, keyed by the request's words
    /// (`interpretation.words`), so editing the requests can drop an answer but never move it
    /// to another request.
    pub answers: Vec<AnswersFor>,
    /// The need-to-know form, as the officer has filled it in so far.
    pub access: super::access::AccessForm,
}

/// Where the Member's requests come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    #[default]
    Words,
    Revision,
}

impl Source {
    /// The name saved and used in element ids.
    pub fn name(self) -> &'static str {
        match self {
            Source::Words => "words",
            Source::Revision => "revision",
        }
    }

    pub fn parse(name: &str) -> Source {
        if name == "revision" {
            Source::Revision
        } else {
            Source::Words
        }
    }
}

/// The officer's reading of a request the tool could not read: which action and which part of
/// the report, and their answers to the questions the verdict then turns on. Keyed by the
/// Member's words, so it follows the request when other lines are added or removed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficerReading {
    pub words: String,
    pub action: Option<Action>,
    pub target: Option<Target>,
    #[serde(default)]
    pub answers: BTreeMap<Question, Answer>,
}

/// The screens of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    Check,
    Reply,
    Access,
    Protocol,
    Export,
}

impl Panel {
    pub const ALL: [Panel; 5] = [
        Panel::Check,
        Panel::Reply,
        Panel::Access,
        Panel::Protocol,
        Panel::Export,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Panel::Check => "Check change requests",
            Panel::Reply => "Reply to the Member",
            Panel::Access => "Need to know",
            Panel::Protocol => "Protocol",
            Panel::Export => "Export and print",
        }
    }

    /// The name used in `mount(element, {panel})` and in element ids.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Check => "check",
            Panel::Reply => "reply",
            Panel::Access => "access",
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
    /// "Clear all data" was pressed and waits for confirmation.
    pub confirming_clear: bool,
}

pub enum Msg {
    ChooseCouncil(String),
    Show(Panel),
    /// Any edit of the work that needs no special handling.
    Edit(Box<dyn FnOnce(&mut Work)>),
    SetSectionKind(usize, SectionKind),
    SetReading(OfficerReading),
    /// The officer's answer to a question, for the request read from these words.
    SetAnswer(String, Question, Answer),
    Error(String),
    DismissErrors,
    Status(String),
    /// Ask (true) or stop asking (false) to confirm clearing all data.
    ConfirmClear(bool),
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
            Msg::Edit(edit) => edit(&mut next.work),
            Msg::SetSectionKind(section, kind) => {
                // Kept in section order by inserting in place (a sort would add ~4 KB of wasm).
                let kinds = &mut next.work.section_kinds;
                kinds.retain(|k| k.section != section);
                let at = kinds.partition_point(|k| k.section < section);
                kinds.insert(at, SectionOverride { section, kind });
            }
            Msg::SetReading(reading) => {
                let readings = &mut next.work.readings;
                readings.retain(|r| r.words != reading.words);
                if reading.action.is_some() || reading.target.is_some() {
                    readings.push(reading);
                }
            }
            Msg::SetAnswer(words, question, answer) => {
                let answers = &mut next.work.answers;
                match answers.iter_mut().find(|a| a.words == words) {
                    Some(given) => {
                        given.answers.insert(question, answer);
                    }
                    None => {
                        let mut given = AnswersFor {
                            words,
                            ..AnswersFor::default()
                        };
                        given.answers.insert(question, answer);
                        answers.push(given);
                    }
                }
            }
            Msg::Error(message) => {
                if !next.errors.contains(&message) {
                    next.errors.push(message);
                }
            }
            Msg::DismissErrors => next.errors.clear(),
            Msg::Status(text) => next.status = text,
            Msg::ConfirmClear(asking) => next.confirming_clear = asking,
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

/// Shorthand for [`Msg::Edit`].
pub fn edit(change: impl FnOnce(&mut Work) + 'static) -> Msg {
    Msg::Edit(Box::new(change))
}
