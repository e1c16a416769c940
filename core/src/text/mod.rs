//! Reading what officers actually have: a draft report, a Member's e-mail of requests, a
//! Member's edited copy. Each reader turns text into the structured requests the rules judge,
//! and records what it understood from which words, so every verdict can show its reading.
//!
//! The readers are rule-based and conservative by construction: when the action or the part of
//! the report cannot be established they say what is missing (an `unclear` finding) instead of
//! guessing, and when signals conflict they keep every reading so the strictest decides.
//!
//! - [`outline`]: a report's sections (with kinds) and numbered paragraphs (with the kinds of
//!   content they hold). Plain data: the officer may correct it and hand it back.
//! - [`interpret`]: a Member's free-text request → candidate actions and targets.
//! - [`revision`]: draft vs revised → one change per paragraph deleted, inserted, moved or edited.
//! - [`lexicon`]: every phrase the readers recognise, as data.
//! - [`words`] and [`diff`]: the shared tokeniser and a bounded word diff.

pub mod diff;
pub mod interpret;
pub mod lexicon;
pub mod outline;
pub mod revision;
pub mod words;

use serde::{Deserialize, Serialize};

pub use interpret::{interpret_line, Interpretation, Missing, MissingPart};
pub use outline::{Outline, Paragraph, ReportError, Section, SectionKind, SectionOverride};
pub use revision::{compare, Change, ChangeKind};

/// One thing understood, with where it came from: the Member's words ("take out"), a paragraph
/// of the report ("4.3, in 4. OPTIONS CONSIDERED"), or a comparison ("'£95,000' became
/// '£59,000'").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading<T> {
    pub value: T,
    pub from: String,
}

impl<T> Reading<T> {
    pub fn new(value: T, from: impl Into<String>) -> Self {
        Reading {
            value,
            from: from.into(),
        }
    }
}

/// Adds `reading` unless a reading of the same value is already there: the first source found
/// is the one shown.
pub(crate) fn add_reading<T: PartialEq>(readings: &mut Vec<Reading<T>>, reading: Reading<T>) {
    if !readings.iter().any(|r| r.value == reading.value) {
        readings.push(reading);
    }
}
