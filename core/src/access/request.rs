//! What an officer is asked: a councillor (member), the document they want to inspect, and the
//! purpose they give; plus the officer's answers to the few questions only they can settle.
//!
//! Everything here is input, so it is strict: unknown fields are refused by serde, and
//! [`AccessRequest::validate`] rejects what serde cannot see (a committee role without a
//! committee, a Schedule 12A paragraph outside 1 to 7, a pasted essay in a name field) with a
//! message naming the field. Absent facts are *unknown*, never assumed in the member's favour.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::Answer;
use crate::vocab::vocabulary;

/// Longest free-text field accepted: any real name, title or reason fits many times over.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Most entries accepted in any list (roles, wards).
pub const MAX_LIST_ENTRIES: usize = 50;

vocabulary! {
    /// A position a councillor holds.
    pub enum RoleKind as "member role" {
        ExecutiveMember = "executive_member": "an Executive (Cabinet) Member with a portfolio",
        CommitteeMember = "committee_member": "a member of a committee",
        CommitteeChair = "committee_chair": "the Chair of a committee",
        ScrutinyMember = "scrutiny_member": "a member of an overview and scrutiny committee",
        GroupLeader = "group_leader": "the leader of a party group",
        WardMember = "ward_member": "a ward councillor",
        Backbench = "backbench": "a backbench councillor with no executive role",
    }
}

vocabulary! {
    /// Whether the member has an interest of their own in the matter.
    #[derive(Default)]
    pub enum Interest as "interest" {
        #[default]
        None = "none": "no personal or financial interest",
        Personal = "personal": "a personal interest in the matter",
        Financial = "financial": "a financial interest in the matter",
    }
}

vocabulary! {
    /// What the document is.
    pub enum DocumentKind as "document kind" {
        AgendaOrReport = "agenda_or_report":
            "an agenda or Part I report for a Council, committee or Executive meeting",
        BackgroundPaper = "background_paper": "a background paper to a report",
        ExemptReport = "exempt_report": "a Part II report containing exempt information (Schedule 12A)",
        OtherCouncilDocument = "other_council_document": "another document held by the council",
        DraftReportOrEmergingPolicy = "draft_report_or_emerging_policy":
            "a draft report or a document on emerging policy",
        PersonalRecords = "personal_records": "the personal records of an individual",
        PartyGroupDocument = "party_group_document": "a document of a party group's internal workings",
        MonitoringOfficerCorrespondence = "monitoring_officer_correspondence":
            "correspondence held by the Monitoring Officer in relation to their duties",
        CounselAdvice = "counsel_advice": "legal advice from Counsel",
    }
}

impl DocumentKind {
    /// Kinds that belong to a meeting's business, so name the meeting.
    pub fn is_meeting_paper(self) -> bool {
        matches!(
            self,
            DocumentKind::AgendaOrReport
                | DocumentKind::BackgroundPaper
                | DocumentKind::ExemptReport
        )
    }
}

vocabulary! {
    /// The body whose meeting the document belongs to.
    pub enum MeetingBody as "meeting body" {
        Council = "council": "a meeting of the full Council",
        Committee = "committee": "a committee or sub-committee meeting",
        Executive = "executive": "a meeting of the Executive (Cabinet)",
    }
}

vocabulary! {
    /// The kind of reason the member gives, as the officer reads it.
    #[derive(Default)]
    pub enum PurposeKind as "purpose" {
        WardCasework = "ward_casework": "a problem in the member's ward",
        PortfolioDuty = "portfolio_duty": "the duties of the member's executive portfolio",
        CommitteeBusiness = "committee_business": "business of a committee the member sits on",
        ScrutinyReview = "scrutiny_review": "a scrutiny review within the committee's terms of reference",
        Curiosity = "curiosity": "curiosity or general interest (\"fishing\")",
        PrivateInterest = "private_interest": "a private or business interest",
        PartyPolitical = "party_political": "party-political use",
        #[default]
        NotGiven = "not_given": "no reason given",
    }
}

