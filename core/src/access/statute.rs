//! The statute behind members' access to documents, cited by section and regulation.
//!
//! Summaries are plain English, never quotations: the quote check applies to council texts,
//! and statute is cited, not reproduced. Each provision that decides something carries clauses
//! in the same form as council rules, so one evaluator applies both and every outcome can name
//! the provision behind it. The statute applies to all five councils alike.
//!
//! The provisions: Local Government Act 1972 ss100A-100K (access to meetings and documents of
//! principal councils) and Schedule 12A Part 1 paragraphs 1-7 (exempt information, England);
//! the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England)
//! Regulations 2012 (SI 2012/2089) regs 7, 8, 15, 16 and 17; and the Freedom of Information Act
//! 2000 s1 as the route open to anyone.

use serde::Serialize;

use crate::access_scope;
use crate::vocab::vocabulary;

use super::rule::build::*;
use super::rule::{AccessClause, AccessEffect, Route};

vocabulary! {
    /// An Act or statutory instrument.
    pub enum Instrument as "instrument" {
        Lga1972 = "lga_1972": "Local Government Act 1972",
        Si20122089 = "si_2012_2089":
            "Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012 (SI 2012/2089)",
        Foia2000 = "foia_2000": "Freedom of Information Act 2000",
    }
}

impl Instrument {
    /// How a citation starts ("LGA 1972", "SI 2012/2089").
    pub fn short(self) -> &'static str {
        match self {
            Instrument::Lga1972 => "LGA 1972",
            Instrument::Si20122089 => "SI 2012/2089",
            Instrument::Foia2000 => "FOIA 2000",
        }
    }
}

/// One provision of statute, summarised, with what it decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provision {
    /// Stable id (`"lga-1972-s100F"`).
    pub id: &'static str,
    pub instrument: Instrument,
    /// As cited: `"s100F"`, `"reg 17"`, `"Sch 12A para 3"`.
    pub provision: &'static str,
    /// The provision's subject, in our words.
    pub heading: &'static str,
    /// What it provides, in plain English (a summary, not a quotation).
    pub summary: &'static str,
    pub clauses: &'static [AccessClause],
}

impl Provision {
    /// `"LGA 1972 s100F"`.
    pub fn citation(&self) -> String {
        format!("{} {}", self.instrument.short(), self.provision)
    }
}

/// A struct literal rather than a `const fn`, so the clause array is promoted to a static.
macro_rules! provision {
    ($id:expr, $instrument:expr, $provision:expr, $heading:expr, $summary:expr, $clauses:expr $(,)?) => {
        Provision {
            id: $id,
            instrument: $instrument,
            provision: $provision,
            heading: $heading,
            summary: $summary,
            clauses: $clauses,
        }
    };
}

const PROPER_OFFICER: AccessEffect = decider("No one's discretion is needed: the right is given by statute. The proper officer makes the document available and decides only whether any part of it discloses exempt information, which may be withheld.");

use Instrument::{Foia2000, Lga1972, Si20122089};

