//! Manchester's rules on members' access to documents: section 8, which defers to the
//! Access to Information Procedure Rules in the constitution. This tool does not hold those
//! rules, so it applies statute and says plainly that the rest is for the Monitoring Officer.

use crate::access::rule::build::*;
use crate::access::rule::AccessEffect;
use crate::access::AccessRule;
use crate::rule::build::rule;

pub const ACCESS_RULES: &[AccessRule] = &[
    rule!(
        "8.1",
        "8.1",
        "The rights of members to inspect council documents are set out in the … constitution in the Access to Information Procedure rules.",
        &[access(
            access_scope!(),
            AccessEffect::ShowNeed,
            "Manchester 8.1 leaves members' rights to inspect council documents to the Access to Information Procedure Rules in its constitution, which this tool does not hold; beyond statute, the member must show a need to know.",
        )],
    ),
    rule!(
        "8.1-data-protection",
        "8.1",
        "Members and Officers should both be mindful of their obligations under data protection legislation.",
        &[access(
            access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
            condition("Members and officers should both be mindful of their obligations under data protection legislation."),
            "Manchester 8.1 reminds both of data protection obligations.",
        )],
    ),
    rule!(
        "8.2",
        "8.2",
        "A Member must not disclose information given to them in confidence by anyone or information acquired which they believe is of a confidential nature, without the consent of a person authorised to give it, or unless they are required by law to do so",
        &[access(
            access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
            condition("Information given in confidence, or believed to be confidential, must not be disclosed without the consent of a person authorised to give it, unless the law requires it."),
            "Manchester 8.2 forbids members to disclose confidential information.",
        )],
    ),
    rule!(
        "8.3",
        "8.3",
        "The Freedom of Information Act 2000 (\"the 2000 Act\") and Environmental … Information Regulations 2004 provide rights of access to recorded information held by public authorities.",
        &[access(
            access_scope!(),
            alternative("A request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, which give rights of access to recorded information the council holds."),
            "Manchester 8.3 names the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.",
        )],
    ),
];
