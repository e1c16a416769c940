//! The built-in councils: one module per council, each holding that council's rules as data.
//!
//! A council's module is the only place its paragraphs and quoted words are written.

use std::fmt;

use crate::rule::Protocol;

mod bolsover;
mod broxtowe;
mod manchester;
mod tower_hamlets;
mod west_lindsey;

static BUILT_IN: [Protocol; 5] = [
    bolsover::PROTOCOL,
    manchester::PROTOCOL,
    west_lindsey::PROTOCOL,
    tower_hamlets::PROTOCOL,
    broxtowe::PROTOCOL,
];

/// Every built-in council's protocol, in the order of `../shared/protocols/INDEX.md`.
pub fn built_in() -> &'static [Protocol] {
    &BUILT_IN
}

/// The built-in protocol of the council with this id (`"tower-hamlets"`); names and ids are
/// matched without regard to case, and `_` or spaces may stand for `-`.
pub fn find(id: &str) -> Result<&'static Protocol, UnknownCouncil> {
    let wanted = id.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    BUILT_IN
        .iter()
        .find(|p| p.council.id == wanted)
        .ok_or_else(|| UnknownCouncil {
            given: id.to_string(),
        })
}

/// A council id that is not built in; the message lists those that are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCouncil {
    pub given: String,
}

impl fmt::Display for UnknownCouncil {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<&str> = BUILT_IN.iter().map(|p| p.council.id.as_ref()).collect();
        write!(
            f,
            "unknown council {:?}; expected one of: {}",
            self.given,
            ids.join(", ")
        )
    }
}

impl std::error::Error for UnknownCouncil {}