vocabulary! {
    /// Questions only the officer can answer, on which some rules turn.
    pub enum AccessQuestion as "access question" {
        WithinTermsOfReference = "within_terms_of_reference":
            "Is the subject matter within the terms of reference of the member's overview and scrutiny committee?",
        RelevantToScrutinyReview = "relevant_to_scrutiny_review":
            "Is the exempt information relevant to a decision the member is reviewing or scrutinising, or to a review in the committee's work programme?",
        DecisionTaken = "decision_taken":
            "Has the executive business or decision the document relates to already been transacted or made?",
        ContractNegotiationTerms = "contract_negotiation_terms":
            "Does the paragraph 3 information relate to terms proposed in negotiations for a contract?",
        ReleasedByMonitoringOfficer = "released_by_monitoring_officer":
            "Has the Monitoring Officer released this correspondence to further an enquiry?",
        SignificantResources = "significant_resources":
            "Would providing the information take a significant amount of staff resources?",
    }
}

/// One request to inspect a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessRequest {
    pub member: Member,
    pub document: Document,
    #[serde(default)]
    pub purpose: Purpose,
    /// The officer's answers; a missing answer is `unknown`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<AccessQuestion, Answer>,
}

/// The councillor asking.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// How to address them in the written reasons ("Councillor Patel").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_group: Option<String>,
    /// Whether the member's group forms the administration.
    #[serde(default)]
    pub group_in_administration: Answer,
    #[serde(default)]
    pub interest: Interest,
    /// The member says they ask as a private individual, not as a councillor.
    #[serde(default)]
    pub private_capacity: bool,
}

/// One position the member holds, with what it is held over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub role: RoleKind,
    /// For `committee_member`, `committee_chair` and `scrutiny_member`: the committee's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<String>,
    /// For `executive_member`: the portfolio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<String>,
    /// For `scrutiny_member`: the committee's terms of reference, for the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_of_reference: Option<String>,
    /// For `ward_member`: the wards represented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wards: Vec<String>,
}

impl Role {
    pub fn new(role: RoleKind) -> Self {
        Role {
            role,
            committee: None,
            portfolio: None,
            terms_of_reference: None,
            wards: Vec::new(),
        }
    }
}

/// The document asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub kind: DocumentKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// For meeting papers: whose meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingBody>,
    /// The committee (or "Cabinet") whose agenda it is on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<String>,
    /// For `exempt_report`: the paragraph of Schedule 12A to the Local Government Act 1972.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempt_paragraph: Option<u8>,
    #[serde(default)]
    pub third_party_personal_data: bool,
    #[serde(default)]
    pub commercially_sensitive: bool,
    /// Wards the document concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wards: Vec<String>,
    /// The portfolio the document concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<String>,
    /// For `party_group_document`: whose group's document it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

impl Document {
    pub fn new(kind: DocumentKind) -> Self {
        Document {
            kind,
            title: None,
            meeting: None,
            committee: None,
            exempt_paragraph: None,
            third_party_personal_data: false,
            commercially_sensitive: false,
            wards: Vec::new(),
            portfolio: None,
            group: None,
        }
    }
}

