//! Rules as data: each rule is one passage of a council's protocol, quoted exactly, with the
//! clauses that say what that passage means for a change request.
//!
//! Strings are `Cow<'static, str>` so that the built-in councils are zero-cost statics while a
//! rule pack loaded from JSON (owned strings) has the very same type.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::access::AccessClause;
use crate::model::{Action, Answer, ChangeRequest, Question, ReportKind, Requester, Target};
use crate::vocab::Set;

pub type Text = Cow<'static, str>;

/// One council's protocol as the tool encodes it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    pub council: CouncilInfo,
    /// Rules on what a Member may ask of an officer preparing a report.
    pub report_rules: Cow<'static, [Rule]>,
    /// Rules on members' rights to inspect council documents ([`crate::access`]).
    #[serde(default)]
    pub access_rules: Cow<'static, [Rule<AccessClause>]>,
}

/// Who the council is and where its protocol text comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilInfo {
    /// Stable id used on the command line and in the JS API (`"west-lindsey"`).
    pub id: Text,
    pub name: Text,
    /// The protocol's own title and place in the constitution.
    pub document: Text,
    /// How paragraphs are numbered and cited, where that needs saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation_note: Option<Text>,
    /// How the published text marks edits, which decides what quotes are checked against.
    #[serde(default)]
    pub text_format: TextFormat,
}

/// How a protocol's published text is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextFormat {
    /// The text as adopted.
    #[default]
    Plain,
    /// A tracked-changes draft: `~~struck~~` words are gone, insertions are kept.
    Redline,
}

impl Protocol {
    /// Every quoted rule of the protocol as (id, paragraph as printed, quote), for checking and
    /// browsing.
    pub fn quotes(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        let access = self
            .access_rules
            .iter()
            .map(|r| (r.id.as_ref(), r.paragraph.as_ref(), r.quote.as_ref()));
        self.report_rules
            .iter()
            .map(|r| (r.id.as_ref(), r.paragraph.as_ref(), r.quote.as_ref()))
            .chain(access)
    }
}

/// One quoted passage of a protocol and what it decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule<C: Clone + 'static = Clause> {
    /// Unique within the council, stable across releases (`"5.4.7-may-not-1"`).
    pub id: Text,
    /// The paragraph exactly as printed in the protocol, with any list item (`"5.4.7 (may not) (1)"`).
    pub paragraph: Text,
    /// The protocol's words. Elided passages are marked ` … `; every fragment appears verbatim,
    /// in order, in the council's text (checked by the quote tests).
    pub quote: Text,
    /// What the clauses of this rule mean when they apply.
    pub clauses: Cow<'static, [C]>,
}

/// A part of a rule's meaning: when it applies and to what effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub applies_to: Scope,
    pub effect: Effect,
    /// One plain-English sentence, used as the finding's reason when this clause decides.
    pub reason: Text,
}

/// Which requests a clause applies to: all four dimensions must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    pub actions: Set<Action>,
    pub targets: Set<Target>,
    pub requesters: Set<Requester>,
    pub report_kinds: Set<ReportKind>,
}

impl Scope {
    pub fn matches(&self, request: &ChangeRequest) -> bool {
        self.actions.contains(request.action)
            && self.targets.contains(request.target)
            && self.requesters.contains(request.requester)
            && self.report_kinds.contains(request.report_kind)
    }
}

/// What a clause does to the verdict. Ordered by strength in [`crate::consult`]: a prohibition
/// always beats a permission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Effect {
    /// The text allows the Member to ask for this.
    Permit,
    /// The text does not allow the Member to ask for this.
    Forbid,
    /// Not allowed when the officer answers `question` with `when`; a matter for the officer's
    /// judgement while unanswered; does not apply on the other answer.
    ForbidIf { question: Question, when: Answer },
    /// The decision is the officer's own: at most `officer_judgement`, whatever else permits.
    Reserve { condition: Text },
    /// Adds a condition to whatever the verdict is, without changing it.
    Condition { condition: Text },
    /// Where disagreements go; every finding names the route.
    Escalate { route: Text },
    /// The officer's responsibility for the report: cited when the protocol is otherwise silent.
    Responsibility,
}

/// What a clause means, in words: how the CLI and the app list a council's rules for people to
/// check the tool's reading against the text.
pub trait ClauseMeaning {
    /// A short label for the clause's effect ("Does not allow").
    fn effect_label(&self) -> &'static str;
    /// The clause's one-sentence reason.
    fn reason(&self) -> &str;
}

