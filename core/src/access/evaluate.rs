//! The evaluator for document requests: a request in, a cited outcome out.
//!
//! Every matching clause, from the council's rules and from statute alike, is tallied by the
//! route it grants, bars or holds. The order below is the safety property, so it lives here and
//! nowhere else:
//!
//! 1. a statutory route (`public_right` or `member_right`) that something grants and nothing
//!    bars or holds → `statutory_right`;
//! 2. else the `need_to_know` route, granted and neither barred nor held → `need_to_know`;
//! 3. else a statutory route held until something is settled → `must_show_need`;
//! 4. else the `need_to_know` route barred → `no_right`;
//! 5. else → `must_show_need`: the member must give reasons and the named person decides.
//!
//! So a grant needs a clause that grants *and* the absence of anything that bars or holds that
//! route; silence, unknowns and conflicts can only end in `must_show_need` or `no_right`. Routes
//! are independent because the law makes them so: barring the need to know (curiosity) leaves
//! the public's right to a Part I agenda untouched.

use crate::rule::{CitedRule, CouncilInfo, Protocol, Rule};
use crate::vocab::Vocabulary;

use super::facts::facts;
use super::finding::{AccessFinding, Authority, Citation, CitedFor, CitedProvision, Outcome};
use super::letter;
use super::request::{AccessRequest, InvalidAccessRequest};
use super::rule::{AccessClause, AccessEffect, Audience, Route};
use super::statute::{schedule_12a, Provision, PROVISIONS};

/// Where a matching clause comes from.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    Protocol(&'a Rule<AccessClause>),
    Statute(&'a Provision),
}

impl Source<'_> {
    fn is_protocol(&self) -> bool {
        matches!(self, Source::Protocol(_))
    }

    fn id(&self) -> &str {
        match self {
            Source::Protocol(rule) => &rule.id,
            Source::Statute(provision) => provision.id,
        }
    }

    /// A short reference for the end of a sentence: "protocol 5.4.6", "LGA 1972 s100F".
    fn reference(&self) -> String {
        match self {
            Source::Protocol(rule) => format!("protocol {}", rule.paragraph),
            Source::Statute(provision) => provision.citation(),
        }
    }
}

/// A clause that applies to the request, and where it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Matched<'a> {
    pub source: Source<'a>,
    pub clause: &'a AccessClause,
}

/// Every clause of the council's access rules and of statute that applies to the request,
/// council rules first, each in table order.
pub fn matching_clauses<'a>(protocol: &'a Protocol, request: &AccessRequest) -> Vec<Matched<'a>> {
    let facts = facts(request);
    let document = request.document.kind;
    let purpose = request.purpose.kind;
    let applies = |clause: &AccessClause| clause.applies_to.matches(document, purpose, facts);
    let council = protocol.access_rules.iter().flat_map(|rule| {
        rule.clauses
            .iter()
            .filter(|c| applies(c))
            .map(move |clause| Matched {
                source: Source::Protocol(rule),
                clause,
            })
    });
    let statute = PROVISIONS.iter().flat_map(|provision| {
        provision
            .clauses
            .iter()
            .filter(|c| applies(c))
            .map(move |clause| Matched {
                source: Source::Statute(provision),
                clause,
            })
    });
    council.chain(statute).collect()
}

