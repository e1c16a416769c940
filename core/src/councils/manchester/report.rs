//! The report-consultation rules of Manchester: what a Member may ask of a report author.

use crate::model::{Answer, Question};
use crate::rule::build::*;
use crate::rule::{Effect, Rule};
use crate::scope;

pub const REPORT_RULES: &[Rule] = &[
    rule!(
        "3.2",
        "3.2",
        "Members must respect the impartiality of officers and do nothing to compromise it, e.g. by insisting that an officer change their professional advice.",
        &[
            clause(
                scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement]),
                Effect::Forbid,
                "Manchester 3.2 says Members must do nothing to compromise officers' impartiality, such as insisting that an officer change their professional advice.",
            ),
            clause(
                scope!(actions: [Clarify, Correct], targets: [ProfessionalOpinion, StatutoryStatement]),
                forbid_if(Question::ChangesSubstance, Answer::Yes),
                "Manchester 3.2 does not allow a Member to insist on a change to an officer's professional advice, so rewording is acceptable only if the advice is unchanged.",
            ),
        ],
    ),
    rule!(
        "3.4",
        "3.4",
        "Certain statutory officers the Chief Executive, the Chief Finance Officer and the Monitoring Officer have specific roles. … In particular members are reminded of the duty under the Members' Code to have regard to any relevant advice given by the Chief Finance Officer or Monitoring Officer.",
        &[clause(
            scope!(targets: [StatutoryStatement]),
            condition("Members have a duty to have regard to relevant advice of the Chief Finance Officer or Monitoring Officer, so that advice must stay before the decision-maker."),
            "Manchester 3.4 reminds Members of their duty to have regard to the statutory officers' advice.",
        )],
    ),
    rule!(
        "4.2",
        "4.2",
        "Whilst Executive Members will routinely be consulted as part of the process of drawing up proposals for consideration on the agenda for a forthcoming meeting, it must be recognised that in some situations an Officer will be under a duty to submit a report. Similarly, the Chief Executive, Chief Officer or other Senior Officer will always be fully responsible for the contents of any report submitted in their name.",
        &[clause(
            scope!(report_kinds: [DecisionReport, StatutoryFunctionReport]),
            Effect::Responsibility,
            "Manchester 4.2 makes the senior officer fully responsible for the contents of any report in their name.",
        )],
    ),
    rule!(
        "3.6",
        "3.6",
        "it is the Officer, rather than the Member or Members, who legally takes the action and it is the Officer who is accountable for it.",
        &[clause(
            scope!(report_kinds: [StatutoryFunctionReport]),
            Effect::Responsibility,
            "Manchester 3.6 makes the officer, not the Member consulted, accountable for action the officer takes.",
        )],
    ),
    rule!(
        "4.4",
        "4.4",
        "The Executive, Executive members and Officers must satisfy themselves that they are clear what exactly they can and cannot do.",
        &[clause(
            scope!(requesters: [ExecutiveMember, Leader]),
            Effect::Responsibility,
            "Manchester 4.4 requires Executive Members and officers to be clear what exactly they can and cannot do.",
        )],
    ),
    rule!(
        "6.1",
        "6.1",
        "in discharging their duties and responsibilities, Officers serve the Council as a whole and not any political group, combination of groups or any individual Member of the Council.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            Effect::Responsibility,
            "Manchester 6.1: officers serve the Council as a whole, not any political group.",
        )],
    ),
    rule!(
        "6.5.1",
        "6.5.1",
        "Officer assistance must not extend beyond providing information and advice in relation to matters of Council business. Officers must not be involved in advising on matters of party business.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("Keep to information and advice on Council business; do not advise on party business."),
            "Manchester 6.5.1 limits officer assistance to party groups to information and advice on Council business.",
        )],
    ),
    rule!(
        "6.5.3",
        "6.5.3",
        "Similarly, where Officers provide information and advice to a party group meeting in relation to a matter of Council business, this cannot act as a substitute for providing all necessary information and advice to the relevant Council decision making body when the matter in question is considered.",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            condition("Briefing a party group does not replace giving all necessary information and advice to the decision-making body."),
            "Manchester 6.5.3: advice to a party group cannot substitute for full advice to the decision-making body.",
        )],
    ),
    rule!(
        "6.8",
        "6.8",
        "Any particular cases of difficulty or uncertainty in this area of Officer advice to party groups should be raised with the Chief Executive who will discuss them with the relevant group leader(s).",
        &[clause(
            scope!(report_kinds: [PoliticalGroupBriefing]),
            escalate("Raise difficulty or uncertainty over advice to party groups with the Chief Executive, who will discuss it with the group leader(s)."),
            "Manchester 6.8 sends difficulties over advice to party groups to the Chief Executive.",
        )],
    ),
    rule!(
        "2.7",
        "2.7",
        "Where an Officer feels that they have not been properly treated with respect and courtesy by a Member, they should raise the matter with their Chief Officer or the Chief Executive as appropriate.",
        &[clause(
            scope!(actions: [Exclude, Alter], targets: [ProfessionalOpinion, StatutoryStatement, Recommendation]),
            escalate("If you feel pressed or not treated with respect, raise it with your Chief Officer or the Chief Executive."),
            "Manchester 2.7 tells officers where to raise improper treatment by a Member.",
        )],
    ),
    rule!(
        "12.3",
        "12.3",
        "Questions of interpretation of this Protocol will be determined by the Monitoring Officer.",
        &[clause(
            scope!(),
            escalate("Questions of interpretation of the protocol are determined by the Monitoring Officer."),
            "Manchester 12.3 makes the Monitoring Officer the arbiter of the protocol's meaning.",
        )],
    ),
];
