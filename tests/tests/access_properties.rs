//! Properties of the access evaluator over generated requests, for every council:
//!
//! - a document in a category the council's text makes inaccessible is never
//!   `statutory_right` or `need_to_know`;
//! - curiosity alone never yields `need_to_know`;
//! - a grant always rests on a clause that grants that route with nothing barring or holding
//!   it (checked against the matching clauses directly, not the evaluator's own bookkeeping);
//! - every outcome names who decides and where a dispute goes, carries written reasons, and
//!   cites a rule for the outcome or says the protocol is silent;
//! - findings survive a JSON round trip.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use protocol_check::access::evaluate::{matching_clauses, Matched};
use protocol_check::access::rule::{AccessEffect, Route};
use protocol_check::access::{
    evaluate, AccessFinding, AccessQuestion, AccessRequest, CitedFor, Document, DocumentKind,
    Interest, MeetingBody, Member, Outcome, Purpose, PurposeKind, Role, RoleKind,
};
use protocol_check::{councils, Answer, Protocol, Vocabulary};

fn role(kind: RoleKind, name: &str) -> Role {
    let mut role = Role::new(kind);
    match kind {
        RoleKind::CommitteeMember | RoleKind::CommitteeChair | RoleKind::ScrutinyMember => {
            role.committee = Some(name.to_string())
        }
        RoleKind::ExecutiveMember => role.portfolio = Some(name.to_string()),
        RoleKind::WardMember => role.wards = vec![name.to_string()],
        RoleKind::GroupLeader | RoleKind::Backbench => {}
    }
    role
}

fn roles() -> impl Strategy<Value = Vec<Role>> {
    let all = vec![
        role(RoleKind::ExecutiveMember, "Housing"),
        role(RoleKind::CommitteeMember, "Planning"),
        role(RoleKind::CommitteeChair, "Licensing"),
        role(RoleKind::ScrutinyMember, "Overview and Scrutiny"),
        role(RoleKind::GroupLeader, ""),
        role(RoleKind::WardMember, "North"),
        role(RoleKind::Backbench, ""),
    ];
    subsequence(all, 0..=4)
}

fn answer() -> impl Strategy<Value = Answer> {
    select(Answer::ALL.to_vec())
}