/// Every provision the tool knows, in citation order.
pub static PROVISIONS: &[Provision] = &[
    provision!(
        "lga-1972-s100A",
        Lga1972,
        "s100A",
        "Admission to meetings of principal councils",
        "Council meetings are open to the public. The public must be excluded while confidential information would be disclosed, and may be excluded by resolution while exempt information (as described in Schedule 12A) would be.",
        &[],
    ),
    provision!(
        "lga-1972-s100B",
        Lga1972,
        "s100B",
        "Access to agenda and connected reports",
        "Copies of the agenda and reports for a council meeting are open to public inspection at least five clear days before it. The proper officer may exclude a report, or part of one, on an item likely to be taken in private.",
        &[access(
            access_scope!(documents: [AgendaOrReport], requires: [MeetingBusiness], unless: [ExecutiveBusiness]),
            grant(Route::PublicRight),
            "LGA 1972 s100B opens a Council or committee meeting's agenda and Part I reports to public inspection, so the member may inspect them as anyone may.",
        )],
    ),
    provision!(
        "lga-1972-s100C",
        Lga1972,
        "s100C",
        "Inspection of minutes and other documents after meetings",
        "After a meeting, its minutes (less exempt information), the agenda and the reports taken in public stay open to public inspection for six years.",
        &[],
    ),
    provision!(
        "lga-1972-s100D",
        Lga1972,
        "s100D",
        "Inspection of background papers",
        "Each report open to public inspection lists its background papers, and those papers are open to public inspection too (for four years after the meeting), except papers disclosing exempt or confidential information.",
        &[access(
            access_scope!(documents: [BackgroundPaper], requires: [MeetingBusiness], unless: [ExecutiveBusiness]),
            grant(Route::PublicRight),
            "LGA 1972 s100D opens the background papers to a Part I report to public inspection, so the member may inspect them as anyone may.",
        )],
    ),
    provision!(
        "lga-1972-s100E",
        Lga1972,
        "s100E",
        "Application to committees and sub-committees",
        "Sections 100A to 100D apply to committees and sub-committees of a principal council as they apply to the council.",
        &[],
    ),
    provision!(
        "lga-1972-s100F",
        Lga1972,
        "s100F",
        "Additional rights of access to documents for members of principal councils",
        "Any document held by the council that contains material relating to business to be transacted at a meeting of the council or of a committee or sub-committee is open to inspection by any member of the council (s100F(1)). The proper officer need not open a document that discloses exempt information (s100F(2)), but must still open Schedule 12A paragraph 6 information and paragraph 3 information, except terms proposed in negotiations for a contract (s100F(2A)). These rights are in addition to any other rights a member has (s100F(5)).",
        &[
            access(
                access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness], unless: [ExecutiveBusiness, PrivateCapacity]),
                grant(Route::MemberRight),
                "LGA 1972 s100F(1) opens any document relating to business to be transacted at a Council or committee meeting to inspection by any member of the council, whatever committees they sit on.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExemptOpenToMembers], unless: [ExecutiveBusiness, PrivateCapacity]),
                grant(Route::MemberRight),
                "LGA 1972 s100F(2A) keeps Schedule 12A paragraph 6 information, and paragraph 3 information other than contract negotiation terms, open to every member even in a Part II report.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExemptUnsettled], unless: [ExecutiveBusiness]),
                hold(&[Route::MemberRight]),
                "Whether a member may inspect this Part II report as of right turns on which Schedule 12A paragraph applies and, for paragraph 3, whether the information is terms proposed in contract negotiations (LGA 1972 s100F(2), (2A)); the proper officer must settle that first.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness], unless: [ExemptOpenToMembers, ExemptUnsettled, ExecutiveBusiness]),
                AccessEffect::ShowNeed,
                "LGA 1972 s100F(2) does not open exempt information of this kind to members as of right, so access depends on the member's need to know.",
            ),
            access(
                access_scope!(requires: [MeetingBusiness, PrivateCapacity], unless: [ExecutiveBusiness]),
                AccessEffect::ShowNeed,
                "LGA 1972 s100F gives its rights to members of the council; a member asking in a private capacity has only the rights any member of the public has.",
            ),
            access(
                access_scope!(requires: [MeetingBusiness], unless: [ExecutiveBusiness]),
                PROPER_OFFICER,
                "LGA 1972 s100F(2) leaves it to the proper officer to decide whether a document discloses exempt information.",
            ),
        ],
    ),
    provision!(
        "lga-1972-s100G",
        Lga1972,
        "s100G",
        "Principal councils to publish additional information",
        "The council must keep a register of members' names and addresses and of the membership of its committees, and a list of the powers delegated to officers, open to public inspection.",
        &[],
    ),
    provision!(
        "lga-1972-s100H",
        Lga1972,
        "s100H",
        "Supplemental provisions and offences",
        "Documents open to inspection may be copied on payment; a person who has custody of a document and intentionally obstructs a person exercising a right to inspect or copy it commits an offence.",
        &[],
    ),
    provision!(
        "lga-1972-s100I",
        Lga1972,
        "s100I",
        "Exempt information and power to vary Schedule 12A",
        "Exempt information is information described in Schedule 12A, subject to its qualifications (including, in England, the public interest test in paragraph 10).",
        &[
            access(
                access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness, ThirdPartyPersonalData]),
                hold(&[Route::PublicRight, Route::MemberRight]),
                "The document is marked as holding personal information about third parties, which may be exempt information (Schedule 12A paragraphs 1 and 2); the proper officer must decide whether any part is exempt before the rest is open as of right.",
            ),
            access(
                access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness, CommerciallySensitive]),
                hold(&[Route::PublicRight, Route::MemberRight]),
                "The document is marked as holding commercially sensitive material, which may be exempt information (Schedule 12A paragraph 3); the proper officer must decide whether any part is exempt before the rest is open as of right.",
            ),
        ],
    ),
    provision!(
        "lga-1972-s100J",
        Lga1972,
        "s100J",
        "Application to new authorities, Common Council, etc.",
        "Extends Part VA to other bodies (including joint authorities and combined authorities) as if they were principal councils.",
        &[],
    ),
    provision!(
        "lga-1972-s100K",
        Lga1972,
        "s100K",
        "Interpretation and application of Part VA",
        "Defines terms used in sections 100A to 100J, such as \"copy\", \"exempt information\" and \"principal council\".",
        &[],
    ),
    provision!(
        "lga-1972-sch12A-para1",
        Lga1972,
        "Sch 12A para 1",
        "Exempt information: individuals",
        "Information relating to any individual.",
        &[],
    ),
    provision!(
        "lga-1972-sch12A-para2",
        Lga1972,
        "Sch 12A para 2",
        "Exempt information: identity",
        "Information which is likely to reveal the identity of an individual.",
        &[],
    ),
    provision!(
        "lga-1972-sch12A-para3",
        Lga1972,
        "Sch 12A para 3",
        "Exempt information: financial or business affairs",
        "Information relating to the financial or business affairs of any particular person, including the authority holding it.",
        &[],
    ),
    provision!(
        "lga-1972-sch12A-para4",
        Lga1972,
        "Sch 12A para 4",
        "Exempt information: labour relations",
        "Information relating to consultations or negotiations on a labour relations matter between the authority (or a Minister) and its employees or office holders.",
        &[],
    ),
    provision!(
        "lga-1972-sch12A-para5",
        Lga1972,
        "Sch 12A para 5",
        "Exempt information: legal professional privilege",
        "Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.",
        &[],
    ),
    provision!(
        "lga-1972-sch12A-para6",
        Lga1972,
        "Sch 12A para 6",
        "Exempt information: notices, orders and directions",
        "Information which reveals that the authority proposes to give a notice imposing requirements on a person, or to make an order or direction, under any enactment.",
        &[],
    ),
    provision!(
        "lga-1972-sch12A-para7",
        Lga1972,
        "Sch 12A para 7",
        "Exempt information: crime",
        "Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.",
        &[],
    ),
    provision!(
        "si-2012-2089-reg7",
        Si20122089,
        "reg 7",
        "Access to agenda and connected reports for public meetings",
        "The agenda and reports for a public meeting of the executive or its committees are open to public inspection at least five clear days before the meeting (or when it is convened, if at shorter notice).",
        &[access(
            access_scope!(documents: [AgendaOrReport], requires: [MeetingBusiness, ExecutiveBusiness]),
            grant(Route::PublicRight),
            "SI 2012/2089 reg 7 opens the agenda and Part I reports for a public executive meeting to public inspection, so the member may inspect them as anyone may.",
        )],
    ),
    provision!(
        "si-2012-2089-reg8",
        Si20122089,
        "reg 8",
        "Key decisions",
        "A key decision is an executive decision likely to result in significant expenditure or savings for the service or function concerned, or to be significant in its effects on communities in two or more wards or electoral divisions.",
        &[],
    ),
    provision!(
        "si-2012-2089-reg15",
        Si20122089,
        "reg 15",
        "Inspection of background papers",
        "Each report for an executive decision that is open to public inspection lists its background papers, and those papers are available for public inspection, except papers disclosing exempt or confidential information.",
        &[access(
            access_scope!(documents: [BackgroundPaper], requires: [MeetingBusiness, ExecutiveBusiness]),
            grant(Route::PublicRight),
            "SI 2012/2089 reg 15 opens the background papers to a Part I executive report to public inspection, so the member may inspect them as anyone may.",
        )],
    ),
    provision!(
        "si-2012-2089-reg16",
        Si20122089,
        "reg 16",
        "Additional rights of access to documents for members of local authorities",
        "Any document held by the executive that relates to business at a public meeting must be available for inspection by any member of the council at least five clear days before the meeting (reg 16(1)-(2)); documents relating to business taken in private, or to decisions by an individual executive member or an officer, once the meeting ends or the decision is made (reg 16(3)-(4)). Exempt information need not be made available, except Schedule 12A paragraph 3 information (other than terms proposed in contract negotiations) and paragraph 6 information; the advice of a political adviser need not be (reg 16(5)-(6)).",
        &[
            access(
                access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness, ExecutiveBusiness], unless: [PrivateCapacity]),
                grant(Route::MemberRight),
                "SI 2012/2089 reg 16(1) makes any executive document relating to business at a public meeting available for inspection by any member of the council.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExecutiveBusiness, ExemptOpenToMembers, DecisionTaken], unless: [PrivateCapacity]),
                grant(Route::MemberRight),
                "SI 2012/2089 reg 16(3) and (5) open an executive document on business taken in private to any member once the meeting has ended, where its exempt information is Schedule 12A paragraph 6, or paragraph 3 other than contract negotiation terms.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExecutiveBusiness, ExemptUnsettled]),
                hold(&[Route::MemberRight]),
                "Whether a member may inspect this Part II executive report as of right turns on which Schedule 12A paragraph applies and, for paragraph 3, whether it is contract negotiation terms (SI 2012/2089 reg 16(5)); the proper officer must settle that first.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExecutiveBusiness], unless: [ExemptOpenToMembers, ExemptUnsettled]),
                AccessEffect::ShowNeed,
                "SI 2012/2089 reg 16(5) does not open exempt information of this kind to members as of right, so access depends on the member's need to know (or, for scrutiny members, reg 17).",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExecutiveBusiness, ExemptOpenToMembers], unless: [DecisionTaken]),
                AccessEffect::ShowNeed,
                "SI 2012/2089 reg 16(3) opens an executive document on business taken in private only once the meeting has ended; until then access depends on the member's need to know.",
            ),
            access(
                access_scope!(requires: [MeetingBusiness, ExecutiveBusiness, PrivateCapacity]),
                AccessEffect::ShowNeed,
                "SI 2012/2089 reg 16 gives its rights to members of the council; a member asking in a private capacity has only the rights any member of the public has.",
            ),
            access(
                access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness, ExecutiveBusiness]),
                officer_step("Make the document available at least five clear days before the meeting, or as soon as the meeting or item is added at shorter notice."),
                "SI 2012/2089 reg 16(2) sets when executive documents must be available to members.",
            ),
            access(
                access_scope!(requires: [MeetingBusiness, ExecutiveBusiness]),
                PROPER_OFFICER,
                "SI 2012/2089 reg 16(5) leaves it to the proper officer to decide whether a document discloses exempt information.",
            ),
        ],
    ),
    provision!(
        "si-2012-2089-reg17",
        Si20122089,
        "reg 17",
        "Additional rights of access to documents for members of overview and scrutiny committees",
        "A member of an overview and scrutiny committee is entitled to a copy of any document held by the executive that relates to business transacted at an executive meeting or to a decision made by an executive member or an officer (reg 17(1)), within 10 clear days of asking (reg 17(2)). Exempt or confidential information is included only if it is relevant to an action or decision the member is reviewing or scrutinising, or to a review in the committee's work programme; a political adviser's advice is not (reg 17(3)). If the executive decides the member is not entitled, it must give the committee a written statement of its reasons (reg 17(4)).",
        &[
            access(
                access_scope!(documents: [AgendaOrReport, BackgroundPaper], requires: [MeetingBusiness, ExecutiveBusiness, ScrutinyMember, DecisionTaken], unless: [PrivateCapacity]),
                grant(Route::MemberRight),
                "SI 2012/2089 reg 17(1) entitles a member of an overview and scrutiny committee to a copy of executive documents about business transacted or decisions made.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExecutiveBusiness, ScrutinyMember, DecisionTaken, RelevantToScrutinyReview], unless: [PrivateCapacity]),
                grant(Route::MemberRight),
                "SI 2012/2089 reg 17(3) entitles a scrutiny member to exempt information in an executive document where it is relevant to a decision they are reviewing or a review in the committee's work programme.",
            ),
            access(
                access_scope!(documents: [ExemptReport], requires: [MeetingBusiness, ExecutiveBusiness, ScrutinyMember, DecisionTaken, ScrutinyRelevanceUnknown], unless: [PrivateCapacity]),
                hold(&[Route::MemberRight]),
                "A scrutiny member is entitled to this exempt information only if it is relevant to a decision they are reviewing or a review in the committee's work programme (SI 2012/2089 reg 17(3)); confirm that first.",
            ),
            access(
                access_scope!(requires: [MeetingBusiness, ExecutiveBusiness, ScrutinyMember, DecisionTaken], unless: [PrivateCapacity]),
                condition("A scrutiny member's copy is due as soon as reasonably practicable and within 10 clear days of the request."),
                "SI 2012/2089 reg 17(2) sets the time for a scrutiny member's copy.",
            ),
            access(
                access_scope!(requires: [MeetingBusiness, ExecutiveBusiness, ScrutinyMember]),
                dispute("If the executive decides a scrutiny member is not entitled to a copy, it must give the overview and scrutiny committee a written statement of its reasons."),
                "SI 2012/2089 reg 17(4) requires written reasons to the scrutiny committee for a refusal.",
            ),
        ],
    ),
    provision!(
        "foia-2000-s1",
        Foia2000,
        "s1",
        "General right of access to information held by public authorities",
        "Anyone may ask a public authority for recorded information it holds, and is entitled to be told whether it is held and to have it, subject to the Act's exemptions.",
        &[access(
            access_scope!(),
            alternative("A request under the Freedom of Information Act 2000, which anyone may make, subject to its exemptions; information released that way is released to the public."),
            "The Freedom of Information Act 2000 s1 is open to anyone.",
        )],
    ),
];

/// The Schedule 12A paragraph (1 to 7) describing an exempt report's information.
pub fn schedule_12a(paragraph: u8) -> Option<&'static Provision> {
    let id = format!("lga-1972-sch12A-para{paragraph}");
    PROVISIONS.iter().find(|p| p.id == id)
}
