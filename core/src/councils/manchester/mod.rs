//! Manchester City Council, Constitution Section F, Member / Officer Relations Protocol.
//!
//! Manchester has no list of what an Executive Member may ask of a report author: it forbids
//! insisting on a change of professional advice (3.2) and makes the senior officer fully
//! responsible for the report (4.2). Everything else is for the officer's judgement.

mod access;
mod report;

use crate::rule::build::council;
use crate::rule::{Protocol, TextFormat};
use std::borrow::Cow;

pub const PROTOCOL: Protocol = Protocol {
    council: council(
        "manchester",
        "Manchester City Council",
        "Constitution Section F, Member / Officer Relations Protocol",
        Some("Paragraphs are cited as printed, 1.1 to 13.1."),
        TextFormat::Plain,
    ),
    report_rules: Cow::Borrowed(report::REPORT_RULES),
    access_rules: Cow::Borrowed(access::ACCESS_RULES),
};
