//! Broxtowe's protocol says nothing about members' rights to inspect council documents; it
//! speaks only of the information and confidentiality councillors and officers can expect of
//! each other (3.1, 3.2). So the tool applies statute, says the protocol is silent, and grants
//! nothing beyond statute.

use crate::access::rule::build::*;
use crate::access::AccessRule;
use crate::rule::build::rule;

pub const ACCESS_RULES: &[AccessRule] = &[rule!(
    "3.2(e)",
    "3.2(e)",
    "integrity, mutual support and appropriate confidentiality",
    &[access(
        access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
        condition("Appropriate confidentiality is expected of councillors."),
        "Broxtowe 3.2(e): officers can expect appropriate confidentiality from councillors.",
    )],
)];
