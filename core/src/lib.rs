//! protocol-check's policy core: English councils' Member/Officer Relations protocols as cited
//! rules, and the evaluators that apply them.
//!
//! This crate is pure: no I/O, no clock, no platform bindings. The CLI, the web app and the JS
//! package only translate to and from these types, so every verdict anywhere in the product
//! comes from here, with the quoted rules that decided it.
//!
//! - [`model`]: the vocabulary of a change request and a verdict.
//! - [`rule`]: rules as data (quoted passage + clauses), one [`rule::Protocol`] per council.
//! - [`councils`]: the built-in councils' rules.
//! - [`consult`]: the evaluator for report consultation, and the entry points for requests in
//!   words ([`check_requests`]) and for a Member's revised copy ([`check_revision`]).
//! - [`text`]: reading reports and Members' words: outline, interpreter, draft-vs-revised.
//! - [`access`]: members' rights to inspect council documents (the need-to-know engine).
//! - [`quote`]: checking quotes against the published protocol texts.
//! - [`reply`]: the officer's draft reply to the Member, from the findings.
//! - [`export`]: findings as CSV for the record.

pub mod vocab;

pub mod access;
pub mod consult;
pub mod councils;
pub mod export;
pub mod model;
pub mod quote;
pub mod reply;
pub mod rule;
pub mod text;

pub use consult::{check_requests, check_revision, evaluate, Finding, Settings};
pub use model::{Action, Answer, ChangeRequest, Question, ReportKind, Requester, Target, Verdict};
pub use rule::{CitedRule, Protocol};
pub use vocab::Vocabulary;
