//! protocol-check in the browser: the Yew app officers use, and the JS API intranets embed.
//!
//! Nothing here decides a verdict. Every module translates between the browser and
//! `protocol_check` (the core): [`api`] between JS objects and core types, [`app`] between the
//! officer's clicks and typing and core calls. So the CLI, the JS package and the app give the
//! same answer with the same citations, and a rule is written once, in core.
//!
//! Drafts are confidential: nothing here opens a network connection, and the host pages forbid
//! it by Content-Security-Policy as well.

pub mod api;
pub mod app;
mod json;
pub mod limits;
