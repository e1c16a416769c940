//! Broxtowe Borough Council, Constitution Chapter 5 Part 4, Protocol for Councillor/Officer
//! Relations (numbered 1.1 to 5.2).
//!
//! Broxtowe puts report-writing on the officer's own professional views and recommendations
//! (2.5) and limits reports to political groups to facts and options, with no recommendation
//! (4.2, 4.3).

mod access;
mod report;

use crate::rule::build::council;
use crate::rule::{Protocol, TextFormat};
use std::borrow::Cow;

pub const PROTOCOL: Protocol = Protocol {
    council: council(
        "broxtowe",
        "Broxtowe Borough Council",
        "Constitution Chapter 5 Part 4, Protocol for Councillor/Officer Relations",
        Some("Paragraphs are cited as printed, 1.1 to 5.2, with lettered items as 3.2(f)."),
        TextFormat::Plain,
    ),
    report_rules: Cow::Borrowed(report::REPORT_RULES),
    access_rules: Cow::Borrowed(access::ACCESS_RULES),
};
