//! Bolsover District Council, Constitution Part 5.4, Protocol on Member/Officer Relations.
//!
//! The fullest of the five on report consultation: 5.4.7 lists what the Executive Member or
//! Chair may and may not ask the report author. The list speaks of "the Executive Member or
//! Chair"; the prohibitions are also applied to the Leader, whom the heading of 5.4.7 names,
//! but the permissions are not (a permission is never widened beyond its words).

mod access;
mod report;

use crate::rule::build::council;
use crate::rule::{Protocol, TextFormat};
use std::borrow::Cow;

pub const PROTOCOL: Protocol = Protocol {
    council: council(
        "bolsover",
        "Bolsover District Council",
        "Constitution Part 5.4, Protocol on Member/Officer Relations (last updated May 2021)",
        Some("Paragraphs are cited as printed (5.4.1 to 5.4.9); the closing Do/Don't tables are unnumbered."),
        TextFormat::Plain,
    ),
    report_rules: Cow::Borrowed(report::REPORT_RULES),
    access_rules: Cow::Borrowed(access::ACCESS_RULES),
};
