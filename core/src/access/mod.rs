//! Members' rights to inspect council documents: the "need to know" engine.
//!
//! When a councillor asks to see a document, the officer must know whether the member has a
//! statutory right, a prima facie need to know, must first give reasons, or has no right; who
//! decides; where a dispute goes; and what conditions attach. The answer rests on two sources,
//! kept apart so each is cited for what it is:
//!
//! - the council's own protocol, as quoted rules in `councils/<council>/access.rs` (checked word
//!   for word against the published text, like the report rules);
//! - statute ([`statute`]), cited by section and regulation with a plain summary.
//!
//! The modules, each with one job:
//!
//! - [`request`]: the input (member, document, purpose, the officer's answers) and its checks;
//! - [`facts`]: the named facts rules turn on, derived once from the input;
//! - [`rule`]: access clauses as data (scope, effect on a route, reason);
//! - [`statute`]: the provisions of statute, as data in the same form;
//! - [`evaluate`]: the one evaluator, whose precedence is the safety property;
//! - [`finding`]: the cited answer (the JSON contract);
//! - [`letter`]: the written reasons an officer can send.

pub mod evaluate;
pub mod facts;
pub mod finding;
pub mod letter;
pub mod request;
pub mod rule;
pub mod statute;

pub use evaluate::evaluate;
pub use finding::{AccessFinding, Authority, Citation, CitedFor, Outcome};
pub use request::{
    AccessQuestion, AccessRequest, Document, DocumentKind, Interest, InvalidAccessRequest,
    MeetingBody, Member, Purpose, PurposeKind, Role, RoleKind,
};
pub use rule::{AccessClause, AccessEffect, AccessScope, Route};

/// A council's access rule: a quoted passage with access clauses.
pub type AccessRule = crate::rule::Rule<AccessClause>;
