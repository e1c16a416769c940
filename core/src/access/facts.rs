//! The facts of a request that rules turn on, derived once from the member, the document and
//! the officer's answers.
//!
//! Rules match on these named facts rather than on raw input, so a rule table never compares
//! committee names or reads answers itself, and every derivation (with its conservative reading
//! of what is missing) is written here, once. A fact is present only when the input establishes
//! it: an unknown is its own fact (`group_unknown`) or simply absent, never a yes.

use crate::model::Answer;
use crate::vocab::{vocabulary, Set, Vocabulary};

use super::request::{
    AccessQuestion, AccessRequest, DocumentKind, Interest, MeetingBody, RoleKind,
};

vocabulary! {
    /// A fact about a request.
    pub enum Fact as "fact" {
        MeetingBusiness = "meeting_business":
            "the document relates to business of a Council, committee or Executive meeting",
        ExecutiveBusiness = "executive_business": "the meeting is the Executive's (Cabinet's)",
        ExemptOpenToMembers = "exempt_open_to_members":
            "the exempt information is of a kind statute still opens to members (Schedule 12A paragraph 6, or paragraph 3 other than contract negotiation terms)",
        ExemptUnsettled = "exempt_unsettled":
            "it is not settled which Schedule 12A paragraph applies, or whether paragraph 3 information is contract negotiation terms",
        ThirdPartyPersonalData = "third_party_personal_data":
            "the document contains personal information about third parties",
        CommerciallySensitive = "commercially_sensitive": "the document contains commercially sensitive material",
        OnDocumentsCommittee = "on_documents_committee":
            "the member sits on the committee (or Cabinet) whose agenda the document is on",
        ScrutinyMember = "scrutiny_member": "the member sits on an overview and scrutiny committee",
        ExecutiveMember = "executive_member": "the member holds an executive portfolio",
        WardMatter = "ward_matter": "the document concerns a ward the member represents",
        PortfolioMatter = "portfolio_matter": "the document concerns the member's own portfolio",
        InAdministration = "in_administration": "the member's group forms the administration",
        OutsideAdministration = "outside_administration": "the member's group does not form the administration",
        AdministrationUnknown = "administration_unknown":
            "it is not known whether the member's group forms the administration",
        OwnGroupDocument = "own_group_document": "the party group document is the member's own group's",
        OtherGroupDocument = "other_group_document": "the party group document is another group's",
        GroupUnknown = "group_unknown": "it is not known whose group the party group document is",
        Interest = "interest": "the member has a personal or financial interest in the matter",
        PrivateCapacity = "private_capacity": "the member asks in a private capacity",
        ReasonGiven = "reason_given": "the member has given a reason for the request",
        WithinTermsOfReference = "within_terms_of_reference":
            "the officer confirms the subject is within the scrutiny committee's terms of reference",
        TermsOfReferenceUnknown = "terms_of_reference_unknown":
            "the officer has not yet said whether the subject is within the scrutiny committee's terms of reference",
        RelevantToScrutinyReview = "relevant_to_scrutiny_review":
            "the officer confirms the exempt information is relevant to a decision under scrutiny or a review in the work programme",
        ScrutinyRelevanceUnknown = "scrutiny_relevance_unknown":
            "the officer has not yet said whether the exempt information is relevant to the member's scrutiny work",
        DecisionTaken = "decision_taken": "the executive business or decision has been transacted or made",
        ReleasedByMonitoringOfficer = "released_by_monitoring_officer":
            "the Monitoring Officer has released the correspondence",
        SignificantResources = "significant_resources":
            "providing the information would take a significant amount of staff resources",
    }
}

