//! The domain model of report consultation: what a Member asks an officer to change in a draft
//! report, and what the tool answers.
//!
//! The snake_case names of every vocabulary here are the contract shared by the CLI's JSON, the
//! JS package and rule packs; see `ARCHITECTURE.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::vocab::vocabulary;

vocabulary! {
    /// What the Member asks the officer to do. Labels are verb phrases that read before a
    /// target's label ("remove an option"); the README defines each action in full.
    pub enum Action as "action" {
        Include = "include": "include",
        Exclude = "exclude": "remove",
        Alter = "alter": "change the substance of",
        Clarify = "clarify": "clarify or rephrase",
        Correct = "correct": "correct an error of fact in",
        FixTypo = "fix_typo": "fix typing errors in",
        CheckEstimate = "check_estimate": "check",
    }
}

vocabulary! {
    /// The part of the report the request touches.
    pub enum Target as "target" {
        Option = "option": "an option",
        Recommendation = "recommendation": "a recommendation",
        ProfessionalOpinion = "professional_opinion": "an officer's professional opinion or advice",
        StatutoryStatement = "statutory_statement":
            "a statutory officer's statement (key decision, contrary to policy or budget, legality, fairness or financial prudence)",
        ConsultationResponse = "consultation_response":
            "consultation responses, comments or representations (including publicity and petitions)",
        FactualStatement = "factual_statement": "a statement of fact (including summaries of policy or budget)",
        CostEstimate = "cost_estimate": "an estimate of costs or savings",
        OtherInformation = "other_information": "other information",
    }
}

vocabulary! {
    /// Who is asking.
    #[derive(Default)]
    pub enum Requester as "requester" {
        #[default]
        ExecutiveMember = "executive_member": "an Executive (Cabinet) Member, the portfolio holder",
        CommitteeChair = "committee_chair": "a committee Chair",
        Leader = "leader": "the Leader of the Council",
        OtherMember = "other_member": "another Member",
        PoliticalGroup = "political_group": "a political group",
    }
}

vocabulary! {
    /// What kind of report is being prepared.
    #[derive(Default)]
    pub enum ReportKind as "report kind" {
        #[default]
        DecisionReport = "decision_report": "a report to a decision-making body",
        PoliticalGroupBriefing = "political_group_briefing": "a report or briefing to a political group",
        StatutoryFunctionReport = "statutory_function_report": "a report an officer makes in a statutory capacity",
    }
}

vocabulary! {
    /// The officer's answer to a question a rule makes its verdict depend on.
    #[derive(Default)]
    pub enum Answer as "answer" {
        Yes = "yes": "yes",
        No = "no": "no",
        #[default]
        Unknown = "unknown": "not yet answered",
    }
}

vocabulary! {
    /// Questions only the officer can answer, on which some rules turn. Each is phrased so that
    /// it can be answered about the specific change requested.
    pub enum Question as "question" {
        CompromisesIntegrityOrIllegality = "compromises_integrity_or_illegality":
            "Would the change compromise your integrity as an officer or result in illegality?",
        ChangesSubstance = "changes_substance":
            "Would the change alter the substance of what that part of the report says?",
        ContraryToProfessionalView = "contrary_to_professional_view":
            "Would the change make the recommendation contrary to your own professional view?",
        OptionRelevant = "option_relevant":
            "Do you, as the report author, consider the option relevant to the decision?",
        PoliticalJudgementRequired = "political_judgement_required":
            "Is the issue clearly one where political judgement is required, so that the report need not recommend?",
        RemovesAuthorContactDetails = "removes_author_contact_details":
            "Would the change remove the report author's contact details?",
    }
}

vocabulary! {
    /// The answer the tool gives to one change request.
    pub enum Verdict as "verdict" {
        Permitted = "permitted": "Permitted",
        NotPermitted = "not_permitted": "Not permitted",
        OfficerJudgement = "officer_judgement": "Officer judgement",
        Unclear = "unclear": "Unclear",
    }
}

/// One change a Member asks for in a draft report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeRequest {
    pub action: Action,
    pub target: Target,
    #[serde(default)]
    pub requester: Requester,
    #[serde(default)]
    pub report_kind: ReportKind,
    /// The paragraph of the report as printed ("4.2"), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<String>,
    /// The Member's own words, kept for the record and the reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The officer's answers to the questions rules turn on; a missing answer is `unknown`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<Question, Answer>,
}

impl ChangeRequest {
    pub fn new(action: Action, target: Target) -> Self {
        ChangeRequest {
            action,
            target,
            requester: Requester::default(),
            report_kind: ReportKind::default(),
            paragraph: None,
            text: None,
            answers: BTreeMap::new(),
        }
    }

    pub fn by(mut self, requester: Requester) -> Self {
        self.requester = requester;
        self
    }

    pub fn in_report(mut self, report_kind: ReportKind) -> Self {
        self.report_kind = report_kind;
        self
    }

    pub fn answering(mut self, question: Question, answer: Answer) -> Self {
        self.answers.insert(question, answer);
        self
    }

    pub fn answer(&self, question: Question) -> Answer {
        self.answers.get(&question).copied().unwrap_or_default()
    }
}