/// Clauses that grant, bar and hold each route.
#[derive(Default)]
struct Routes<'a> {
    grants: [Vec<Matched<'a>>; 3],
    bars: [Vec<Matched<'a>>; 3],
    holds: [Vec<Matched<'a>>; 3],
}

impl<'a> Routes<'a> {
    fn tally(matched: &[Matched<'a>]) -> Self {
        let mut routes = Routes::default();
        for m in matched {
            match &m.clause.effect {
                AccessEffect::Grant { route } => routes.grants[slot(*route)].push(*m),
                AccessEffect::Bar { routes: barred } => {
                    for route in barred.iter() {
                        routes.bars[slot(route)].push(*m);
                    }
                }
                AccessEffect::Hold { routes: held } => {
                    for route in held.iter() {
                        routes.holds[slot(route)].push(*m);
                    }
                }
                _ => {}
            }
        }
        routes
    }

    fn open(&self, route: Route) -> bool {
        let i = slot(route);
        !self.grants[i].is_empty() && self.bars[i].is_empty() && self.holds[i].is_empty()
    }

    fn pending(&self, route: Route) -> bool {
        let i = slot(route);
        !self.holds[i].is_empty() && self.bars[i].is_empty()
    }
}

fn slot(route: Route) -> usize {
    route.index() as usize
}

const STATUTORY: [Route; 2] = [Route::PublicRight, Route::MemberRight];

/// Decides one request under one council's protocol and statute.
pub fn evaluate(
    protocol: &Protocol,
    request: &AccessRequest,
) -> Result<AccessFinding, InvalidAccessRequest> {
    request.validate()?;
    let matched = matching_clauses(protocol, request);
    let routes = Routes::tally(&matched);
    let council = &protocol.council;

    let statutory_bars: Vec<Matched> = STATUTORY
        .iter()
        .flat_map(|r| routes.bars[slot(*r)].iter().copied())
        .collect();
    let show_need: Vec<Matched> = of_effect(&matched, |e| matches!(e, AccessEffect::ShowNeed));

    // For anything short of a grant, the bars on the statutory routes and what the member must
    // show are part of the decision too, after whatever decided it first (which gives the
    // reason).
    let mut refused_basis = statutory_bars.clone();
    refused_basis.extend(show_need.iter().copied());

    let (outcome, first, then): (Outcome, Vec<Matched>, Vec<Matched>) =
        if STATUTORY.iter().any(|r| routes.open(*r)) {
            let granted = STATUTORY.iter().filter(|r| routes.open(**r));
            let grants = granted
                .flat_map(|r| routes.grants[slot(*r)].iter().copied())
                .collect();
            (Outcome::StatutoryRight, grants, Vec::new())
        } else if routes.open(Route::NeedToKnow) {
            let grants = routes.grants[slot(Route::NeedToKnow)].clone();
            (Outcome::NeedToKnow, grants, Vec::new())
        } else if STATUTORY.iter().any(|r| routes.pending(*r)) {
            let held = STATUTORY.iter().filter(|r| routes.pending(**r));
            let holds = held
                .flat_map(|r| routes.holds[slot(*r)].iter().copied())
                .collect();
            (Outcome::MustShowNeed, holds, refused_basis)
        } else if !routes.bars[slot(Route::NeedToKnow)].is_empty() {
            let mut bars = routes.bars[slot(Route::NeedToKnow)].clone();
            bars.extend(statutory_bars.iter().copied());
            // A bar on the document itself (every route) says more than one on the purpose.
            sort_by_rank(&mut bars, |m| match &m.clause.effect {
                AccessEffect::Bar { routes } => usize::MAX - routes.iter().count(),
                _ => usize::MAX,
            });
            (Outcome::NoRight, bars, Vec::new())
        } else if routes.pending(Route::NeedToKnow) {
            let holds = routes.holds[slot(Route::NeedToKnow)].clone();
            (Outcome::MustShowNeed, holds, refused_basis)
        } else {
            (Outcome::MustShowNeed, refused_basis, Vec::new())
        };
    let mut deciding = protocol_first(first);
    deciding.extend(protocol_first(then));
    let deciding = dedup_clauses(deciding);

    let mut citations = Citations::new(council);
    for m in &deciding {
        citations.add(m.source, CitedFor::Outcome);
    }
    if let Some(paragraph) = request.document.exempt_paragraph {
        if let Some(provision) = schedule_12a(paragraph) {
            citations.add(Source::Statute(provision), CitedFor::Document);
        }
    }

    let reason = reason(protocol, outcome, &deciding);

    // For a statutory right, what is left to decide is the statute's; otherwise the council's.
    let statute_deciders: Vec<Matched> = of_effect(&matched, is_decider)
        .into_iter()
        .filter(|m| !m.source.is_protocol())
        .collect();
    let council_deciders: Vec<Matched> = of_effect(&matched, is_decider)
        .into_iter()
        .filter(|m| m.source.is_protocol())
        .collect();
    let deciders = if outcome == Outcome::StatutoryRight && !statute_deciders.is_empty() {
        statute_deciders
    } else {
        council_deciders
    };
    let decided_by = joined(&deciders, &mut citations, CitedFor::DecidedBy).unwrap_or_else(|| {
        format!(
            "The {} protocol does not say who decides a member's request to inspect a document; ask the Monitoring Officer.",
            council.name
        )
    });

    // The council's route (or, where it names none, the Monitoring Officer), then any route
    // statute adds.
    let disputes = of_effect(&matched, |e| matches!(e, AccessEffect::Dispute { .. }));
    let (council_disputes, statute_disputes): (Vec<Matched>, Vec<Matched>) =
        disputes.into_iter().partition(|m| m.source.is_protocol());
    let council_route = joined(&council_disputes, &mut citations, CitedFor::DisputeRoute)
        .unwrap_or_else(|| {
            format!(
                "The {} protocol names no route for disagreements about access to documents; ask the Monitoring Officer.",
                council.name
            )
        });
    let dispute_route = match joined(&statute_disputes, &mut citations, CitedFor::DisputeRoute) {
        Some(statute_route) => format!("{council_route} {statute_route}"),
        None => council_route,
    };

    let mut conditions = Vec::new();
    let mut told_to_member = Vec::new();
    if outcome != Outcome::NoRight {
        for m in of_effect(&matched, |e| matches!(e, AccessEffect::Condition { .. })) {
            if let AccessEffect::Condition {
                condition,
                audience,
            } = &m.clause.effect
            {
                let text = cited_text(condition, &m.source);
                if *audience == Audience::Member {
                    push_unique(&mut told_to_member, text.clone());
                }
                push_unique(&mut conditions, text);
                citations.add(m.source, CitedFor::Condition);
            }
        }
    }
    // Only a refusal needs the warning: a grant by another route already gives the member it.
    let refusing = matches!(outcome, Outcome::MustShowNeed | Outcome::NoRight);
    for (statute, protocol_bar) in conflicts(&routes).into_iter().filter(|_| refusing) {
        push_unique(
            &mut conditions,
            format!(
                "Before refusing, ask the Monitoring Officer: {} would give the member a right here, but the protocol's words ({}) exclude it.",
                statute.reference(),
                protocol_bar.reference()
            ),
        );
        citations.add(statute, CitedFor::Condition);
        citations.add(protocol_bar, CitedFor::Condition);
    }

    let mut alternatives = Vec::new();
    if matches!(outcome, Outcome::MustShowNeed | Outcome::NoRight) {
        for m in of_effect(&matched, |e| matches!(e, AccessEffect::Alternative { .. })) {
            if let AccessEffect::Alternative { alternative } = &m.clause.effect {
                push_unique(&mut alternatives, cited_text(alternative, &m.source));
                citations.add(m.source, CitedFor::Alternative);
            }
        }
    }

    let promises: Vec<Matched> = of_effect(&matched, |e| matches!(e, AccessEffect::WrittenReasons));
    for m in &promises {
        citations.add(m.source, CitedFor::WrittenReasons);
    }

    let mut finding = AccessFinding {
        council: council.id.to_string(),
        outcome,
        rules: citations.into_vec(),
        reason,
        decided_by,
        dispute_route,
        conditions,
        alternatives,
        written_reasons: String::new(),
    };
    let promised_by: Vec<&str> = promises
        .iter()
        .filter_map(|m| match m.source {
            Source::Protocol(rule) => Some(rule.paragraph.as_ref()),
            Source::Statute(_) => None,
        })
        .collect();
    finding.written_reasons =
        letter::written_reasons(protocol, request, &finding, &told_to_member, &promised_by);
    Ok(finding)
}

fn is_decider(effect: &AccessEffect) -> bool {
    matches!(effect, AccessEffect::Decider { .. })
}

fn of_effect<'a>(
    matched: &[Matched<'a>],
    wanted: impl Fn(&AccessEffect) -> bool,
) -> Vec<Matched<'a>> {
    matched
        .iter()
        .filter(|m| wanted(&m.clause.effect))
        .copied()
        .collect()
}

/// Statute grants that a council rule bars: the council's words are narrower than the law, so
/// the tool refuses to grant but tells the officer to check before refusing.
fn conflicts<'a>(routes: &Routes<'a>) -> Vec<(Source<'a>, Source<'a>)> {
    let mut found = Vec::new();
    for route in STATUTORY {
        let i = slot(route);
        let Some(protocol_bar) = routes.bars[i].iter().find(|m| m.source.is_protocol()) else {
            continue;
        };
        for grant in routes.grants[i].iter().filter(|m| !m.source.is_protocol()) {
            found.push((grant.source, protocol_bar.source));
        }
    }
    found
}

/// The reason: the deciding clauses' own sentences (the first, and for a refusal of a
/// statutory route, the route left open), saying plainly when the protocol is silent.
fn reason(protocol: &Protocol, outcome: Outcome, deciding: &[Matched]) -> String {
    let name = &protocol.council.name;
    let mut sentences: Vec<&str> = Vec::new();
    if let Some(first) = deciding.first() {
        sentences.push(&first.clause.reason);
        // A must-show-need that starts from a bar on the statutory routes goes on to say what
        // remains: the need-to-know basis.
        if outcome == Outcome::MustShowNeed {
            if let Some(next) = deciding[1..]
                .iter()
                .find(|m| matches!(m.clause.effect, AccessEffect::ShowNeed))
                .filter(|_| matches!(first.clause.effect, AccessEffect::Bar { .. }))
            {
                sentences.push(&next.clause.reason);
            }
        }
    }
    let mut reason = sentences.join(" ");
    if !deciding.iter().any(|m| m.source.is_protocol()) {
        let silence = match outcome {
            Outcome::StatutoryRight => format!(
                "The right comes from statute; the {name} protocol does not set it out."
            ),
            _ => format!(
                "The {name} protocol does not address members' access to a document of this kind, so the tool cannot grant it: the member would need to show a need to know, and the Monitoring Officer should be asked."
            ),
        };
        if !reason.is_empty() {
            reason.push(' ');
        }
        reason.push_str(&silence);
    }
    reason
}

/// Joins the texts of decider or dispute clauses, each with its reference, citing each.
fn joined(matched: &[Matched], citations: &mut Citations, part: CitedFor) -> Option<String> {
    let mut texts: Vec<String> = Vec::new();
    for m in matched {
        let text = match &m.clause.effect {
            AccessEffect::Decider { who } => who,
            AccessEffect::Dispute { route } => route,
            _ => continue,
        };
        push_unique(&mut texts, cited_text(text, &m.source));
        citations.add(m.source, part);
    }
    (!texts.is_empty()).then(|| texts.join(" "))
}

/// `"Use it only for … (protocol 103.13)."`
fn cited_text(text: &str, source: &Source) -> String {
    let text = text.trim_end_matches('.');
    format!("{text} ({}).", source.reference())
}

fn push_unique(items: &mut Vec<String>, item: String) {
    if !items.contains(&item) {
        items.push(item);
    }
}

fn dedup_clauses(matched: Vec<Matched>) -> Vec<Matched> {
    let mut out: Vec<Matched> = Vec::new();
    for m in matched {
        if !out.iter().any(|o| std::ptr::eq(o.clause, m.clause)) {
            out.push(m);
        }
    }
    out
}

fn protocol_first(mut matched: Vec<Matched>) -> Vec<Matched> {
    // Stable: table order is kept within each source.
    sort_by_rank(&mut matched, |m| usize::from(!m.source.is_protocol()));
    matched
}

/// A stable sort, lowest rank first. One function for every sort here, because each
/// instantiation of the standard sort costs the web app about 4 KB.
fn sort_by_rank(matched: &mut [Matched], rank: fn(&Matched) -> usize) {
    matched.sort_by_key(|m| rank(m));
}

/// The finding's citations, each (authority, purpose) once, in the order first relied on.
struct Citations<'p> {
    council: &'p CouncilInfo,
    list: Vec<Citation>,
}

impl<'p> Citations<'p> {
    fn new(council: &'p CouncilInfo) -> Self {
        Citations {
            council,
            list: Vec::new(),
        }
    }

    fn add(&mut self, source: Source, cited_for: CitedFor) {
        if self
            .list
            .iter()
            .any(|c| c.cited_for == cited_for && c.authority.id() == source.id())
        {
            return;
        }
        let authority = match source {
            Source::Protocol(rule) => Authority::Protocol(CitedRule::of(self.council, rule)),
            Source::Statute(provision) => Authority::Statute(CitedProvision::of(provision)),
        };
        self.list.push(Citation {
            authority,
            cited_for,
        });
    }

    fn into_vec(self) -> Vec<Citation> {
        self.list
    }
}
