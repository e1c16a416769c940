//! West Lindsey's rules on members' access to documents: section 10.
//!
//! 10.4 restates the statutory right; 10.5 and 10.6 the common-law need to know, decided first
//! by the Director and in dispute by the Monitoring Officer with the Chairman of the Standards
//! Sub-Committee. Like Bolsover it gives no examples of a prima facie need, so beyond statute the
//! tool leaves the decision to the Director (`must_show_need`). It is silent on party group
//! documents and personal records, beyond confidentiality and data protection (10.1, 10.2).
//! 10.1's "Information will generally be freely available" is a stance, not a decision on any
//! one document, so it is cited for its condition and never read as a grant.

use crate::access::rule::build::*;
use crate::access::rule::{AccessEffect, Route};
use crate::access::AccessRule;
use crate::rule::build::rule;

pub const ACCESS_RULES: &[AccessRule] = &[
    rule!(
        "10.1",
        "10.1",
        "The Council believes in open government. Information will generally be freely available to all Members, but any rules on confidentiality must be observed.",
        &[access(
            access_scope!(),
            condition("Any rules on confidentiality must be observed."),
            "West Lindsey 10.1: information is generally freely available to Members, but confidentiality rules must be observed.",
        )],
    ),
    rule!(
        "10.2",
        "10.2",
        "The approach to information being freely available has to be qualified in relation to certain appropriately confidential information. Any provision of information will be compliant with Data Protection.",
        &[access(
            access_scope!(),
            condition("Any provision of information must comply with data protection law."),
            "West Lindsey 10.2 requires information to be provided in compliance with data protection law.",
        )],
    ),
    rule!(
        "10.3",
        "10.3",
        "Where, in an officer's view, a request for information will require a significant amount of staff resources to provide the information, which he/she feels unable to commit, he/she should seek guidance from his/her Assistant Director so that a satisfactory solution, in consultation with Members, can be found. In the event of a dispute, a decision will be made by the Head of Paid Service in consultation with the leader of the group whose Member is requesting the information or the Leader of the Council.",
        &[
            access(
                access_scope!(requires: [SignificantResources]),
                decider("Because providing the information needs a significant amount of staff resources, the officer should seek guidance from their Assistant Director so that a satisfactory solution can be found in consultation with Members."),
                "West Lindsey 10.3 covers requests that need significant staff resources.",
            ),
            access(
                access_scope!(requires: [SignificantResources]),
                dispute("If the resources question is disputed, the Head of Paid Service decides, in consultation with the leader of the Member's group or the Leader of the Council."),
                "West Lindsey 10.3 sends disputes about resource-heavy requests to the Head of Paid Service.",
            ),
        ],
    ),
    rule!(
        "10.4",
        "10.4",
        "Members have a statutory right to inspect any Council document which contains material in relation to any business which is to be transacted at a Council, committee or sub-committee meeting. This right applies irrespective of whether the Member is a member of the committee or sub-committee concerned and extends not only to reports which are submitted to the meeting, but also to any relevant background papers.",
        &[access(
            access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness], unless: [ExecutiveBusiness, PrivateCapacity]),
            grant(Route::MemberRight),
            "West Lindsey 10.4 gives Members a statutory right to inspect reports for business at a Council, committee or sub-committee meeting, and their background papers, whether or not they sit on the committee.",
        )],
    ),
    rule!(
        "10.5",
        "10.5",
        "the common-law right of Members is much broader. It is based on the principle that any Member has a right to inspect Council documents so far as his/her access to the documents is reasonably necessary to enable the Member properly to perform his/her duties as a member of the Council.",
        &[access(
            access_scope!(),
            AccessEffect::ShowNeed,
            "West Lindsey 10.5: beyond statute, a Member may inspect a document so far as access is reasonably necessary for their duties as a member of the Council, which the Director must be satisfied of.",
        )],
    ),
    rule!(
        "10.6-reasonably-necessary",
        "10.6",
        "The proper exercise of this common-law right is on a need to know basis and depends on whether it is reasonably necessary for the Member to have the information in order properly to perform his/her duties.",
        &[access(
            access_scope!(purposes: [Curiosity]),
            bar(&[Route::NeedToKnow]),
            "West Lindsey 10.6 makes access depend on whether the information is reasonably necessary for the Member's duties; curiosity is not such a need.",
        )],
    ),
    rule!(
        "10.6-decided-by",
        "10.6",
        "The propriety of a request for information must initially be determined by the particular Director who has responsibility for the particular Service. In the event of a dispute, the matter will be referred to the Monitoring Officer, who will consult with the Chairman of the Standards Sub-Committee and provide direction.",
        &[
            access(
                access_scope!(),
                decider("The Director responsible for the service determines, in the first instance, whether the request is proper."),
                "West Lindsey 10.6 names who first determines a request.",
            ),
            access(
                access_scope!(),
                dispute("In the event of a dispute, the matter is referred to the Monitoring Officer, who consults the Chairman of the Standards Sub-Committee and gives direction."),
                "West Lindsey 10.6 sends disputes to the Monitoring Officer.",
            ),
        ],
    ),
    rule!(
        "10.7",
        "10.7",
        "Any Council information provided to a Member must only be used by the Member for the purpose for which it was provided, i.e. in connection with the proper performance of the Member's duties as a member of the Council. A Member should never disclose or use non-public information for the personal advantage of him/herself or of anyone known to him/her, or to the disadvantage or discredit of the Council or anyone else.",
        &[
            access(
                access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
                condition("The information may be used only for the purpose for which it was provided, in connection with the Member's duties; non-public information must never be disclosed or used for anyone's personal advantage, or to the disadvantage or discredit of the Council or anyone else."),
                "West Lindsey 10.7 limits the use of Council information.",
            ),
            access(
                access_scope!(purposes: [PrivateInterest]),
                bar(&[Route::NeedToKnow]),
                "West Lindsey 10.7 allows Council information to be used only for the Member's duties and never for personal advantage, so a private or business purpose gives no need to know.",
            ),
            access(
                access_scope!(requires: [PrivateCapacity]),
                bar(&[Route::NeedToKnow]),
                "West Lindsey 10.7 allows Council information to be used only for the Member's duties, so a Member acting in a private capacity has no need to know.",
            ),
        ],
    ),
];