/// Every fact the request establishes.
pub fn facts(request: &AccessRequest) -> Set<Fact> {
    let mut found: Vec<Fact> = Vec::new();
    let mut add = |condition: bool, fact: Fact| {
        if condition {
            found.push(fact);
        }
    };
    let member = &request.member;
    let document = &request.document;
    let roles = |kind: RoleKind| member.roles.iter().filter(move |r| r.role == kind);
    let has_role = |kind: RoleKind| roles(kind).next().is_some();
    let yes = |question| request.answer(question) == Answer::Yes;

    let meeting = document
        .meeting
        .filter(|_| document.kind.is_meeting_paper());
    add(meeting.is_some(), Fact::MeetingBusiness);
    add(
        meeting == Some(MeetingBody::Executive),
        Fact::ExecutiveBusiness,
    );

    let (open, unsettled) = exempt_status(request);
    add(open, Fact::ExemptOpenToMembers);
    add(unsettled, Fact::ExemptUnsettled);
    add(
        document.third_party_personal_data,
        Fact::ThirdPartyPersonalData,
    );
    add(document.commercially_sensitive, Fact::CommerciallySensitive);

    let sits_on_named_committee = document.committee.as_deref().is_some_and(|committee| {
        member.roles.iter().any(|r| {
            matches!(r.role, RoleKind::CommitteeMember | RoleKind::CommitteeChair)
                && r.committee
                    .as_deref()
                    .is_some_and(|c| same_name(c, committee))
        })
    });
    let on_committee = match meeting {
        Some(MeetingBody::Committee) => sits_on_named_committee,
        Some(MeetingBody::Executive) => has_role(RoleKind::ExecutiveMember),
        // Every member sits on full Council, but no protocol speaks of the Council as "the
        // appropriate committee", so this is not read in.
        Some(MeetingBody::Council) | None => false,
    };
    add(on_committee, Fact::OnDocumentsCommittee);
    add(has_role(RoleKind::ScrutinyMember), Fact::ScrutinyMember);
    add(has_role(RoleKind::ExecutiveMember), Fact::ExecutiveMember);

    let ward_matter = roles(RoleKind::WardMember)
        .flat_map(|r| &r.wards)
        .any(|ward| document.wards.iter().any(|w| same_name(w, ward)));
    add(ward_matter, Fact::WardMatter);
    let portfolio_matter = document.portfolio.as_deref().is_some_and(|portfolio| {
        roles(RoleKind::ExecutiveMember)
            .filter_map(|r| r.portfolio.as_deref())
            .any(|p| same_name(p, portfolio))
    });
    add(portfolio_matter, Fact::PortfolioMatter);

    add(
        member.group_in_administration == Answer::Yes,
        Fact::InAdministration,
    );
    add(
        member.group_in_administration == Answer::No,
        Fact::OutsideAdministration,
    );
    add(
        member.group_in_administration == Answer::Unknown,
        Fact::AdministrationUnknown,
    );

    if document.kind == DocumentKind::PartyGroupDocument {
        match (member.party_group.as_deref(), document.group.as_deref()) {
            (Some(own), Some(owner)) if same_name(own, owner) => add(true, Fact::OwnGroupDocument),
            (Some(_), Some(_)) => add(true, Fact::OtherGroupDocument),
            _ => add(true, Fact::GroupUnknown),
        }
    }

    add(member.interest != Interest::None, Fact::Interest);
    add(member.private_capacity, Fact::PrivateCapacity);
    add(
        request.purpose.kind != super::request::PurposeKind::NotGiven,
        Fact::ReasonGiven,
    );

    add(
        yes(AccessQuestion::WithinTermsOfReference),
        Fact::WithinTermsOfReference,
    );
    add(
        request.answer(AccessQuestion::WithinTermsOfReference) == Answer::Unknown,
        Fact::TermsOfReferenceUnknown,
    );
    add(
        yes(AccessQuestion::RelevantToScrutinyReview),
        Fact::RelevantToScrutinyReview,
    );
    add(
        request.answer(AccessQuestion::RelevantToScrutinyReview) == Answer::Unknown,
        Fact::ScrutinyRelevanceUnknown,
    );
    add(yes(AccessQuestion::DecisionTaken), Fact::DecisionTaken);
    add(
        yes(AccessQuestion::ReleasedByMonitoringOfficer),
        Fact::ReleasedByMonitoringOfficer,
    );
    add(
        yes(AccessQuestion::SignificantResources),
        Fact::SignificantResources,
    );

    let indices: Vec<u32> = found.iter().map(|f| f.index()).collect();
    Set::of(&indices)
}

/// Whether an exempt report's information is still open to members by statute, and whether
/// that is not yet settled. LGA 1972 s100F(2B)-(2C) and SI 2012/2089 reg 16: paragraph 6
/// information, and paragraph 3 information other than terms proposed in contract
/// negotiations, stay open to members.
fn exempt_status(request: &AccessRequest) -> (bool, bool) {
    let document = &request.document;
    if document.kind != DocumentKind::ExemptReport {
        return (false, false);
    }
    match document.exempt_paragraph {
        None => (false, true),
        Some(6) => (true, false),
        Some(3) => match request.answer(AccessQuestion::ContractNegotiationTerms) {
            Answer::No => (true, false),
            Answer::Yes => (false, false),
            Answer::Unknown => (false, true),
        },
        Some(_) => (false, false),
    }
}

/// Names typed by different people ("Planning committee", " planning  Committee") compared
/// without regard to ASCII case or spacing; nothing looser, so a near name is not a match.
/// ASCII folding, as the text module does: Unicode case tables would cost the web app ~6 KB
/// gzipped, and council names are English.
pub fn same_name(a: &str, b: &str) -> bool {
    let mut a = a.split_whitespace();
    let mut b = b.split_whitespace();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn names_match_apart_from_case_and_spacing_only() {
        assert!(same_name("Planning committee", " planning  Committee "));
        assert!(same_name(
            "Spitalfields & Banglatown",
            "spitalfields &\tbanglatown"
        ));
        assert!(!same_name("Planning", "Planning committee"));
        assert!(!same_name("Bow East", "Bow West"));
        assert!(!same_name("", "Bow"));
        assert!(same_name("", "  "));
    }
}
