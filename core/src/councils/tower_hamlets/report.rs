//! The report-consultation rules of Tower Hamlets: what a Member may ask of a report author.

use crate::model::{Answer, Question};
use crate::rule::build::*;
use crate::rule::{Effect, Rule};
use crate::scope;

pub const REPORT_RULES: &[Rule] = &[
    rule!(
        "6.1",
        "6.1",
        "The report should lay out all relevant factors for the decision maker, and examine all alternatives in an even handed way. Officers should take care to include even unpopular options if they feel they are relevant.",
        &[
            clause(
                scope!(actions: [Exclude], targets: [Option], report_kinds: [DecisionReport, StatutoryFunctionReport]),
                forbid_if(Question::OptionRelevant, Answer::Yes),
                "Tower Hamlets 6.1 requires the report to examine all alternatives even-handedly and to include even unpopular options the officer feels are relevant.",
            ),
            clause(
                scope!(actions: [Include], targets: [Option], report_kinds: [DecisionReport, StatutoryFunctionReport]),
                Effect::Permit,
                "Tower Hamlets 6.1 requires the report to examine all alternatives in an even-handed way, so a further option may be asked for.",
            ),
        ],
    ),
    rule!(
        "6.4",
        "6.4",
        "Members have the ability to agree or reject proposals placed before them by officers, irrespective of the advice or recommendations made by officers … Officers must therefore, be able to report to Members as they see fit and without any political pressure.",
        &[
            clause(
                scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement]),
                Effect::Forbid,
                "Tower Hamlets 6.4 says officers must be able to report as they see fit without political pressure; Members may reject the advice at the meeting but not have it removed or changed.",
            ),
            clause(
                scope!(actions: [Clarify, Correct], targets: [ProfessionalOpinion, StatutoryStatement]),
                forbid_if(Question::ChangesSubstance, Answer::Yes),
                "Tower Hamlets 6.4 lets officers report as they see fit, so rewording their advice is acceptable only if its substance is unchanged.",
            ),
            clause(
                scope!(actions: [Include, Exclude, Alter], targets: [Recommendation]),
                reserve("Only if you, as the reporting officer, agree with the change: you report as you see fit, and Members can instead reject the recommendation at the meeting."),
                "Tower Hamlets 6.4 lets officers report as they see fit without political pressure, and Members may reject a recommendation at the meeting instead.",
            ),
        ],
    ),
    rule!(
        "6.2-responsible",
        "6.2",
        "The relevant Corporate Director will always be fully responsible (and retains ultimate responsibility) for the contents of any report submitted in their name.",
        &[clause(
            scope!(),
            Effect::Responsibility,
            "Tower Hamlets 6.2 makes the Corporate Director fully responsible for the contents of any report in their name.",
        )],
    ),
    rule!(
        "6.5",
        "6.5",
        "It is the officer, not the Chair etc., who takes the action and is responsible for it.",
        &[clause(
            scope!(report_kinds: [StatutoryFunctionReport]),
            Effect::Responsibility,
            "Tower Hamlets 6.5 makes the officer, not the Chair, responsible for action taken after consultation.",
        )],
    ),
    rule!(
        "7.4(iii)",
        "7.4(iii)",
        "Officer support will be limited to a statement of material facts and identification of options and the merits and demerits of such options for the Authority. Reports or other support will not deal with any political implications of the matter or any option, and officers will not make any recommendations to a political group.",
        &[
            clause(
                scope!(actions: [Include, Alter], targets: [Recommendation], report_kinds: [PoliticalGroupBriefing]),
                Effect::Forbid,
                "Tower Hamlets 7.4(iii) says officers will not make any recommendations to a political group.",
            ),
            clause(
                scope!(actions: [Include], targets: [FactualStatement, Option], report_kinds: [PoliticalGroupBriefing]),
                Effect::Permit,
                "Tower Hamlets 7.4(iii) allows officer support to a political group to state the material facts and identify options and their merits and demerits.",
            ),
            clause(
                scope!(report_kinds: [PoliticalGroupBriefing]),
                condition("Do not deal with the political implications of the matter or any option."),
                "Tower Hamlets 7.4(iii) limits support to political groups to facts and options, without political implications.",
            ),
        ],
    ),
    rule!(
        "7.4(v)",
        "7.4(v)",
        "It must not be assumed by any political group or Member that any Officer is supportive of any policy or strategy developed because of that officer's assistance in the formulation of that policy or strategy.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("Helping the group formulate a policy does not mean you support it."),
            "Tower Hamlets 7.4(v): an officer's help does not imply support for the group's policy.",
        )],
    ),
    rule!(
        "7.4(vii)",
        "7.4(vii)",
        "Where officers provide information and advice to a political group meeting in relation to a matter of Council business, it should be understood that the officers have a statutory duty to provide all necessary information and advice to the Mayor or Cabinet or relevant Committee/ Sub-Committee when the matter in question is considered.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("You must still give all necessary information and advice to the Mayor, Cabinet or committee when the matter is considered."),
            "Tower Hamlets 7.4(vii): group briefings do not displace the statutory duty to advise the decision-maker.",
        )],
    ),
    rule!(
        "6.2-escalation",
        "6.2",
        "Any issues arising between a Member and a Corporate Director in this area should be referred to the Monitoring Officer or Chief Executive for resolution.",
        &[clause(
            scope!(),
            escalate("Issues between the Member and the Corporate Director over the report go to the Monitoring Officer or Chief Executive for resolution."),
            "Tower Hamlets 6.2 sends report disputes to the Monitoring Officer or Chief Executive.",
        )],
    ),
    rule!(
        "144.1",
        "144.1",
        "If an officer has a complaint about a Member it is always preferable to resolve matters informally, through an appropriate senior manager. If the matter cannot be resolved informally or it is not suitable for such then officers can make a complaint to the Monitoring Officer.",
        &[clause(
            scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement, Recommendation]),
            escalate("If you are pressed to change your advice, resolve it informally through a senior manager, or complain to the Monitoring Officer."),
            "Tower Hamlets 144.1 tells officers how to complain about a Member.",
        )],
    ),
];