fn member() -> impl Strategy<Value = Member> {
    (
        roles(),
        proptest::option::of(select(vec!["Labour", "Aspire"])),
        answer(),
        select(Interest::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(|(roles, group, admin, interest, private)| Member {
            name: Some("Councillor Test".to_string()),
            roles,
            party_group: group.map(str::to_string),
            group_in_administration: admin,
            interest,
            private_capacity: private,
        })
}

fn document() -> impl Strategy<Value = Document> {
    (
        select(DocumentKind::ALL.to_vec()),
        proptest::option::of(select(MeetingBody::ALL.to_vec())),
        proptest::option::of(select(vec!["Planning", "Licensing", "Cabinet"])),
        0u8..=7,
        (any::<bool>(), any::<bool>()),
        subsequence(vec!["North", "South"], 0..=2),
        proptest::option::of(select(vec!["Housing", "Finance"])),
        proptest::option::of(select(vec!["Labour", "Aspire"])),
    )
        .prop_map(
            |(
                kind,
                meeting,
                committee,
                paragraph,
                (personal, commercial),
                wards,
                portfolio,
                group,
            )| {
                let mut document = Document::new(kind);
                // Kept valid: each field only where it belongs.
                document.meeting = match (kind.is_meeting_paper(), meeting) {
                    (true, None) => Some(MeetingBody::Committee),
                    (_, meeting) => meeting,
                };
                document.committee = committee.map(str::to_string);
                document.exempt_paragraph =
                    (kind == DocumentKind::ExemptReport && paragraph > 0).then_some(paragraph);
                document.third_party_personal_data = personal;
                document.commercially_sensitive = commercial;
                document.wards = wards.into_iter().map(str::to_string).collect();
                document.portfolio = portfolio.map(str::to_string);
                document.group = group
                    .filter(|_| kind == DocumentKind::PartyGroupDocument)
                    .map(str::to_string);
                document
            },
        )
}

fn request() -> impl Strategy<Value = AccessRequest> {
    let answers = proptest::collection::vec(answer(), AccessQuestion::ALL.len());
    (
        member(),
        document(),
        select(PurposeKind::ALL.to_vec()),
        answers,
    )
        .prop_map(|(member, document, purpose, answers)| AccessRequest {
            member,
            document,
            purpose: Purpose {
                kind: purpose,
                reason: None,
            },
            answers: AccessQuestion::ALL
                .iter()
                .copied()
                .zip(answers)
                .collect::<BTreeMap<_, _>>(),
        })
}

fn is_valid_combination(request: &AccessRequest) -> bool {
    let has = |kind| request.member.roles.iter().any(|r| r.role == kind);
    !(has(RoleKind::Backbench) && has(RoleKind::ExecutiveMember))
}

/// Categories the council's own words make inaccessible, read from the texts independently of
/// the rule tables.
fn inaccessible_by_text(council: &str, request: &AccessRequest) -> Option<&'static str> {
    let document = &request.document;
    let member = &request.member;
    let other_group = document.kind == DocumentKind::PartyGroupDocument
        && matches!((&member.party_group, &document.group), (Some(a), Some(b)) if a != b);
    let released = request.answer(AccessQuestion::ReleasedByMonitoringOfficer) == Answer::Yes;
    let acting_privately = member.interest != Interest::None || member.private_capacity;
    let public_paper = matches!(
        document.kind,
        DocumentKind::AgendaOrReport | DocumentKind::BackgroundPaper
    );
    match council {
        "bolsover" if other_group => Some("5.4.6: another party group's internal document"),
        "bolsover"
            if document.kind == DocumentKind::MonitoringOfficerCorrespondence && !released =>
        {
            Some("5.4.6: Monitoring Officer's correspondence not released")
        }
        "tower-hamlets" if other_group => Some("103.11: another political group's document"),
        "tower-hamlets" if document.kind == DocumentKind::PersonalRecords => {
            Some("103.10: personal records of an individual")
        }
        "tower-hamlets"
            if document.kind == DocumentKind::DraftReportOrEmergingPolicy
                && member.group_in_administration == Answer::No =>
        {
            Some("103.10: draft reports for groups outside the administration")
        }
        "tower-hamlets" if acting_privately && !public_paper => {
            Some("103.4: a member with an interest has only a private individual's access")
        }
        _ => None,
    }
}

fn routes_of(m: &Matched) -> Vec<(Route, &'static str)> {
    match &m.clause.effect {
        AccessEffect::Grant { route } => vec![(*route, "grant")],
        AccessEffect::Bar { routes } => routes.iter().map(|r| (r, "bar")).collect(),
        AccessEffect::Hold { routes } => routes.iter().map(|r| (r, "hold")).collect(),
        _ => Vec::new(),
    }
}

/// Whether the clauses alone open a route: granted, and neither barred nor held.
fn open_by_clauses(matched: &[Matched], route: Route) -> bool {
    let effects: Vec<&str> = matched
        .iter()
        .flat_map(routes_of)
        .filter(|(r, _)| *r == route)
        .map(|(_, e)| e)
        .collect();
    effects.contains(&"grant") && !effects.contains(&"bar") && !effects.contains(&"hold")
}

fn check(protocol: &Protocol, request: &AccessRequest) -> Result<(), String> {
    let council = protocol.council.id.as_ref();
    let finding: AccessFinding = match evaluate(protocol, request) {
        Ok(finding) => finding,
        Err(_) if !is_valid_combination(request) => return Ok(()),
        Err(e) => return Err(format!("{council}: valid request refused: {e}")),
    };
    let context = format!(
        "{council} {request:?} -> {} ({})",
        finding.outcome, finding.reason
    );
    let granted = matches!(
        finding.outcome,
        Outcome::StatutoryRight | Outcome::NeedToKnow
    );

    if let Some(category) = inaccessible_by_text(council, request) {
        if granted {
            return Err(format!("inaccessible ({category}) but granted: {context}"));
        }
    }
    if request.purpose.kind == PurposeKind::Curiosity && finding.outcome == Outcome::NeedToKnow {
        return Err(format!("curiosity yielded need_to_know: {context}"));
    }

    let matched = matching_clauses(protocol, request);
    let statutory_open = [Route::PublicRight, Route::MemberRight]
        .into_iter()
        .any(|r| open_by_clauses(&matched, r));
    match finding.outcome {
        Outcome::StatutoryRight if !statutory_open => {
            return Err(format!(
                "statutory_right without an open statutory route: {context}"
            ))
        }
        Outcome::NeedToKnow if statutory_open || !open_by_clauses(&matched, Route::NeedToKnow) => {
            return Err(format!(
                "need_to_know without an open need-to-know route: {context}"
            ))
        }
        Outcome::NoRight
            if !matched
                .iter()
                .flat_map(routes_of)
                .any(|(r, e)| r == Route::NeedToKnow && e == "bar") =>
        {
            return Err(format!("no_right without a bar: {context}"))
        }
        _ => {}
    }
    let everything_barred = matched.iter().any(|m| match &m.clause.effect {
        AccessEffect::Bar { routes } => routes.is_any(),
        _ => false,
    });
    if everything_barred && finding.outcome != Outcome::NoRight {
        return Err(format!("every route barred but not no_right: {context}"));
    }

    if finding.decided_by.trim().is_empty() || finding.dispute_route.trim().is_empty() {
        return Err(format!("no decider or dispute route: {context}"));
    }
    if !finding.written_reasons.starts_with("Dear ")
        || !finding.written_reasons.ends_with("Yours sincerely,\n")
    {
        return Err(format!("written reasons malformed: {context}"));
    }
    let cites_outcome = finding.cited_for(CitedFor::Outcome).next().is_some();
    let says_silent = finding.protocol_silent()
        && (finding.reason.contains("protocol does not address")
            || finding.reason.contains("protocol does not set it out"));
    if !cites_outcome && !says_silent {
        return Err(format!(
            "neither cites a rule nor says the protocol is silent: {context}"
        ));
    }
    if finding.protocol_silent() && !says_silent {
        return Err(format!(
            "decided by statute alone without saying so: {context}"
        ));
    }

    let json = serde_json::to_string(&finding).map_err(|e| e.to_string())?;
    let back: AccessFinding = serde_json::from_str(&json).map_err(|e| format!("{e}: {json}"))?;
    if back != finding {
        return Err(format!("JSON round trip changed the finding: {context}"));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn access_outcomes_are_safe_and_complete(request in request()) {
        for protocol in councils::built_in() {
            if let Err(problem) = check(protocol, &request) {
                prop_assert!(false, "{}", problem);
            }
        }
    }
}

/// The deliberate cases the generator might rarely hit, stated outright.
#[test]
fn curiosity_never_yields_need_to_know_even_for_the_committee_whose_paper_it_is() {
    let member = Member {
        roles: vec![role(RoleKind::CommitteeMember, "Planning")],
        ..Member::default()
    };
    let mut document = Document::new(DocumentKind::ExemptReport);
    document.meeting = Some(MeetingBody::Committee);
    document.committee = Some("Planning".to_string());
    document.exempt_paragraph = Some(1);
    let mut request = AccessRequest::new(member, document);
    request.purpose.kind = PurposeKind::Curiosity;
    for protocol in councils::built_in() {
        let finding = evaluate(protocol, &request).expect("valid");
        assert_ne!(
            finding.outcome,
            Outcome::NeedToKnow,
            "{}",
            protocol.council.id
        );
    }
}
