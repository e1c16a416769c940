//! Bolsover's rules on members' access to documents: all in 5.4.6.
//!
//! 5.4.6 restates the statutory right (excluding exempt items, which it lists), then the
//! common-law need to know, which the Director or Assistant Director decides on the reason the
//! Member gives. It gives no examples of a prima facie need, so the tool never grants one here:
//! beyond statute, the outcome is `must_show_need` (or `no_right` where the text says so), and
//! the Director decides.

use crate::access::rule::build::*;
use crate::access::rule::{AccessEffect, Route};
use crate::access::AccessRule;
use crate::rule::build::rule;

/// Documents that are not already public as Part I meeting papers.
macro_rules! non_public {
    () => {
        access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice])
    };
}

pub const ACCESS_RULES: &[AccessRule] = &[
    rule!(
        "5.4.6-statutory-right",
        "5.4.6",
        "Members have the same statutory right as any member of the public to inspect any Council document which contains material relating to any business which is to be transacted at a Council or Committee meeting or a meeting of Executive and any relevant background papers. This right applies irrespective of whether or not the Member is a Member of the Executive, Committee or Sub-Committee concerned or acting as a substitute.",
        &[access(
            access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness]),
            grant(Route::PublicRight),
            "Bolsover 5.4.6 gives every Member the public's statutory right to inspect documents for business at a Council, committee or Executive meeting, and their background papers, whether or not they sit on that body.",
        )],
    ),
    rule!(
        "5.4.6-exempt",
        "5.4.6",
        "This right does not, however, apply to documents relating to items containing information which is exempt from publication. The items in question are those which contain exempt information relating to employees, occupiers of Council property, applicants for grants and other services, contract and industrial relations negotiations, advice from Counsel and criminal investigations.",
        &[
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness]),
                bar(&[Route::PublicRight, Route::MemberRight]),
                "Bolsover 5.4.6 says the statutory right does not apply to documents on items containing exempt information.",
            ),
            access(
                access_scope!(documents: [CounselAdvice]),
                bar(&[Route::PublicRight, Route::MemberRight]),
                "Bolsover 5.4.6 lists advice from Counsel among the exempt information the statutory right does not reach.",
            ),
        ],
    ),
    rule!(
        "5.4.6-monitoring-officer",
        "5.4.6",
        "Correspondence held by the Monitoring Officer in relation to his/her duties is similarly exempt unless released by him/her in the interest of furthering any enquiry.",
        &[access(
            access_scope!(documents: [MonitoringOfficerCorrespondence], unless: [ReleasedByMonitoringOfficer]),
            bar(ALL_ROUTES),
            "Bolsover 5.4.6: correspondence held by the Monitoring Officer in relation to their duties is exempt unless the Monitoring Officer releases it to further an enquiry.",
        )],
    ),
    rule!(
        "5.4.6-decided-by",
        "5.4.6",
        "The crucial question is the determination of the \"Need to Know\". This question will be determined by the particular Director or Assistant Director as appropriate whose staff holds the document in question (with advice from the Monitoring Officer). It follows from this that the Member must give the reason for the enquiry.",
        &[
            access(
                access_scope!(purposes: [NotGiven]),
                AccessEffect::ShowNeed,
                "Bolsover 5.4.6 requires the Member to give the reason for the enquiry, and none has been given.",
            ),
            access(
                access_scope!(),
                decider("The Director or Assistant Director whose staff hold the document determines whether the Member has a need to know, with advice from the Monitoring Officer."),
                "Bolsover 5.4.6 names who determines the need to know.",
            ),
        ],
    ),
    rule!(
        "5.4.6-common-law",
        "5.4.6",
        "The common law right of Members is much broader and based on the principle that any Member has a prima facie right to inspect Council documents so far as his/her access to the documents is reasonably necessary to enable the Member to perform properly his/her duties as Member of the Council. This principle is commonly referred to as the 'need to know' principle.",
        &[access(
            access_scope!(),
            AccessEffect::ShowNeed,
            "Bolsover 5.4.6: beyond the statutory right, a Member may inspect a document so far as access is reasonably necessary for their duties as a Member (the 'need to know'), which the Member must demonstrate and the Director decides.",
        )],
    ),
    rule!(
        "5.4.6-curiosity",
        "5.4.6",
        "The exercise of this common law right depends, therefore, upon the Member's ability to demonstrate the necessary \"Need to Know\". In this respect a Member has no right to \"a roving commission\" to go and examine documents of the Council. Mere curiosity is not sufficient.",
        &[access(
            access_scope!(purposes: [Curiosity]),
            bar(&[Route::NeedToKnow]),
            "Bolsover 5.4.6: a Member has no right to a roving commission through the Council's documents, and mere curiosity is not sufficient to show a need to know.",
        )],
    ),
    rule!(
        "5.4.6-written-reasons",
        "5.4.6",
        "Written reasons will be provided on request.",
        &[access(
            access_scope!(),
            AccessEffect::WrittenReasons,
            "Bolsover 5.4.6 promises written reasons on request.",
        )],
    ),
    rule!(
        "5.4.6-dispute",
        "5.4.6",
        "In the event of dispute, the question falls to be determined by the relevant committee - i.e. the committee in connection with whose functions the document is held or the Executive",
        &[access(
            access_scope!(),
            dispute("In the event of dispute, the relevant committee decides: the committee in connection with whose functions the document is held, or the Executive."),
            "Bolsover 5.4.6 sends disputes about the need to know to the relevant committee or the Executive.",
        )],
    ),
    rule!(
        "5.4.6-personal-information",
        "5.4.6",
        "A Member who requests to inspect documents which contain personal information about third parties will normally be expected to justify their request in specific terms.",
        &[
            access(
                access_scope!(requires: [ThirdPartyPersonalData]),
                hold(&[Route::NeedToKnow]),
                "Bolsover 5.4.6 expects a Member asking for documents with personal information about third parties to justify the request in specific terms.",
            ),
            access(
                access_scope!(documents: [PersonalRecords]),
                hold(&[Route::NeedToKnow]),
                "Bolsover 5.4.6 expects a Member asking for personal information about others to justify the request in specific terms.",
            ),
        ],
    ),
    rule!(
        "5.4.6-party-group",
        "5.4.6",
        "A Member of one party group will not have a 'need to know' and, therefore, does not have a right to inspect any document which forms part of the internal workings of another party group and is in the possession of the Council or of an individual employee.",
        &[
            access(
                access_scope!(documents: [PartyGroupDocument], requires: [OtherGroupDocument]),
                bar(ALL_ROUTES),
                "Bolsover 5.4.6: a Member of one party group has no need to know, and so no right to inspect, a document of another group's internal workings.",
            ),
            access(
                access_scope!(documents: [PartyGroupDocument], requires: [GroupUnknown]),
                hold(&[Route::NeedToKnow]),
                "Bolsover 5.4.6 denies a Member any right to another party group's internal documents: confirm whose group this document belongs to and which group the Member is in.",
            ),
        ],
    ),
    rule!(
        "5.4.6-advice",
        "5.4.6",
        "More detailed advice regarding Members' rights to inspect Council documents may be obtained from the Monitoring Officer.",
        &[access(
            access_scope!(),
            alternative("Ask the Monitoring Officer for more detailed advice on Members' rights to inspect Council documents."),
            "Bolsover 5.4.6 points Members to the Monitoring Officer for advice.",
        )],
    ),
    rule!(
        "5.4.6-use",
        "5.4.6",
        "Any Council information is provided to a Member on the basis that it must only be used by the Member in connection with the proper performance of the Member's duties as a Member of the Council. This forms part of the Council's data protection requirements. This obligation for confidentiality is part of the Code of Conduct.",
        &[
            access(
                non_public!(),
                condition("The information may be used only in connection with the proper performance of the Member's duties as a Member of the Council; this is part of the Council's data protection requirements and of the Code of Conduct's obligation of confidentiality."),
                "Bolsover 5.4.6 limits the use of Council information to a Member's duties.",
            ),
            access(
                access_scope!(purposes: [PrivateInterest]),
                bar(&[Route::NeedToKnow]),
                "Bolsover 5.4.6 allows Council information to be used only for the proper performance of a Member's duties, so a private or business purpose gives no need to know.",
            ),
            access(
                access_scope!(requires: [PrivateCapacity]),
                bar(&[Route::NeedToKnow]),
                "Bolsover 5.4.6 allows Council information to be used only for the proper performance of a Member's duties, so a Member acting in a private capacity has no need to know.",
            ),
        ],
    ),
];
