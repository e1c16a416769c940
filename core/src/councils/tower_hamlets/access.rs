//! Tower Hamlets' rules on members' access to information: section "103" of the redline draft
//! (10 in the contents list), with 8.2 and 8.3 on how requests are made.
//!
//! The fullest of the five: it says who has a need to know for Part II papers (103.3), gives
//! examples of a prima facie need (103.7) and names documents members may not see (103.10,
//! 103.11). Quotes are in the current wording; where a struck word leaves a gap ("Where a …
//! has"), the quote elides it.

use crate::access::rule::build::*;
use crate::access::rule::{AccessEffect, Route};
use crate::access::AccessRule;
use crate::rule::build::rule;

pub const ACCESS_RULES: &[AccessRule] = &[
    rule!(
        "103.1",
        "103.1",
        "This right of access of additional access may not extend to the publication of or otherwise making public such information as there may be issues of confidentiality.",
        &[access(
            access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
            condition("A member's additional access does not extend to publishing the information or otherwise making it public."),
            "Tower Hamlets 103.1: members' additional access does not extend to making the information public.",
        )],
    ),
    rule!(
        "103.3(i)",
        "103.3(i)",
        "Members enjoy the same access rights as members of the public in respect of Part I Cabinet/Committee/Sub-Committee papers.",
        &[access(
            access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness]),
            grant(Route::PublicRight),
            "Tower Hamlets 103.3(i) gives members the same access as the public to Part I Cabinet, committee and sub-committee papers.",
        )],
    ),
    rule!(
        "103.3(ii)",
        "103.3(ii)",
        "Members of the appropriate Cabinet/ Committee/ Sub-Committee will have a good reason for access to all Part II exempt information on the respective Cabinet/ Committee/ Sub-Committee agenda under the “Need to Know” principles (see below).",
        &[access(
            access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, OnDocumentsCommittee]),
            grant(Route::NeedToKnow),
            "Tower Hamlets 103.3(ii) gives members of the Cabinet or committee whose agenda it is a good reason, under the need-to-know principles, for access to all its Part II exempt information.",
        )],
    ),
    rule!(
        "103.3(iii)",
        "103.3(iii)",
        "Members of the Overview and Scrutiny Committee will have a prima facie “Need to Know” where they require access to Part II Cabinet agenda items as part of their scrutiny function provided the subject matter is within the Committee/ Sub-Committee’s terms of reference.",
        &[
            access(
                access_scope!(documents: [ExemptReport], purposes: [ScrutinyReview], requires: [MeetingBusiness, ExecutiveBusiness, ScrutinyMember, WithinTermsOfReference]),
                grant(Route::NeedToKnow),
                "Tower Hamlets 103.3(iii) gives members of the Overview and Scrutiny Committee a prima facie need to know for Part II Cabinet items they need for their scrutiny function, within the committee's terms of reference.",
            ),
            access(
                access_scope!(documents: [ExemptReport], purposes: [ScrutinyReview], requires: [MeetingBusiness, ExecutiveBusiness, ScrutinyMember, TermsOfReferenceUnknown]),
                hold(&[Route::NeedToKnow]),
                "Tower Hamlets 103.3(iii) gives a scrutiny member a prima facie need to know for a Part II Cabinet item only if the subject is within the committee's terms of reference: confirm that first.",
            ),
        ],
    ),
    rule!(
        "103.3(iv)",
        "103.3(iv)",
        "All other Members who require access to confidential/ exempt Cabinet/ Committee/ Sub-Committee documentation will need to request disclosure under the Freedom of Information Act 2000 or demonstrate a “Need to Know” by complying with the principles set out below.",
        &[
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness], unless: [OnDocumentsCommittee]),
                AccessEffect::ShowNeed,
                "Tower Hamlets 103.3(iv): a member who is not on the body whose Part II papers these are must demonstrate a need to know (or ask under the Freedom of Information Act 2000).",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness], unless: [OnDocumentsCommittee]),
                alternative("Request disclosure under the Freedom of Information Act 2000."),
                "Tower Hamlets 103.3(iv) names a Freedom of Information request as the other route to Part II papers.",
            ),
        ],
    ),
    rule!(
        "103.4",
        "103.4",
        "Where a … has a financial or personal interest in a matter the … will only be entitled to the same access as would be the case for a private individual.",
        &[
            access(
                access_scope!(requires: [Interest]),
                bar(MEMBER_ROUTES),
                "Tower Hamlets 103.4: a member with a financial or personal interest in the matter is entitled only to the access a private individual would have.",
            ),
            access(
                access_scope!(requires: [PrivateCapacity]),
                bar(MEMBER_ROUTES),
                "Tower Hamlets 103.4: a member acting in a private capacity is entitled only to the access a private individual would have.",
            ),
        ],
    ),
    rule!(
        "103.5",
        "103.5",
        "This is known as the “Need to Know”. This means that information must not be used for party political purposes.",
        &[
            access(
                access_scope!(purposes: [PartyPolitical]),
                bar(&[Route::NeedToKnow]),
                "Tower Hamlets 103.5: information obtained on a need to know must not be used for party political purposes, so a party-political purpose gives no need to know.",
            ),
            access(
                access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
                condition("Information provided on a need to know must not be used for party political purposes."),
                "Tower Hamlets 103.5 forbids party-political use of need-to-know information.",
            ),
        ],
    ),
    rule!(
        "103.6",
        "103.6",
        "The common law “Need to Know” is the prima facie right of Members to inspect documents of the authority which exist as Members are under a duty to keep themselves informed of Council business which relate to their role as elected representatives.",
        &[access(
            access_scope!(),
            AccessEffect::ShowNeed,
            "Tower Hamlets 103.6: beyond statute, access rests on the common-law need to know, for documents that relate to the member's role as an elected representative; the member needs to show that link.",
        )],
    ),
    rule!(
        "103.7-ward",
        "103.7",
        "For example, a Member is likely to have a prima facie “Need to Know” where they have yes a legitimate Ward problem and needs access to the documents that are relevant to that specific problem.",
        &[access(
            access_scope!(purposes: [WardCasework], requires: [WardMatter]),
            grant(Route::NeedToKnow),
            "Tower Hamlets 103.7: a member with a legitimate ward problem is likely to have a prima facie need to know for the documents relevant to that problem, and this document concerns their ward.",
        )],
    ),
    rule!(
        "103.7-portfolio",
        "103.7",
        "Also, for example, a Cabinet Member whose Portfolio covers the matter in question and they need to be aware of what is occurring for the purpose of their Cabinet position.",
        &[access(
            access_scope!(purposes: [PortfolioDuty], requires: [ExecutiveMember, PortfolioMatter]),
            grant(Route::NeedToKnow),
            "Tower Hamlets 103.7: a Cabinet Member whose portfolio covers the matter has a prima facie need to know what is occurring, for the purpose of their Cabinet position.",
        )],
    ),
    rule!(
        "103.8",
        "103.8",
        "Access to information on the basis of a ‘Need to Know’ does not exist where the Member is considered to be “fishing” for information or seeks access for an ulterior/improper purpose (e.g. for a private purpose). Case law has established that mere idle curiosity as to what is in the documentation will not be sufficient.",
        &[access(
            access_scope!(purposes: [Curiosity, PrivateInterest]),
            bar(&[Route::NeedToKnow]),
            "Tower Hamlets 103.8: there is no need to know where a member is fishing for information or has a private or other improper purpose, and idle curiosity is not enough.",
        )],
    ),
    rule!(
        "103.9",
        "103.9",
        "It should be noted that some material (for example if commercially sensitive) may be redacted from information that is disclosed, if this does not affect the ability of a Member to exercise their role as an elected representative.",
        &[access(
            access_scope!(requires: [CommerciallySensitive]),
            condition("Commercially sensitive material may be redacted, if that does not affect the member's ability to exercise their role as an elected representative."),
            "Tower Hamlets 103.9 allows redaction of commercially sensitive material.",
        )],
    ),
    rule!(
        "103.10-personal-records",
        "103.10",
        "There will also be a range of documents which, because of their nature are either not accessible by Members (such as the personal records of an individual)",
        &[access(
            access_scope!(documents: [PersonalRecords]),
            bar(ALL_ROUTES),
            "Tower Hamlets 103.10: the personal records of an individual are not accessible by members.",
        )],
    ),
    rule!(
        "103.10-administration",
        "103.10",
        "or are accessible only by the political group forming the administration and not by the Members of other political groups. An example of this latter category would be draft documents compiled in the context of emerging Council policies and draft Committee reports, the premature disclosure of which might be against the Council’s and the public interest.",
        &[
            access(
                access_scope!(documents: [DraftReportOrEmergingPolicy], requires: [OutsideAdministration]),
                bar(ALL_ROUTES),
                "Tower Hamlets 103.10: draft committee reports and documents on emerging policy are accessible only by the political group forming the administration, not by members of other groups.",
            ),
            access(
                access_scope!(documents: [DraftReportOrEmergingPolicy], requires: [AdministrationUnknown]),
                hold(&[Route::NeedToKnow]),
                "Tower Hamlets 103.10 makes draft reports and emerging policy accessible only by the group forming the administration: confirm whether the member's group does.",
            ),
        ],
    ),
    rule!(
        "103.11",
        "103.11",
        "it is accepted by convention that a Member of one political group will not have a “Need to Know” and therefore, a right to inspect, a document which forms part of the internal workings of another political group.",
        &[
            access(
                access_scope!(documents: [PartyGroupDocument], requires: [OtherGroupDocument]),
                bar(ALL_ROUTES),
                "Tower Hamlets 103.11: by convention a member of one political group has no need to know, and so no right to inspect, a document of another group's internal workings.",
            ),
            access(
                access_scope!(documents: [PartyGroupDocument], requires: [GroupUnknown]),
                hold(&[Route::NeedToKnow]),
                "Tower Hamlets 103.11 denies a member any right to another group's internal documents: confirm whose group this document belongs to and which group the member is in.",
            ),
        ],
    ),
    rule!(
        "103.13",
        "103.13",
        "Equally, any Council information provided to a Councillor/Member on the basis of a 'Need to Know' must only be used by the Councillor/Member for the purpose for which it was provided, i.e. in connection with the proper performance of the Councillor/Member's duties as an elected representative of the Council. Confidential or exempt information provided to Councillors/Members may be discussed in Part II Committee meetings or in private meetings of appropriate Councillors/Members and Officers. However, it should not be discussed with, or released to, any other persons. Any information that is provided should be clearly marked as confidential before it is released to Councillors/Members.",
        &[
            access(
                access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
                condition("The information may be used only for the purpose for which it was provided, in connection with the member's duties as an elected representative."),
                "Tower Hamlets 103.13 limits need-to-know information to the purpose it was provided for.",
            ),
            access(
                access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
                condition("Confidential or exempt information may be discussed only in Part II committee meetings or private meetings of appropriate Members and officers, and must not be discussed with or released to anyone else."),
                "Tower Hamlets 103.13 limits where confidential or exempt information may be discussed.",
            ),
            access(
                access_scope!(documents: [ExemptReport, OtherCouncilDocument, DraftReportOrEmergingPolicy, PersonalRecords, PartyGroupDocument, MonitoringOfficerCorrespondence, CounselAdvice]),
                officer_step("Mark the information clearly as confidential before releasing it."),
                "Tower Hamlets 103.13 requires information to be marked confidential before release.",
            ),
        ],
    ),
    rule!(
        "103.16",
        "103.16",
        "Any request from a Councillor/Member for information will be treated in confidence by Officers and will not be made known to any other Councillor/Member or political group.",
        &[access(
            access_scope!(),
            condition("The request is treated in confidence by officers and is not made known to any other Member or political group."),
            "Tower Hamlets 103.16 keeps members' requests confidential.",
        )],
    ),
    rule!(
        "8.2",
        "8.2",
        "The Members' Enquiries system should be used for all requests for information and advice except urgent requests. An urgent request should be made to the Chief Officer or Director for the Department concerned. If access is denied or the Chief Officer/ Director is in doubt, the matter must be referred to the Monitoring Officer for determination.",
        &[
            access(
                access_scope!(),
                decider("The request goes through the Members' Enquiries system or, if urgent, to the Chief Officer or Director for the department concerned; if they are in doubt, the Monitoring Officer determines it."),
                "Tower Hamlets 8.2 says how requests are made and who determines them.",
            ),
            access(
                access_scope!(),
                dispute("If access is denied, the matter must be referred to the Monitoring Officer for determination."),
                "Tower Hamlets 8.2 sends refusals to the Monitoring Officer.",
            ),
        ],
    ),
    rule!(
        "8.3",
        "8.3",
        "In considering any request for information from Members officers will take into account the access to information procedure rules set out at Part B section 27 of the Council's Constitution.",
        &[access(
            access_scope!(),
            officer_step("Take into account the Access to Information Procedure Rules (Part B Section 27 of the Constitution), which this tool does not hold."),
            "Tower Hamlets 8.3 requires officers to consider the Access to Information Procedure Rules.",
        )],
    ),
];
