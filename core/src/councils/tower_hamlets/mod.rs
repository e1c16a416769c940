//! London Borough of Tower Hamlets, Constitution Part C Section 32, Member / Officer Relations
//! Protocol: the redline draft of 31.1.22.
//!
//! The current text (insertions kept, ~~deletions~~ dropped, the second of two run-together
//! words) is the protocol. Quotes are in the current wording; paragraph numbers are as printed,
//! which the mid-edit renumbering left odd ("103.3" is the access-to-information section,
//! numbered 10 in the contents; "144.1" is "When things go wrong", 11 in the contents).

mod access;
mod report;

use crate::rule::build::council;
use crate::rule::{Protocol, TextFormat};
use std::borrow::Cow;

pub const PROTOCOL: Protocol = Protocol {
    council: council(
        "tower-hamlets",
        "London Borough of Tower Hamlets",
        "Constitution Part C, Section 32, Member / Officer Relations' Protocol (redline draft, 31.1.22)",
        Some("Cited as printed in the redline draft, whose renumbering was left mid-edit: \"103.x\" is the access-to-information section (10 in the contents list, 13 in the old numbering) and \"144.x\" is \"When things go wrong\" (11 in the contents). Quotes are the current text: struck words dropped, insertions kept."),
        TextFormat::Redline,
    ),
    report_rules: Cow::Borrowed(report::REPORT_RULES),
    access_rules: Cow::Borrowed(access::ACCESS_RULES),
};
