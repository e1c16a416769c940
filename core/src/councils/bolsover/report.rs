//! The report-consultation rules of Bolsover: what a Member may ask of a report author.

use crate::model::{Answer, Question};
use crate::rule::build::*;
use crate::rule::{Effect, Rule};
use crate::scope;

pub const REPORT_RULES: &[Rule] = &[
    rule!(
        "5.4.7-may-1",
        "5.4.7 (may ask) (1)",
        "The Executive Member or Chair may ask the report author: … (1) To include particular options;",
        &[clause(
            scope!(actions: [Include], targets: [Option], requesters: [ExecutiveMember, CommitteeChair],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Permit,
            "Bolsover 5.4.7 allows the Executive Member or Chair to ask the report author to include particular options.",
        )],
    ),
    rule!(
        "5.4.7-may-2",
        "5.4.7 (may ask) (2)",
        "The Executive Member or Chair may ask the report author: … (2) To clarify the report by expanding, simplifying or re-phrasing any part of the report or including other particular information;",
        &[
            clause(
                scope!(actions: [Clarify], requesters: [ExecutiveMember, CommitteeChair],
                       report_kinds: [DecisionReport, StatutoryFunctionReport]),
                Effect::Permit,
                "Bolsover 5.4.7 allows the Executive Member or Chair to ask for any part of the report to be clarified by expanding, simplifying or re-phrasing it.",
            ),
            clause(
                scope!(actions: [Include],
                       targets: [FactualStatement, OtherInformation, CostEstimate, ConsultationResponse],
                       requesters: [ExecutiveMember, CommitteeChair],
                       report_kinds: [DecisionReport, StatutoryFunctionReport]),
                Effect::Permit,
                "Bolsover 5.4.7 allows the Executive Member or Chair to ask for other particular information to be included.",
            ),
        ],
    ),
    rule!(
        "5.4.7-may-3",
        "5.4.7 (may ask) (3)",
        "The Executive Member or Chair may ask the report author: … (3) To check or correct any error or omission of any matter or fact including statements of summaries of policy or budget;",
        &[clause(
            scope!(actions: [Correct], requesters: [ExecutiveMember, CommitteeChair],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Permit,
            "Bolsover 5.4.7 allows the Executive Member or Chair to ask for an error or omission of fact, including a summary of policy or budget, to be checked or corrected.",
        )],
    ),
    rule!(
        "5.4.7-may-4",
        "5.4.7 (may ask) (4)",
        "The Executive Member or Chair may ask the report author: … (4) To check or correct any typing errors, omissions or duplications;",
        &[clause(
            scope!(actions: [FixTypo], requesters: [ExecutiveMember, CommitteeChair],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Permit,
            "Bolsover 5.4.7 allows the Executive Member or Chair to ask for typing errors, omissions or duplications to be checked or corrected.",
        )],
    ),
    rule!(
        "5.4.7-may-5",
        "5.4.7 (may ask) (5)",
        "The Executive Member or Chair may ask the report author: … (5) To check any estimate of costs or savings.",
        &[clause(
            scope!(actions: [CheckEstimate], requesters: [ExecutiveMember, CommitteeChair],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Permit,
            "Bolsover 5.4.7 allows the Executive Member or Chair to ask for any estimate of costs or savings to be checked.",
        )],
    ),
    rule!(
        "5.4.7-may-not-1",
        "5.4.7 (may not ask) (1)",
        "Relationships Between Officers and Executive Members / Chairs of Committees / Leader … The Executive Member or Chair may not ask officers: … (1) To exclude any option contained in the draft report;",
        &[clause(
            scope!(actions: [Exclude], targets: [Option],
                   requesters: [ExecutiveMember, CommitteeChair, Leader],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Forbid,
            "Bolsover 5.4.7 does not allow the Executive Member or Chair to ask for any option in the draft report to be excluded.",
        )],
    ),
    rule!(
        "5.4.7-may-not-2",
        "5.4.7 (may not ask) (2)",
        "Relationships Between Officers and Executive Members / Chairs of Committees / Leader … The Executive Member or Chair may not ask officers: … (2) To exclude or alter the substance of any statement in the draft report of any officers' professional opinion.",
        &[
            clause(
                scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement],
                       requesters: [ExecutiveMember, CommitteeChair, Leader],
                       report_kinds: [DecisionReport, StatutoryFunctionReport]),
                Effect::Forbid,
                "Bolsover 5.4.7 does not allow the Executive Member or Chair to ask for a statement of an officer's professional opinion to be excluded or its substance altered.",
            ),
            clause(
                scope!(actions: [Clarify, Correct], targets: [ProfessionalOpinion, StatutoryStatement],
                       requesters: [ExecutiveMember, CommitteeChair, Leader],
                       report_kinds: [DecisionReport, StatutoryFunctionReport]),
                forbid_if(Question::ChangesSubstance, Answer::Yes),
                "Bolsover 5.4.7 allows re-phrasing, but not altering the substance of an officer's professional opinion.",
            ),
        ],
    ),
    rule!(
        "5.4.7-may-not-3",
        "5.4.7 (may not ask) (3)",
        "Relationships Between Officers and Executive Members / Chairs of Committees / Leader … The Executive Member or Chair may not ask officers: … (3) To alter the substance of any recommendations that compromises the officer's integrity or would result in illegality;",
        &[clause(
            scope!(actions: [Alter], targets: [Recommendation],
                   requesters: [ExecutiveMember, CommitteeChair, Leader],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            forbid_if(Question::CompromisesIntegrityOrIllegality, Answer::Yes),
            "Bolsover 5.4.7 does not allow the Executive Member or Chair to ask for the substance of a recommendation to be altered in a way that compromises the officer's integrity or would result in illegality.",
        )],
    ),
    rule!(
        "5.4.7-may-not-4",
        "5.4.7 (may not ask) (4)",
        "Relationships Between Officers and Executive Members / Chairs of Committees / Leader … The Executive Member or Chair may not ask officers: … (4) To exclude any statement that a course of action would be a \"key decision\" or would be contrary to a policy or budget or to exclude any statement regarding legality, fairness or financial prudence, made by officers exercising their designated functions under Article 10 of the Council's Constitution;",
        &[clause(
            scope!(actions: [Exclude], targets: [StatutoryStatement],
                   requesters: [ExecutiveMember, CommitteeChair, Leader],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Forbid,
            "Bolsover 5.4.7 does not allow the Executive Member or Chair to ask for a statement that the action is a key decision, contrary to policy or budget, or on legality, fairness or financial prudence to be excluded.",
        )],
    ),
    rule!(
        "5.4.7-may-not-5",
        "5.4.7 (may not ask) (5)",
        "Relationships Between Officers and Executive Members / Chairs of Committees / Leader … The Executive Member or Chair may not ask officers: … (5) To exclude any report, comments or representations arising from consultations, publicity or supply of information to the community.",
        &[clause(
            scope!(actions: [Exclude], targets: [ConsultationResponse],
                   requesters: [ExecutiveMember, CommitteeChair, Leader],
                   report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Forbid,
            "Bolsover 5.4.7 does not allow the Executive Member or Chair to ask for reports, comments or representations from consultation or publicity to be excluded.",
        )],
    ),
    rule!(
        "5.4.7-statutory-functions",
        "5.4.7",
        "Certain statutory functions are undertaken by officers. Their reports on such matters are then their own full responsibility.",
        &[clause(
            scope!(report_kinds: [StatutoryFunctionReport]),
            reserve("The report is made in a statutory capacity: whether to make any change is for you alone to decide."),
            "Bolsover 5.4.7 makes an officer's report on a statutory function the officer's own full responsibility, so any change is for the officer to decide.",
        )],
    ),
    rule!(
        "5.4.7-duty-to-submit",
        "5.4.7",
        "Members must accept that in some situations officers will be under a duty to submit an opinion or advice in a report on a particular matter. In those situations the officer will always be fully responsible for those elements of the report submitted in the Member's name.",
        &[clause(
            scope!(targets: [ProfessionalOpinion, StatutoryStatement, Recommendation]),
            Effect::Responsibility,
            "Bolsover 5.4.7 makes the officer fully responsible for the opinion or advice they are under a duty to submit.",
        )],
    ),
    rule!(
        "5.4.4-4-responsible",
        "5.4.4(4)",
        "Similarly, an officer will always be fully responsible for the contents of any reports submitted in his or her name.",
        &[clause(
            scope!(),
            Effect::Responsibility,
            "Bolsover 5.4.4(4) makes the officer fully responsible for the contents of reports in their name.",
        )],
    ),
    rule!(
        "do-dont-professional-advice",
        "Do/Don't table (unnumbered), \"Members Don't\"",
        "Insist an officer changes his/her professional advice.",
        &[clause(
            scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement]),
            Effect::Forbid,
            "Bolsover's Do/Don't table says Members must not insist an officer changes his/her professional advice.",
        )],
    ),
    rule!(
        "5.4.5-not-a-substitute",
        "5.4.5",
        "Similarly, where officers provide information and advice to a political group meeting in relation to a matter of Council business, this cannot act as a substitute for providing all necessary information and advice to the relevant Committee or Sub-Committee when the matter in question is considered.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("Briefing a political group does not replace giving all necessary information and advice to the committee when it considers the matter."),
            "Bolsover 5.4.5: advice to a political group cannot substitute for full advice to the committee.",
        )],
    ),
    rule!(
        "5.4.5-difficulty",
        "5.4.5",
        "Any particular cases of difficulty or uncertainty in this area of employee advice or support to political groups should be raised with the Chief Executive who will discuss them with the relevant group Leaders.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            escalate("Raise difficulty or uncertainty over support to political groups with the Chief Executive, who will discuss it with the group Leaders."),
            "Bolsover 5.4.5 sends difficulties over support to political groups to the Chief Executive.",
        )],
    ),
    rule!(
        "5.4.4-4-head-of-paid-service",
        "5.4.4(4)",
        "Any issues which cannot be resolved as the result of a decision/negotiation between the relevant Chair and an officer in this area should be referred to the Head of Paid Service for resolution.",
        &[clause(
            scope!(report_kinds: [DecisionReport, StatutoryFunctionReport]),
            escalate("Issues about the report that cannot be resolved between the Chair (or Executive Member) and the officer go to the Head of Paid Service for resolution."),
            "Bolsover 5.4.4(4) sends unresolved report issues to the Head of Paid Service.",
        )],
    ),
    rule!(
        "5.4.4-4-agenda-items",
        "5.4.4(4)",
        "Where individual Members wish to place an item on an agenda they should notify the appropriate meeting chairman or Head of Paid Service and comply with the Council's Constitution.",
        &[clause(
            scope!(actions: [Include], requesters: [OtherMember, PoliticalGroup]),
            escalate("A Member who wants an item on an agenda notifies the meeting's chairman or the Head of Paid Service, under the Constitution."),
            "Bolsover 5.4.4(4) says how individual Members place items on an agenda.",
        )],
    ),
    rule!(
        "5.4.2-disputes",
        "5.4.2",
        "Any dispute over any provision of this protocol in relation to employees should be referred in the first instance to the responsible service manager or the Chief Executive.",
        &[clause(
            scope!(),
            escalate("A dispute over this protocol goes first to the responsible service manager or the Chief Executive."),
            "Bolsover 5.4.2 sends disputes over the protocol to the service manager or Chief Executive.",
        )],
    ),
];