/// Why the member wants it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    #[serde(default)]
    pub kind: PurposeKind,
    /// The member's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl AccessRequest {
    pub fn new(member: Member, document: Document) -> Self {
        AccessRequest {
            member,
            document,
            purpose: Purpose::default(),
            answers: BTreeMap::new(),
        }
    }

    pub fn answer(&self, question: AccessQuestion) -> Answer {
        self.answers.get(&question).copied().unwrap_or_default()
    }

    /// Checks what serde cannot: that each field makes sense with the others.
    pub fn validate(&self) -> Result<(), InvalidAccessRequest> {
        let member = &self.member;
        text("member.name", member.name.as_deref())?;
        text("member.party_group", member.party_group.as_deref())?;
        list("member.roles", member.roles.len())?;
        for (i, role) in member.roles.iter().enumerate() {
            validate_role(&format!("member.roles[{i}]"), role)?;
        }
        let has = |kind| member.roles.iter().any(|r| r.role == kind);
        if has(RoleKind::Backbench) && has(RoleKind::ExecutiveMember) {
            return Err(invalid(
                "member.roles",
                "a member cannot be both backbench and an executive member",
            ));
        }

        let document = &self.document;
        let kind = document.kind;
        text("document.title", document.title.as_deref())?;
        text("document.committee", document.committee.as_deref())?;
        text("document.portfolio", document.portfolio.as_deref())?;
        text("document.group", document.group.as_deref())?;
        names("document.wards", &document.wards)?;
        if kind.is_meeting_paper() && document.meeting.is_none() {
            return Err(invalid(
                "document.meeting",
                format!(
                    "is required for {kind}: say whose meeting it is for (council, committee or executive)"
                ),
            ));
        }
        match (kind, document.exempt_paragraph) {
            (DocumentKind::ExemptReport, Some(paragraph)) if !(1..=7).contains(&paragraph) => {
                return Err(invalid(
                    "document.exempt_paragraph",
                    format!("{paragraph} is not a paragraph of Schedule 12A Part 1 (1 to 7)"),
                ));
            }
            (DocumentKind::ExemptReport, _) | (_, None) => {}
            (_, Some(_)) => {
                return Err(invalid(
                    "document.exempt_paragraph",
                    format!("applies only to an exempt_report, not to {kind}"),
                ));
            }
        }
        if document.group.is_some() && kind != DocumentKind::PartyGroupDocument {
            return Err(invalid(
                "document.group",
                format!("applies only to a party_group_document, not to {kind}"),
            ));
        }
        text("purpose.reason", self.purpose.reason.as_deref())?;
        Ok(())
    }
}

fn validate_role(field: &str, role: &Role) -> Result<(), InvalidAccessRequest> {
    use RoleKind::*;
    let kind = role.role;
    text(&format!("{field}.committee"), role.committee.as_deref())?;
    text(&format!("{field}.portfolio"), role.portfolio.as_deref())?;
    text(
        &format!("{field}.terms_of_reference"),
        role.terms_of_reference.as_deref(),
    )?;
    names(&format!("{field}.wards"), &role.wards)?;

    let needs_committee = matches!(kind, CommitteeMember | CommitteeChair | ScrutinyMember);
    let required = [
        ("committee", needs_committee, role.committee.is_some()),
        (
            "portfolio",
            kind == ExecutiveMember,
            role.portfolio.is_some(),
        ),
        ("wards", kind == WardMember, !role.wards.is_empty()),
    ];
    for (name, needed, given) in required {
        if needed && !given {
            return Err(invalid(
                &format!("{field}.{name}"),
                format!("is required for {kind}"),
            ));
        }
        if given && !needed {
            return Err(invalid(
                &format!("{field}.{name}"),
                format!("does not apply to {kind}"),
            ));
        }
    }
    if role.terms_of_reference.is_some() && kind != ScrutinyMember {
        return Err(invalid(
            &format!("{field}.terms_of_reference"),
            format!("applies only to scrutiny_member, not to {kind}"),
        ));
    }
    Ok(())
}

fn text(field: &str, value: Option<&str>) -> Result<(), InvalidAccessRequest> {
    let Some(value) = value else { return Ok(()) };
    let chars = value.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(invalid(
            field,
            format!("is {chars} characters long; the limit is {MAX_TEXT_CHARS}"),
        ));
    }
    if value.trim().is_empty() {
        return Err(invalid(field, "is empty; leave it out instead"));
    }
    Ok(())
}

fn list(field: &str, len: usize) -> Result<(), InvalidAccessRequest> {
    if len > MAX_LIST_ENTRIES {
        return Err(invalid(
            field,
            format!("has {len} entries; the limit is {MAX_LIST_ENTRIES}"),
        ));
    }
    Ok(())
}

fn names(field: &str, values: &[String]) -> Result<(), InvalidAccessRequest> {
    list(field, values.len())?;
    for (i, value) in values.iter().enumerate() {
        text(&format!("{field}[{i}]"), Some(value))?;
    }
    Ok(())
}

fn invalid(field: &str, problem: impl Into<String>) -> InvalidAccessRequest {
    InvalidAccessRequest {
        field: field.to_string(),
        problem: problem.into(),
    }
}

/// A request that cannot be evaluated as it stands, naming the field and the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidAccessRequest {
    pub field: String,
    pub problem: String,
}

impl fmt::Display for InvalidAccessRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.problem)
    }
}

impl std::error::Error for InvalidAccessRequest {}
