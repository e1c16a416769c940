//! The report-consultation rules of West Lindsey: what a Member may ask of a report author.

use crate::model::{Answer, Question};
use crate::rule::build::*;
use crate::rule::{Effect, Rule};
use crate::scope;

pub const REPORT_RULES: &[Rule] = &[
    rule!(
        "6.3-recommendation",
        "6.3",
        "Reports always contain a recommendation unless the issue is clearly one where political judgement is required.",
        &[clause(
            scope!(actions: [Exclude], targets: [Recommendation], report_kinds: [DecisionReport, StatutoryFunctionReport]),
            forbid_if(Question::PoliticalJudgementRequired, Answer::No),
            "West Lindsey 6.3 requires reports always to contain a recommendation unless the issue is clearly one where political judgement is required.",
        )],
    ),
    rule!(
        "6.3-author-contact",
        "6.3",
        "Reports will also always include the contact details of the report author.",
        &[clause(
            scope!(actions: [Exclude], targets: [OtherInformation], report_kinds: [DecisionReport, StatutoryFunctionReport]),
            forbid_if(Question::RemovesAuthorContactDetails, Answer::Yes),
            "West Lindsey 6.3 requires reports always to include the report author's contact details.",
        )],
    ),
    rule!(
        "6.5",
        "6.5",
        "The Chairmen and members of the policy committees shall give Officers the opportunity to give any advice they wish to give.",
        &[
            clause(
                scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement]),
                Effect::Forbid,
                "West Lindsey 6.5 requires Chairmen and committee members to give officers the opportunity to give any advice they wish to give, so the advice cannot be removed or changed at a Member's request.",
            ),
            clause(
                scope!(actions: [Clarify, Correct], targets: [ProfessionalOpinion, StatutoryStatement]),
                forbid_if(Question::ChangesSubstance, Answer::Yes),
                "West Lindsey 6.5 lets officers give any advice they wish to give, so rewording is acceptable only if the advice is unchanged.",
            ),
        ],
    ),
    rule!(
        "6.4-responsible",
        "6.4",
        "The senior officer will always be fully responsible for the contents of any report submitted in their name.",
        &[clause(
            scope!(),
            Effect::Responsibility,
            "West Lindsey 6.4 makes the senior officer fully responsible for the contents of any report in their name.",
        )],
    ),
    rule!(
        "6.6",
        "6.6",
        "No Individual Member, in any capacity, has individual decision making powers.",
        &[clause(
            scope!(requesters: [ExecutiveMember, CommitteeChair, Leader]),
            Effect::Responsibility,
            "West Lindsey 6.6: no individual Member has decision-making powers.",
        )],
    ),
    rule!(
        "6.9",
        "6.9",
        "The Overview and Scrutiny Committee shall be bound by the same provisions set out in this section above.",
        &[clause(
            scope!(requesters: [CommitteeChair]),
            Effect::Responsibility,
            "West Lindsey 6.9 applies the same provisions to the Overview and Scrutiny Committee.",
        )],
    ),
    rule!(
        "7.3",
        "7.3",
        "Officer support will not extend beyond providing factual information or professional advice in relation to matters of Council business. Officers must not be involved in advising on matters of party business",
        &[
            clause(
                scope!(actions: [Include], targets: [FactualStatement], report_kinds: [PoliticalGroupBriefing]),
                Effect::Permit,
                "West Lindsey 7.3 allows officers to provide a party group with factual information on Council business.",
            ),
            clause(
                scope!(report_kinds: [PoliticalGroupBriefing]),
                condition("Keep to factual information and professional advice on Council business; do not advise on party business."),
                "West Lindsey 7.3 limits officer support to party groups to factual information and professional advice on Council business.",
            ),
        ],
    ),
    rule!(
        "7.4",
        "7.4",
        "Where officers provide factual information and advice to a party group in relation to a matter of Council business, this is not a substitute for providing all the necessary information and advice when the matter in question is formally considered by the relevant part of the Council.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("Briefing a party group does not replace giving all necessary information and advice when the matter is formally considered."),
            "West Lindsey 7.4: advice to a party group is no substitute for full advice when the matter is formally considered.",
        )],
    ),
    rule!(
        "7.5",
        "7.5",
        "Officers will respect the confidentiality of any party group discussions at which they are present and, unless requested to do so by that party group, will not relay the content of such discussions to another party group or to any other members.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("Keep the group's discussions confidential: do not relay them to another group or other members unless the group asks."),
            "West Lindsey 7.5 requires officers to keep party group discussions confidential.",
        )],
    ),
    rule!(
        "7.6",
        "7.6",
        "An officer accepting an invitation to the meeting of one party group shall not decline an invitation to advise another group about the same matter. He/she must give substantially the same advice to each.",
        &[clause(
            scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement, Recommendation],
                   report_kinds: [PoliticalGroupBriefing]),
            Effect::Forbid,
            "West Lindsey 7.6 requires an officer to give substantially the same advice to each party group, so one group cannot have the advice changed for it.",
        )],
    ),
    rule!(
        "7.8",
        "7.8",
        "Any particular cases of difficulty or uncertainty in relation to this part of the protocol should be raised with the Monitoring Officer and the relevant party group leader.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            escalate("Raise difficulty or uncertainty over party group support with the Monitoring Officer and the relevant party group leader."),
            "West Lindsey 7.8 sends difficulties over party group support to the Monitoring Officer and group leader.",
        )],
    ),
    rule!(
        "6.4-escalation",
        "6.4",
        "Any issues arising between a Chairman of a committee and a Director regarding the content of an agenda will be referred to the Monitoring Officer and Chief Executive for resolution in consultation with the Leader of the Council.",
        &[clause(
            scope!(report_kinds: [DecisionReport, StatutoryFunctionReport]),
            escalate("Issues between a Chairman and a Director over the agenda's content go to the Monitoring Officer and Chief Executive for resolution, in consultation with the Leader of the Council."),
            "West Lindsey 6.4 sends agenda content disputes to the Monitoring Officer and Chief Executive with the Leader.",
        )],
    ),
    rule!(
        "14.1",
        "14.1",
        "Any concerns should in the first instance be raised with the Monitoring Officer who can provide appropriate assistance.",
        &[clause(
            scope!(),
            escalate("Any concerns go first to the Monitoring Officer."),
            "West Lindsey 14.1 sends concerns first to the Monitoring Officer.",
        )],
    ),
];
