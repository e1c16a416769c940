//! Access rules as data: what a clause of a council's text (or of statute) does to a request to
//! inspect a document.
//!
//! The law gives a member three independent ways to a document, so clauses name the *route*
//! they grant or close:
//!
//! - `public_right`: what any member of the public may inspect (Part I agendas, reports and
//!   background papers);
//! - `member_right`: what statute gives members as members (LGA 1972 s100F; SI 2012/2089
//!   regs 16 and 17);
//! - `need_to_know`: the common-law right, where access is reasonably necessary for the
//!   member's duties.
//!
//! A closing clause closes only the routes it names: a curious member still has the public's
//! right to a Part I agenda. How routes combine into an outcome is [`super::evaluate`]'s job.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::rule::Text;
use crate::vocab::{vocabulary, Set};

use super::facts::Fact;
use super::request::{DocumentKind, PurposeKind};

vocabulary! {
    /// A legal route to a document.
    pub enum Route as "access route" {
        PublicRight = "public_right": "the public's right of inspection",
        MemberRight = "member_right": "a member's statutory right",
        NeedToKnow = "need_to_know": "the common-law need to know",
    }
}

vocabulary! {
    /// Whom a condition is addressed to.
    #[derive(Default)]
    pub enum Audience as "audience" {
        #[default]
        Member = "member": "the member, in the written reasons",
        Officer = "officer": "the officer only",
    }
}

/// Which requests a clause applies to: the document's kind, the purpose's kind, facts that must
/// all hold and facts none of which may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessScope {
    pub documents: Set<DocumentKind>,
    pub purposes: Set<PurposeKind>,
    #[serde(default = "no_facts")]
    pub requires: Set<Fact>,
    #[serde(default = "no_facts")]
    pub unless: Set<Fact>,
}

fn no_facts() -> Set<Fact> {
    Set::EMPTY
}

impl AccessScope {
    pub fn matches(&self, document: DocumentKind, purpose: PurposeKind, facts: Set<Fact>) -> bool {
        self.documents.contains(document)
            && self.purposes.contains(purpose)
            && self.requires.iter().all(|f| facts.contains(f))
            && !self.unless.iter().any(|f| facts.contains(f))
    }
}

/// What a clause does when it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AccessEffect {
    /// Opens a route to the document.
    Grant { route: Route },
    /// Closes routes: the text says there is no such right here.
    Bar { routes: Set<Route> },
    /// Holds routes shut until something is settled or justified; never a refusal.
    Hold { routes: Set<Route> },
    /// Explains what the member must show when nothing grants access: cited for `must_show_need`.
    ShowNeed,
    /// A condition on whatever is provided: on the member's use of it (told to the member in
    /// the written reasons) or a step for the officer.
    Condition {
        condition: Text,
        #[serde(default)]
        audience: Audience,
    },
    /// Another way to the information.
    Alternative { alternative: Text },
    /// Who decides the request.
    Decider { who: Text },
    /// Where a disagreement goes.
    Dispute { route: Text },
    /// The council's promise of written reasons.
    WrittenReasons,
}

/// One part of an access rule's meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessClause {
    pub applies_to: AccessScope,
    pub effect: AccessEffect,
    /// One plain-English sentence, used as the outcome's reason when this clause decides it.
    pub reason: Text,
}

impl crate::rule::ClauseMeaning for AccessClause {
    fn effect_label(&self) -> &'static str {
        match self.effect {
            AccessEffect::Grant { .. } => "Grants access",
            AccessEffect::Bar { .. } => "Rules out access",
            AccessEffect::Hold { .. } => "Holds access until settled or justified",
            AccessEffect::ShowNeed => "What the member must show",
            AccessEffect::Condition { .. } => "Adds a condition",
            AccessEffect::Alternative { .. } => "Another route",
            AccessEffect::Decider { .. } => "Who decides",
            AccessEffect::Dispute { .. } => "Disagreements",
            AccessEffect::WrittenReasons => "Written reasons",
        }
    }

    fn reason(&self) -> &str {
        &self.reason
    }
}

