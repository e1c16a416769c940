//! What the tool answers about a request to inspect a document: the outcome, and everything an
//! officer needs to act on it and explain it, each part with the authority behind it.
//!
//! This is the JSON contract of `protocol-check access` and the JS API, field for field.

use serde::{Deserialize, Serialize};

use crate::rule::CitedRule;
use crate::vocab::vocabulary;

use super::statute::Provision;

vocabulary! {
    /// The answer to a request to inspect a document.
    pub enum Outcome as "outcome" {
        StatutoryRight = "statutory_right": "Statutory right to inspect",
        NeedToKnow = "need_to_know": "Need to know (prima facie): access granted",
        MustShowNeed = "must_show_need": "Reasons or justification required before a decision",
        NoRight = "no_right": "No right to inspect",
    }
}

vocabulary! {
    /// Which part of a finding a citation supports.
    pub enum CitedFor as "cited for" {
        Outcome = "outcome": "the outcome",
        DecidedBy = "decided_by": "who decides",
        DisputeRoute = "dispute_route": "the dispute route",
        Condition = "condition": "a condition",
        Alternative = "alternative": "an alternative",
        WrittenReasons = "written_reasons": "written reasons",
        Document = "document": "the document's exempt category",
    }
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessFinding {
    /// The council id.
    pub council: String,
    pub outcome: Outcome,
    /// Every authority relied on, each saying what it was relied on for; those `cited_for`
    /// `outcome` decided it. Protocol rules come first, then statute.
    pub rules: Vec<Citation>,
    /// Why, in plain English.
    pub reason: String,
    /// Who decides (or, for a statutory right, what is left to decide).
    pub decided_by: String,
    /// Where a disagreement goes.
    pub dispute_route: String,
    /// Conditions on the use of what is provided, and anything to settle before acting.
    pub conditions: Vec<String>,
    /// Other ways to the information, when access is not granted.
    pub alternatives: Vec<String>,
    /// A courteous letter the officer can send the member, citing paragraphs.
    pub written_reasons: String,
}

impl AccessFinding {
    /// True when no rule of the council's protocol decided the outcome (statute or silence did).
    pub fn protocol_silent(&self) -> bool {
        !self.rules.iter().any(|c| {
            c.cited_for == CitedFor::Outcome && matches!(c.authority, Authority::Protocol(_))
        })
    }

    /// The citations supporting one part of the finding.
    pub fn cited_for(&self, part: CitedFor) -> impl Iterator<Item = &Citation> {
        self.rules.iter().filter(move |c| c.cited_for == part)
    }
}

/// One authority relied on, and what for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    #[serde(flatten)]
    pub authority: Authority,
    pub cited_for: CitedFor,
}

/// A council's quoted rule (`"source": "protocol"`, the fields of [`CitedRule`]) or a provision
/// of statute (`"source": "statute"`, summarised, never quoted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum Authority {
    Protocol(CitedRule),
    Statute(CitedProvision),
}

impl Authority {
    pub fn id(&self) -> &str {
        match self {
            Authority::Protocol(rule) => &rule.id,
            Authority::Statute(provision) => &provision.id,
        }
    }
}

/// A provision of statute as cited in a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitedProvision {
    pub id: String,
    /// The Act or instrument, in full.
    pub instrument: String,
    /// As cited: `"s100F"`, `"reg 17"`, `"Sch 12A para 3"`.
    pub provision: String,
    /// What it provides, in plain English.
    pub summary: String,
}

impl CitedProvision {
    pub fn of(provision: &Provision) -> Self {
        use crate::vocab::Vocabulary;
        CitedProvision {
            id: provision.id.to_string(),
            instrument: provision.instrument.label().to_string(),
            provision: provision.provision.to_string(),
            summary: provision.summary.to_string(),
        }
    }
}