impl ClauseMeaning for Clause {
    fn effect_label(&self) -> &'static str {
        match self.effect {
            Effect::Permit => "Allows",
            Effect::Forbid => "Does not allow",
            Effect::ForbidIf { .. } => "Does not allow, depending on the officer's answer",
            Effect::Reserve { .. } => "Leaves to the officer's judgement",
            Effect::Condition { .. } => "Adds a condition",
            Effect::Escalate { .. } => "Disagreements",
            Effect::Responsibility => "The officer's responsibility",
        }
    }

    fn reason(&self) -> &str {
        &self.reason
    }
}

/// A rule as cited in a finding: enough to quote it without the rule tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitedRule {
    pub id: String,
    pub council: String,
    pub paragraph: String,
    pub quote: String,
}

impl CitedRule {
    pub fn of<C: Clone>(council: &CouncilInfo, rule: &Rule<C>) -> Self {
        CitedRule {
            id: rule.id.to_string(),
            council: council.id.to_string(),
            paragraph: rule.paragraph.to_string(),
            quote: rule.quote.to_string(),
        }
    }
}

/// `scope!(actions: [Exclude], targets: [Option])`: a [`Scope`] whose unnamed dimensions are any.
#[macro_export]
macro_rules! scope {
    ($($dim:ident: $value:tt),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut scope = $crate::rule::Scope {
            actions: $crate::vocab::Set::ANY,
            targets: $crate::vocab::Set::ANY,
            requesters: $crate::vocab::Set::ANY,
            report_kinds: $crate::vocab::Set::ANY,
        };
        $( $crate::scope!(@set scope, $dim, $value); )*
        scope
    }};
    (@set $scope:ident, actions, [$($v:ident),+]) => { $scope.actions = $crate::set!(Action: $($v),+); };
    (@set $scope:ident, targets, [$($v:ident),+]) => { $scope.targets = $crate::set!(Target: $($v),+); };
    (@set $scope:ident, requesters, [$($v:ident),+]) => { $scope.requesters = $crate::set!(Requester: $($v),+); };
    (@set $scope:ident, report_kinds, [$($v:ident),+]) => { $scope.report_kinds = $crate::set!(ReportKind: $($v),+); };
}

/// `const` constructors that keep the council tables short and readable.
pub mod build {
    use super::*;

    /// A built-in [`Rule`]: `rule!(id, paragraph, quote, &[clauses…])`. A macro rather than a
    /// `const fn` so the clause array is promoted to a static.
    #[macro_export]
    macro_rules! rule {
        ($id:expr, $paragraph:expr, $quote:expr, $clauses:expr $(,)?) => {
            $crate::rule::Rule {
                id: ::std::borrow::Cow::Borrowed($id),
                paragraph: ::std::borrow::Cow::Borrowed($paragraph),
                quote: ::std::borrow::Cow::Borrowed($quote),
                clauses: ::std::borrow::Cow::Borrowed($clauses),
            }
        };
    }
    pub use rule;

    pub const fn clause(applies_to: Scope, effect: Effect, reason: &'static str) -> Clause {
        Clause {
            applies_to,
            effect,
            reason: Cow::Borrowed(reason),
        }
    }

    pub const fn forbid_if(question: Question, when: Answer) -> Effect {
        Effect::ForbidIf { question, when }
    }

    pub const fn reserve(condition: &'static str) -> Effect {
        Effect::Reserve {
            condition: Cow::Borrowed(condition),
        }
    }

    pub const fn condition(condition: &'static str) -> Effect {
        Effect::Condition {
            condition: Cow::Borrowed(condition),
        }
    }

    pub const fn escalate(route: &'static str) -> Effect {
        Effect::Escalate {
            route: Cow::Borrowed(route),
        }
    }

    pub const fn council(
        id: &'static str,
        name: &'static str,
        document: &'static str,
        citation_note: Option<&'static str>,
        text_format: TextFormat,
    ) -> CouncilInfo {
        CouncilInfo {
            id: Cow::Borrowed(id),
            name: Cow::Borrowed(name),
            document: Cow::Borrowed(document),
            citation_note: match citation_note {
                Some(note) => Some(Cow::Borrowed(note)),
                None => None,
            },
            text_format,
        }
    }
}