/// `access_scope!(documents: [ExemptReport], requires: [ScrutinyMember])`: unnamed dimensions
/// are any document and any purpose, with no fact required or excluded.
#[macro_export]
macro_rules! access_scope {
    ($($dim:ident: [$($value:ident),* $(,)?]),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut scope = $crate::access::rule::AccessScope {
            documents: $crate::vocab::Set::ANY,
            purposes: $crate::vocab::Set::ANY,
            requires: $crate::vocab::Set::EMPTY,
            unless: $crate::vocab::Set::EMPTY,
        };
        $( $crate::access_scope!(@set scope, $dim, [$($value),*]); )*
        scope
    }};
    (@set $scope:ident, documents, [$($v:ident),*]) => {
        $scope.documents = $crate::vocab::Set::of(&[$($crate::access::request::DocumentKind::$v as u32),*]);
    };
    (@set $scope:ident, purposes, [$($v:ident),*]) => {
        $scope.purposes = $crate::vocab::Set::of(&[$($crate::access::request::PurposeKind::$v as u32),*]);
    };
    (@set $scope:ident, requires, [$($v:ident),*]) => {
        $scope.requires = $crate::vocab::Set::of(&[$($crate::access::facts::Fact::$v as u32),*]);
    };
    (@set $scope:ident, unless, [$($v:ident),*]) => {
        $scope.unless = $crate::vocab::Set::of(&[$($crate::access::facts::Fact::$v as u32),*]);
    };
}

/// `const` constructors for the council and statute tables.
pub mod build {
    use super::*;

    pub use crate::access_scope;

    pub const fn access(
        applies_to: AccessScope,
        effect: AccessEffect,
        reason: &'static str,
    ) -> AccessClause {
        AccessClause {
            applies_to,
            effect,
            reason: Cow::Borrowed(reason),
        }
    }

    pub const fn grant(route: Route) -> AccessEffect {
        AccessEffect::Grant { route }
    }

    pub const fn bar(routes: &[Route]) -> AccessEffect {
        AccessEffect::Bar {
            routes: routes_of(routes),
        }
    }

    pub const fn hold(routes: &[Route]) -> AccessEffect {
        AccessEffect::Hold {
            routes: routes_of(routes),
        }
    }

    /// Every route a member could use that the public could not.
    pub const MEMBER_ROUTES: &[Route] = &[Route::MemberRight, Route::NeedToKnow];
    /// Every route.
    pub const ALL_ROUTES: &[Route] = &[Route::PublicRight, Route::MemberRight, Route::NeedToKnow];

    /// A condition the member is told of.
    pub const fn condition(condition: &'static str) -> AccessEffect {
        AccessEffect::Condition {
            condition: Cow::Borrowed(condition),
            audience: Audience::Member,
        }
    }

    /// A step for the officer, not for the letter.
    pub const fn officer_step(condition: &'static str) -> AccessEffect {
        AccessEffect::Condition {
            condition: Cow::Borrowed(condition),
            audience: Audience::Officer,
        }
    }

    pub const fn alternative(alternative: &'static str) -> AccessEffect {
        AccessEffect::Alternative {
            alternative: Cow::Borrowed(alternative),
        }
    }

    pub const fn decider(who: &'static str) -> AccessEffect {
        AccessEffect::Decider {
            who: Cow::Borrowed(who),
        }
    }

    pub const fn dispute(route: &'static str) -> AccessEffect {
        AccessEffect::Dispute {
            route: Cow::Borrowed(route),
        }
    }

    const fn routes_of(routes: &[Route]) -> Set<Route> {
        if routes.is_empty() {
            return Set::EMPTY;
        }
        let mut indices = [0u32; 3];
        let mut i = 0;
        while i < routes.len() {
            indices[i] = routes[i] as u32;
            i += 1;
        }
        // Unused slots repeat the first route, which is harmless in a set.
        while i < 3 {
            indices[i] = indices[0];
            i += 1;
        }
        Set::of(&indices)
    }
}
