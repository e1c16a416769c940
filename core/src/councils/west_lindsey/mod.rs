//! West Lindsey District Council, Member/Officer Relations Protocol (numbered 1.1 to 14.3).
//!
//! West Lindsey works through committees and their Chairmen (6.x); group briefings are 7.x.
//! Reports always recommend unless political judgement is clearly required (6.3), and Chairmen
//! and members of policy committees must let officers give any advice they wish to (6.5).

mod access;
mod report;

use crate::rule::build::council;
use crate::rule::{Protocol, TextFormat};
use std::borrow::Cow;

pub const PROTOCOL: Protocol = Protocol {
    council: council(
        "west-lindsey",
        "West Lindsey District Council",
        "Constitution, Member/Officer Relations Protocol",
        Some("Paragraphs are cited as printed, 1.1 to 14.3."),
        TextFormat::Plain,
    ),
    report_rules: Cow::Borrowed(report::REPORT_RULES),
    access_rules: Cow::Borrowed(access::ACCESS_RULES),
};
