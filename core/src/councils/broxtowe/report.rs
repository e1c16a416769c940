//! The report-consultation rules of Broxtowe: what a Member may ask of a report author.

use crate::model::{Answer, Question};
use crate::rule::build::*;
use crate::rule::{Effect, Rule};
use crate::scope;

pub const REPORT_RULES: &[Rule] = &[
    rule!(
        "2.5-professional-views",
        "2.5",
        "In giving such advice to Councillors, and in preparing and presenting reports, it is the responsibility of the Officer to express their own professional views and recommendations. Whilst an Officer may report the views of individual Councillors on an issue, if the Councillor wishes to express a contrary view they should not seek to pressure the Officer to make a recommendation contrary to the Officer's professional view.",
        &[
            clause(
                scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement]),
                Effect::Forbid,
                "Broxtowe 2.5 makes it the officer's responsibility to express their own professional views in reports, so a Councillor cannot have them removed or changed.",
            ),
            clause(
                scope!(actions: [Clarify, Correct], targets: [ProfessionalOpinion, StatutoryStatement]),
                forbid_if(Question::ChangesSubstance, Answer::Yes),
                "Broxtowe 2.5 makes the professional views the officer's own, so rewording them is acceptable only if their substance is unchanged.",
            ),
            clause(
                scope!(actions: [Include, Alter], targets: [Recommendation], report_kinds: [DecisionReport, StatutoryFunctionReport]),
                forbid_if(Question::ContraryToProfessionalView, Answer::Yes),
                "Broxtowe 2.5 says a Councillor should not pressure the officer to make a recommendation contrary to the officer's professional view; the Councillor's own view may be reported instead.",
            ),
            clause(
                scope!(actions: [Exclude], targets: [Recommendation], report_kinds: [DecisionReport, StatutoryFunctionReport]),
                Effect::Forbid,
                "Broxtowe 2.5 makes it the officer's responsibility to express their own recommendations in reports, so a Councillor cannot have them removed.",
            ),
            clause(
                scope!(),
                Effect::Responsibility,
                "Broxtowe 2.5 makes expressing their own professional views and recommendations the officer's responsibility.",
            ),
        ],
    ),
    rule!(
        "2.5-statutory-officers",
        "2.5",
        "Certain Officers: the Head of Paid Service, Monitoring Officer and Section 151 Officer have responsibilities in law over and above their obligations to the Authority and to individual Councillors, and Councillors must respect these obligations, must not obstruct Officers in the discharge of these responsibilities",
        &[
            clause(
                scope!(actions: [Exclude, Alter], targets: [StatutoryStatement]),
                Effect::Forbid,
                "Broxtowe 2.5 says Councillors must not obstruct the Head of Paid Service, Monitoring Officer or Section 151 Officer in discharging their legal responsibilities.",
            ),
            clause(
                scope!(report_kinds: [StatutoryFunctionReport]),
                reserve("The report discharges a statutory officer's responsibilities in law: whether to make any change is for that officer alone."),
                "Broxtowe 2.5 says Councillors must not obstruct statutory officers in discharging their legal responsibilities, so changes to such a report are for the officer.",
            ),
        ],
    ),
    rule!(
        "3.2(f)",
        "3.2(f)",
        "not to be subject to bullying or to be put under undue pressure.",
        &[clause(
            scope!(actions: [Exclude, Alter]),
            condition("You may decline: officers can expect not to be put under undue pressure."),
            "Broxtowe 3.2(f): officers can expect not to be put under undue pressure.",
        )],
    ),
    rule!(
        "3.2(g)",
        "3.2(g)",
        "that Councillors will not use their position or relationship with Officers to advance their personal interests or those of others or to influence decisions improperly",
        &[clause(
            scope!(actions: [Alter], targets: [Recommendation]),
            condition("The Councillor must not use their position to influence the decision improperly."),
            "Broxtowe 3.2(g): Councillors will not use their position to influence decisions improperly.",
        )],
    ),
    rule!(
        "4.2(a)",
        "4.2(a)",
        "Political groups may request the Chief Executive to prepare written reports on matters relating to the authority for consideration by the group.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            escalate("Political groups' requests for reports are made to, and settled by, the Chief Executive."),
            "Broxtowe 4.2(a): political groups request reports from the Chief Executive.",
        )],
    ),
    rule!(
        "4.2(b)",
        "4.2(b)",
        "Officer reports to political groups will be limited to a statement of material facts and identification of options and the merits and demerits of such options for the Authority. Reports will not deal with any political implications of the matter or any option, and Officers will not make any recommendation to a political group.",
        &[
            clause(
                scope!(actions: [Include, Alter], targets: [Recommendation], report_kinds: [PoliticalGroupBriefing]),
                Effect::Forbid,
                "Broxtowe 4.2(b) says officers will not make any recommendation to a political group.",
            ),
            clause(
                scope!(actions: [Include], targets: [FactualStatement, Option], report_kinds: [PoliticalGroupBriefing]),
                Effect::Permit,
                "Broxtowe 4.2(b) allows reports to political groups to state the material facts and identify options with their merits and demerits.",
            ),
            clause(
                scope!(report_kinds: [PoliticalGroupBriefing]),
                condition("Do not deal with the political implications of the matter or any option."),
                "Broxtowe 4.2(b) limits reports to political groups to facts and options, without political implications.",
            ),
        ],
    ),
    rule!(
        "4.2(c)",
        "4.2(c)",
        "Where a report is prepared for a political group, the Chief Executive will advise all other groups that a report has been prepared and the topic of the report.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("The Chief Executive will tell all other groups that the report has been prepared and its topic."),
            "Broxtowe 4.2(c): other groups are told a report was prepared and on what.",
        )],
    ),
    rule!(
        "4.3(c)",
        "4.3(c)",
        "Officers' advice to political groups will be limited to a statement of material facts and identification of options and the merits and demerits of such options for the authority. Advice will not deal with any political implications of the matter or any option, and Officers will not make any recommendation to a political group.",
        &[clause(
            scope!(actions: [Include, Alter], targets: [Recommendation], report_kinds: [PoliticalGroupBriefing]),
            Effect::Forbid,
            "Broxtowe 4.3(c) says officers' advice to political groups will not make any recommendation.",
        )],
    ),
    rule!(
        "5.1",
        "5.1",
        "Whilst it will always be preferable to resolve matters informally, through conciliation by an appropriate senior manager or Councillors, Officers will have recourse to the Grievance Procedure or to the Council's Monitoring Officer, as appropriate to the circumstances.",
        &[clause(
            scope!(),
            escalate("Resolve it informally through an appropriate senior manager if you can; otherwise you have recourse to the Grievance Procedure or the Monitoring Officer."),
            "Broxtowe 5.1 sets the route for officers when relations with Councillors break down.",
        )],
    ),
];
