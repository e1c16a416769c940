//! The words the readers recognise, and what each means, as data.
//!
//! Every phrase is written once, in its normal form (see [`super::words`]: lower case, no
//! apostrophes, hyphens split), so "double-check", "Double check" and "double‑check" are one
//! entry. A trailing `*` on a word matches any ending ("recommend*"); a lone `*` any one word;
//! `…` up to three words ("take … out" reads "take the officers' view out"). When phrases
//! overlap, the longest wins, which is how "leave out" beats "leave" and "don't include" beats
//! "include".

use crate::model::{Action, Target};

use super::outline::SectionKind;
use super::words::Word;

/// What a phrase in a request says about the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionCue {
    /// A verb or phrase that names the action.
    Names(Action),
    /// "check", "verify": checking an estimate when the target is one, else checking a fact.
    Check,
    /// Words that signal a change of substance without naming an action ("instead", "approve"):
    /// they add an `alter` reading unless the Member is asking to include new text, whose words
    /// they are more likely to be.
    SuggestsAlter,
    /// "keep", "leave as is": the Member wants no change.
    NoChange,
    /// "shorten", "trim", "condense": rewording that may also drop words, so read as clarifying
    /// and as excluding, and the stricter verdict stands.
    Shortens,
}

use ActionCue::{Check, Names, NoChange, Shortens, SuggestsAlter};

/// Action phrases. Order does not matter: the longest match wins.
#[rustfmt::skip]
pub const ACTION_PHRASES: &[(&str, ActionCue)] = &[
    // exclude
    ("drop", Names(Action::Exclude)),
    ("remove", Names(Action::Exclude)),
    ("removed", Names(Action::Exclude)),
    ("removing", Names(Action::Exclude)),
    ("delete", Names(Action::Exclude)),
    ("deleted", Names(Action::Exclude)),
    ("deleting", Names(Action::Exclude)),
    ("take out", Names(Action::Exclude)),
    ("taken out", Names(Action::Exclude)),
    ("take away", Names(Action::Exclude)),
    ("leave out", Names(Action::Exclude)),
    ("leave … out", Names(Action::Exclude)),
    ("take … out", Names(Action::Exclude)),
    ("take off", Names(Action::Exclude)),
    ("take … off", Names(Action::Exclude)),
    ("left out", Names(Action::Exclude)),
    ("leave off", Names(Action::Exclude)),
    ("cut", Names(Action::Exclude)),
    ("cut … out", Names(Action::Exclude)),
    ("omit", Names(Action::Exclude)),
    ("omitted", Names(Action::Exclude)),
    ("exclude", Names(Action::Exclude)),
    ("excluded", Names(Action::Exclude)),
    ("strike out", Names(Action::Exclude)),
    ("strip … out", Names(Action::Exclude)),
    ("get rid", Names(Action::Exclude)),
    ("scrap", Names(Action::Exclude)),
    ("ditch", Names(Action::Exclude)),
    ("lose", Names(Action::Exclude)),
    ("bin", Names(Action::Exclude)),
    ("withdraw", Names(Action::Exclude)),
    ("pull", Names(Action::Exclude)),
    ("no longer say", Names(Action::Exclude)),
    ("no longer mention", Names(Action::Exclude)),
    ("no longer include", Names(Action::Exclude)),
    ("not say", Names(Action::Exclude)),
    ("dont say", Names(Action::Exclude)),
    ("not mention", Names(Action::Exclude)),
    ("dont mention", Names(Action::Exclude)),
    ("not include", Names(Action::Exclude)),
    ("dont include", Names(Action::Exclude)),
    ("no mention", Names(Action::Exclude)),
    ("dont want", Names(Action::Exclude)),
    ("do not want", Names(Action::Exclude)),
    ("dont need", Names(Action::Exclude)),
    ("do not need", Names(Action::Exclude)),
    ("no need for", Names(Action::Exclude)),
    ("not needed", Names(Action::Exclude)),
    ("unnecessary", Names(Action::Exclude)),
    ("without", Names(Action::Exclude)),
    // include
    ("add", Names(Action::Include)),
    ("adding", Names(Action::Include)),
    ("include", Names(Action::Include)),
    ("including", Names(Action::Include)),
    ("insert", Names(Action::Include)),
    ("put in", Names(Action::Include)),
    ("mention", Names(Action::Include)),
    ("introduce", Names(Action::Include)),
    ("set out", Names(Action::Include)),
    ("put forward", Names(Action::Include)),
    ("bring in", Names(Action::Include)),
    ("append", Names(Action::Include)),
    ("attach", Names(Action::Include)),
    ("reference", Names(Action::Include)),
    ("a new", Names(Action::Include)),
    ("an additional", Names(Action::Include)),
    ("another option", Names(Action::Include)),
    // alter
    ("change", Names(Action::Alter)),
    ("changed", Names(Action::Alter)),
    ("amend", Names(Action::Alter)),
    ("amended", Names(Action::Alter)),
    ("alter", Names(Action::Alter)),
    ("altered", Names(Action::Alter)),
    ("replace", Names(Action::Alter)),
    ("rewrite", Names(Action::Alter)),
    ("revise", Names(Action::Alter)),
    ("update", Names(Action::Alter)),
    ("edit", Names(Action::Alter)),
    ("tweak", Names(Action::Alter)),
    ("substitute", Names(Action::Alter)),
    ("swap", Names(Action::Alter)),
    ("switch", Names(Action::Alter)),
    ("reverse", Names(Action::Alter)),
    ("tone down", Names(Action::Alter)),
    ("tone … down", Names(Action::Alter)),
    ("water … down", Names(Action::Alter)),
    ("play … down", Names(Action::Alter)),
    ("soften", Names(Action::Alter)),
    ("water down", Names(Action::Alter)),
    ("play down", Names(Action::Alter)),
    ("downplay", Names(Action::Alter)),
    ("strengthen", Names(Action::Alter)),
    ("weaken", Names(Action::Alter)),
    ("less negative", Names(Action::Alter)),
    ("more positive", Names(Action::Alter)),
    ("less critical", Names(Action::Alter)),
    ("more balanced", Names(Action::Alter)),
    ("less alarming", Names(Action::Alter)),
    ("less harsh", Names(Action::Alter)),
    // hedging or firming up a conclusion changes what it says
    ("less definite", Names(Action::Alter)),
    ("more definite", Names(Action::Alter)),
    ("less certain", Names(Action::Alter)),
    ("less strongly", Names(Action::Alter)),
    ("less strong", Names(Action::Alter)),
    ("less firm", Names(Action::Alter)),
    ("more cautious", Names(Action::Alter)),
    ("less pessimistic", Names(Action::Alter)),
    ("more optimistic", Names(Action::Alter)),
    ("sound less", Names(Action::Alter)),
    ("sound more", Names(Action::Alter)),
    ("to say", Names(Action::Alter)),
    ("so it says", Names(Action::Alter)),
    ("say that", Names(Action::Alter)),
    ("should say", Names(Action::Alter)),
    ("should read", Names(Action::Alter)),
    ("should be", Names(Action::Alter)),
    ("downgrade", Names(Action::Alter)),
    ("upgrade", Names(Action::Alter)),
    ("instead", SuggestsAlter),
    ("less definite", SuggestsAlter),
    ("more definite", SuggestsAlter),
    ("less certain", SuggestsAlter),
    ("less categorical", SuggestsAlter),
    ("less strong", SuggestsAlter),
    ("less forceful", SuggestsAlter),
    ("less emphatic", SuggestsAlter),
    ("rather than", SuggestsAlter),
    ("approve", SuggestsAlter),
    ("reject", SuggestsAlter),
    ("refuse", SuggestsAlter),
    ("defer", SuggestsAlter),
    ("endorse", SuggestsAlter),
    ("not recommend", SuggestsAlter),
    ("recommend against", SuggestsAlter),
    ("favour", SuggestsAlter),
    ("prefer", SuggestsAlter),
    ("preferred", SuggestsAlter),
    // clarify
    ("clarify", Names(Action::Clarify)),
    ("clearer", Names(Action::Clarify)),
    ("make clear", Names(Action::Clarify)),
    ("simplify", Names(Action::Clarify)),
    ("simpler", Names(Action::Clarify)),
    ("rephrase", Names(Action::Clarify)),
    ("re phrase", Names(Action::Clarify)),
    ("reword", Names(Action::Clarify)),
    ("re word", Names(Action::Clarify)),
    ("expand", Names(Action::Clarify)),
    ("explain", Names(Action::Clarify)),
    ("more detail", Names(Action::Clarify)),
    ("elaborate", Names(Action::Clarify)),
    ("spell out", Names(Action::Clarify)),
    ("plain english", Names(Action::Clarify)),
    ("easier to read", Names(Action::Clarify)),
    ("easier to understand", Names(Action::Clarify)),
    ("easier to follow", Names(Action::Clarify)),
    ("reads badly", Names(Action::Clarify)),
    ("hard to follow", Names(Action::Clarify)),
    ("tidy up", Names(Action::Clarify)),
    ("tidy … up", Names(Action::Clarify)),
    ("shorten", Shortens),
    ("shorter", Shortens),
    ("condense", Shortens),
    ("more concise", Shortens),
    ("trim", Shortens),
    ("trim … down", Shortens),
    ("cut … down", Shortens),
    ("cut down", Shortens),
    ("pare … back", Shortens),
    ("too long", Shortens),
    ("flesh out", Names(Action::Clarify)),
    ("jargon", Names(Action::Clarify)),
    // re-ordering: the report's words stay, so no more than clarifying
    ("move", Names(Action::Clarify)),
    ("bring … forward", Names(Action::Clarify)),
    ("reorder", Names(Action::Clarify)),
    ("re order", Names(Action::Clarify)),
    ("restructure", Names(Action::Clarify)),
    // correct
    ("correct", Names(Action::Correct)),
    ("wrong", Names(Action::Correct)),
    ("incorrect", Names(Action::Correct)),
    ("inaccurate", Names(Action::Correct)),
    ("error", Names(Action::Correct)),
    ("mistake", Names(Action::Correct)),
    ("out of date", Names(Action::Correct)),
    ("outdated", Names(Action::Correct)),
    ("not right", Names(Action::Correct)),
    ("isnt right", Names(Action::Correct)),
    ("factual error", Names(Action::Correct)),
    ("missing", Names(Action::Correct)),
    // typing errors, omissions, duplications
    ("typo", Names(Action::FixTypo)),
    ("typos", Names(Action::FixTypo)),
    ("typing error*", Names(Action::FixTypo)),
    ("typographical", Names(Action::FixTypo)),
    ("spelling", Names(Action::FixTypo)),
    ("misspel*", Names(Action::FixTypo)),
    ("misspelt", Names(Action::FixTypo)),
    ("spelt", Names(Action::FixTypo)),
    ("grammar", Names(Action::FixTypo)),
    ("grammatical", Names(Action::FixTypo)),
    ("punctuation", Names(Action::FixTypo)),
    ("duplicate", Names(Action::FixTypo)),
    ("duplicated", Names(Action::FixTypo)),
    ("duplication", Names(Action::FixTypo)),
    ("repeats", Names(Action::FixTypo)),
    ("repeated", Names(Action::FixTypo)),
    ("twice", Names(Action::FixTypo)),
    ("delete the duplicate", Names(Action::FixTypo)),
    ("remove the duplicate", Names(Action::FixTypo)),
    ("remove the duplication", Names(Action::FixTypo)),
    ("delete the duplication", Names(Action::FixTypo)),
    ("remove the repetition", Names(Action::FixTypo)),
    // checking
    ("check", Check),
    ("double check", Check),
    ("recheck", Check),
    ("re check", Check),
    ("sense check", Check),
    ("verify", Check),
    ("confirm", Check),
    ("query", Check),
    ("look again at", Check),
    // no change wanted
    ("keep", NoChange),
    ("retain", NoChange),
    ("leave in", NoChange),
    ("leave as is", NoChange),
    ("as it is", NoChange),
];

/// Words that, just before an action phrase, turn it around: "don't remove" asks for no
/// removal, "not add" asks for an exclusion.
#[rustfmt::skip]
pub const NEGATORS: &[&str] = &[
    "dont", "do not", "not", "never", "no need to", "please dont", "didnt", "did not", "doesnt",
    "does not", "wouldnt", "would not", "shouldnt", "should not", "wont", "will not",
];

/// What a phrase in a request says about the part of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetCue {
    /// A kind of content, and the section that usually holds it, if any.
    Content(Target, Option<SectionKind>),
    /// "the whole report", "throughout": every part of it.
    WholeReport,
}

use SectionKind as S;
use TargetCue::{Content, WholeReport};

/// Phrases naming a part of the report.
#[rustfmt::skip]
pub const TARGET_PHRASES: &[(&str, TargetCue)] = &[
    ("option*", Content(Target::Option, Some(S::Options))),
    ("alternative*", Content(Target::Option, Some(S::Options))),
    ("recommendation*", Content(Target::Recommendation, Some(S::Recommendations))),
    ("monitoring officer*", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("mo", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("mos", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("legal comment*", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("legal implications", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("legal advice", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("legal section", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("legal services", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("legal considerations", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("city solicitor*", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("solicitor*", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("financial", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("legal bit", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("legality", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("lawful", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("unlawful", Content(Target::StatutoryStatement, Some(S::LegalImplications))),
    ("chief finance officer*", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("chief financial officer*", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("section 151", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("s151", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("s 151", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("finance comment*", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("financial implications", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("financial comment*", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("financial prudence", Content(Target::StatutoryStatement, Some(S::FinancialImplications))),
    ("key decision*", Content(Target::StatutoryStatement, Some(S::KeyDecision))),
    ("budget framework", Content(Target::StatutoryStatement, Some(S::PolicyFramework))),
    ("policy framework", Content(Target::StatutoryStatement, Some(S::PolicyFramework))),
    ("contrary to", Content(Target::StatutoryStatement, Some(S::PolicyFramework))),
    ("statutory", Content(Target::StatutoryStatement, None)),
    ("fairness", Content(Target::StatutoryStatement, None)),
    ("consultation*", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("petition*", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("representations", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("objection*", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("survey*", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("responses", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("respondents", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("feedback", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("forum*", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("engagement", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("residents views", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("public comments", Content(Target::ConsultationResponse, Some(S::Consultation))),
    ("professional opinion*", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("professional advice", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("professional view*", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("officers view*", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("officers advice", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("officers assessment", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("officers opinion", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("officer assessment", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("officers consider", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("your view", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("your advice", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("your assessment", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("your opinion", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("reasons for the recommendation*", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("reasons for recommendation*", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("risk assessment", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("conclusion*", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("assessment", Content(Target::ProfessionalOpinion, Some(S::OfficerAssessment))),
    ("high risk", Content(Target::ProfessionalOpinion, None)),
    ("risk*", Content(Target::ProfessionalOpinion, Some(S::OtherImplications))),
    ("equalit*", Content(Target::ProfessionalOpinion, Some(S::OtherImplications))),
    ("implications", Content(Target::ProfessionalOpinion, Some(S::OtherImplications))),
    ("cost*", Content(Target::CostEstimate, None)),
    ("saving*", Content(Target::CostEstimate, None)),
    ("estimate*", Content(Target::CostEstimate, None)),
    ("figure*", Content(Target::CostEstimate, None)),
    ("costings", Content(Target::CostEstimate, None)),
    ("price*", Content(Target::CostEstimate, None)),
    ("spend", Content(Target::CostEstimate, None)),
    ("budget", Content(Target::CostEstimate, None)),
    ("background", Content(Target::FactualStatement, Some(S::Background))),
    ("history", Content(Target::FactualStatement, Some(S::Background))),
    ("the facts", Content(Target::FactualStatement, None)),
    ("summary", Content(Target::FactualStatement, Some(S::Summary))),
    ("introduction", Content(Target::FactualStatement, Some(S::Summary))),
    ("purpose", Content(Target::FactualStatement, Some(S::Summary))),
    ("date*", Content(Target::FactualStatement, None)),
    ("contact details", Content(Target::OtherInformation, None)),
    ("contact officer*", Content(Target::OtherInformation, None)),
    ("report author*", Content(Target::OtherInformation, None)),
    ("appendix", Content(Target::OtherInformation, Some(S::BackgroundPapers))),
    ("appendices", Content(Target::OtherInformation, Some(S::BackgroundPapers))),
    ("background papers", Content(Target::OtherInformation, Some(S::BackgroundPapers))),
    ("title", Content(Target::OtherInformation, None)),
    ("heading", Content(Target::OtherInformation, None)),
    ("whole report", WholeReport),
    ("the report", WholeReport),
    ("throughout", WholeReport),
    ("everywhere", WholeReport),
    ("whole thing", WholeReport),
    ("the document", WholeReport),
];

/// Section headings, most specific first: the first phrase found in a heading decides its kind,
/// so "Reasons for recommendation" is an assessment and "Background papers" not background.
#[rustfmt::skip]
pub const SECTION_HEADINGS: &[(&str, SectionKind)] = &[
    ("reason* for * recommendation*", S::OfficerAssessment),
    ("reason* for recommendation*", S::OfficerAssessment),
    ("reason* for the decision*", S::OfficerAssessment),
    ("reason* for decision*", S::OfficerAssessment),
    ("background paper*", S::BackgroundPapers),
    ("background document*", S::BackgroundPapers),
    ("list of background", S::BackgroundPapers),
    ("appendi*", S::BackgroundPapers),
    ("monitoring officer*", S::LegalImplications),
    ("legal*", S::LegalImplications),
    ("head of law", S::LegalImplications),
    ("solicitor*", S::LegalImplications),
    ("chief finance officer*", S::FinancialImplications),
    ("chief financial officer*", S::FinancialImplications),
    ("section 151", S::FinancialImplications),
    ("s151", S::FinancialImplications),
    ("s 151", S::FinancialImplications),
    ("financ*", S::FinancialImplications),
    ("resource implications", S::FinancialImplications),
    ("budget implications", S::FinancialImplications),
    ("key decision*", S::KeyDecision),
    ("policy and budget framework", S::PolicyFramework),
    ("budget and policy framework", S::PolicyFramework),
    ("policy framework", S::PolicyFramework),
    ("budget framework", S::PolicyFramework),
    ("recommendation*", S::Recommendations),
    ("decision* required", S::Recommendations),
    ("decision* recommended", S::Recommendations),
    ("option*", S::Options),
    ("alternative*", S::Options),
    ("consult*", S::Consultation),
    ("engagement", S::Consultation),
    ("representations", S::Consultation),
    ("petition*", S::Consultation),
    ("responses", S::Consultation),
    ("feedback", S::Consultation),
    ("officer* assessment", S::OfficerAssessment),
    ("conclusion*", S::OfficerAssessment),
    ("assessment", S::OfficerAssessment),
    ("professional advice", S::OfficerAssessment),
    ("officer* comments", S::OfficerAssessment),
    ("officer* view*", S::OfficerAssessment),
    ("analysis", S::OfficerAssessment),
    ("evaluation", S::OfficerAssessment),
    ("appraisal", S::OfficerAssessment),
    ("implications", S::OtherImplications),
    ("equalit*", S::OtherImplications),
    ("risk*", S::OtherImplications),
    ("human resources", S::OtherImplications),
    ("hr", S::OtherImplications),
    ("staffing", S::OtherImplications),
    ("environment*", S::OtherImplications),
    ("climate", S::OtherImplications),
    ("crime and disorder", S::OtherImplications),
    ("health and safety", S::OtherImplications),
    ("data protection", S::OtherImplications),
    ("procurement", S::OtherImplications),
    ("sustainability", S::OtherImplications),
    ("impact*", S::OtherImplications),
    ("purpose*", S::Summary),
    ("summary", S::Summary),
    ("executive summary", S::Summary),
    ("introduction", S::Summary),
    ("background", S::Background),
    ("context", S::Background),
    ("current position", S::Background),
    ("proposal*", S::Background),
    ("details", S::Background),
    ("main issues", S::Background),
    ("issues", S::Background),
    ("information", S::Background),
];

/// Phrases that give a paragraph a kind of content wherever it stands in the report; `None`
/// marks look-alikes ("in consultation with the Portfolio Holder") that give none.
#[rustfmt::skip]
pub const PARAGRAPH_CUES: &[(&str, Option<Target>)] = &[
    // Phrases that look like cues but are not: the longest match consumes them.
    ("in consultation with", None),
    ("after consultation with", None),
    ("consultation with the chairman", None),
    ("consultation with the leader", None),
    ("consultation with the portfolio holder", None),
    ("condition survey*", None),
    ("key decision*", Some(Target::StatutoryStatement)),
    ("contrary to the budget", Some(Target::StatutoryStatement)),
    ("contrary to the policy", Some(Target::StatutoryStatement)),
    ("contrary to a policy", Some(Target::StatutoryStatement)),
    ("contrary to council policy", Some(Target::StatutoryStatement)),
    ("budget framework", Some(Target::StatutoryStatement)),
    ("policy framework", Some(Target::StatutoryStatement)),
    ("monitoring officer", Some(Target::StatutoryStatement)),
    ("legal services advise*", Some(Target::StatutoryStatement)),
    ("legal advice", Some(Target::StatutoryStatement)),
    ("section 151", Some(Target::StatutoryStatement)),
    ("s151", Some(Target::StatutoryStatement)),
    ("chief finance officer", Some(Target::StatutoryStatement)),
    ("professional opinion", Some(Target::ProfessionalOpinion)),
    ("professional view*", Some(Target::ProfessionalOpinion)),
    ("professional advice", Some(Target::ProfessionalOpinion)),
    ("officers consider", Some(Target::ProfessionalOpinion)),
    ("officers are of the view", Some(Target::ProfessionalOpinion)),
    ("officers view", Some(Target::ProfessionalOpinion)),
    ("officers advise", Some(Target::ProfessionalOpinion)),
    ("officers believe", Some(Target::ProfessionalOpinion)),
    ("officers recommend", Some(Target::ProfessionalOpinion)),
    ("officers do not recommend", Some(Target::ProfessionalOpinion)),
    ("officers conclude", Some(Target::ProfessionalOpinion)),
    ("officers do not", Some(Target::ProfessionalOpinion)),
    ("officers support", Some(Target::ProfessionalOpinion)),
    ("officers suggest", Some(Target::ProfessionalOpinion)),
    ("officers prefer", Some(Target::ProfessionalOpinion)),
    ("officers are satisfied", Some(Target::ProfessionalOpinion)),
    ("officers are concerned", Some(Target::ProfessionalOpinion)),
    ("in my opinion", Some(Target::ProfessionalOpinion)),
    ("in my view", Some(Target::ProfessionalOpinion)),
    ("in the opinion of", Some(Target::ProfessionalOpinion)),
    ("in the view of", Some(Target::ProfessionalOpinion)),
    ("is recommended", Some(Target::Recommendation)),
    ("it is recommended", Some(Target::Recommendation)),
    ("recommended that", Some(Target::Recommendation)),
    ("consultation", Some(Target::ConsultationResponse)),
    ("consultees", Some(Target::ConsultationResponse)),
    ("respondents", Some(Target::ConsultationResponse)),
    ("representations", Some(Target::ConsultationResponse)),
    ("petition*", Some(Target::ConsultationResponse)),
    ("objection*", Some(Target::ConsultationResponse)),
    ("residents survey*", Some(Target::ConsultationResponse)),
    ("public survey*", Some(Target::ConsultationResponse)),
];

/// Words whose change changes what a sentence says, by kind, for the revision reader.
#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nor", "neither", "cannot", "cant", "wont", "dont", "doesnt",
    "isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt", "mustnt", "without",
    "unless", "nothing", "nobody", "unable", "fail", "fails", "failed",
];

/// Modal verbs and the verbs of a recommendation or decision.
#[rustfmt::skip]
pub const MODALS_AND_DECISIONS: &[&str] = &[
    "recommend*", "should", "must", "would", "will", "shall", "may", "might", "could", "can",
    "need", "needs", "required", "require", "requires", "approve*", "approval", "reject*",
    "refuse*", "defer*", "agree*", "endorse*", "support*", "oppose*", "note", "noted", "delegate*",
    "authorise*", "authorize*", "adopt*", "decline*", "proceed*",
];

/// Words of conclusion or degree that carry an officer's judgement.
#[rustfmt::skip]
pub const JUDGEMENTS: &[&str] = &[
    "lawful", "unlawful", "legal", "illegal", "risk", "risks", "risky", "high", "low", "medium",
    "significant", "significantly", "substantial", "minor", "major", "serious", "moderate",
    "limited", "considerable", "likely", "unlikely", "strongly", "preferred", "best", "worst",
    "viable", "unviable", "affordable", "unaffordable", "compliant", "contrary", "consistent",
    "inconsistent", "safe", "unsafe", "adequate", "inadequate", "sufficient", "insufficient",
    "increase", "decrease", "reduce", "reduction", "key", "only", "always", "certain", "uncertain",
    "unacceptable", "acceptable",
    "small", "slight", "slightly", "negligible", "little",
    "reasonable", "unreasonable", "proportionate", "disproportionate",
    "appropriate", "inappropriate", "necessary", "unnecessary", "essential",
];

/// Number words, which count as numbers.
#[rustfmt::skip]
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion",
    "half", "quarter", "percent", "first", "second", "third",
];

/// Words after which a part of the report named is the new content, not the part changed:
/// "change 2.1 *to* approve Option A", "add an option *to* lease the depot".
#[rustfmt::skip]
pub const CONTENT_MARKERS: &[&str] = &[
    "to", "say", "says", "saying", "read", "reads", "instead", "so", "that", "with", "recommend",
    "recommends", "recommending", "approve", "approves", "reject", "rejects", "support", "supports",
    "favour", "prefer", "about", "explaining", "showing",
];

/// Words too common to locate a paragraph by.
#[rustfmt::skip]
pub const COMMON_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from", "is",
    "it", "its", "this", "that", "be", "are", "was", "we", "you", "i", "can", "could", "please",
    "would", "should", "will", "as", "not", "but", "if", "so", "do", "dont", "report", "council",
    "paragraph", "section", "about", "out", "up", "all", "any", "our", "my", "me", "them", "they",
];

/// A phrase of a lexicon found in a text: words `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'l, T> {
    pub first: usize,
    pub end: usize,
    pub phrase: &'static str,
    pub means: &'l T,
}

/// Phrases of `lexicon` in `words`, left to right, longest first, without overlaps. Cost is
/// words × phrases, each test failing on the first word for almost every phrase.
pub fn find<'l, T>(words: &[Word], lexicon: &'l [(&'static str, T)]) -> Vec<Hit<'l, T>> {
    let mut hits = Vec::new();
    let mut at = 0;
    while at < words.len() {
        // Longest match; on a tie, the phrase listed first. Phrases never start with a
        // wildcard, so a different first letter rules one out cheaply.
        let first = words[at].norm.as_bytes().first();
        let mut best: Option<(usize, &'static str, &'l T)> = None;
        for (phrase, means) in lexicon {
            if phrase.as_bytes().first() != first {
                continue;
            }
            if let Some(len) = phrase_length_at(words, at, phrase) {
                if best.map_or(true, |(longest, _, _)| len > longest) {
                    best = Some((len, *phrase, means));
                }
            }
        }
        match best {
            Some((len, phrase, means)) => {
                hits.push(Hit {
                    first: at,
                    end: at + len,
                    phrase,
                    means,
                });
                at += len;
            }
            None => at += 1,
        }
    }
    hits
}

/// The first phrase of `lexicon` (in lexicon order) found anywhere in `words`.
pub fn first_in_order<'l, T>(
    words: &[Word],
    lexicon: &'l [(&'static str, T)],
) -> Option<Hit<'l, T>> {
    lexicon.iter().find_map(|(phrase, means)| {
        (0..words.len()).find_map(|at| {
            phrase_length_at(words, at, phrase).map(|len| Hit {
                first: at,
                end: at + len,
                phrase,
                means,
            })
        })
    })
}

/// How many words `phrase` covers if it matches at `at`. A lone `*` matches any one word, `…`
/// the fewest (up to [`MAX_GAP`]) that let the rest match.
pub fn phrase_length_at(words: &[Word], at: usize, phrase: &str) -> Option<usize> {
    match_from(words, at, phrase).map(|end| end - at)
}

/// Words a `…` in a phrase may stand for.
pub const MAX_GAP: usize = 3;

/// The end of a match of `patterns` (a phrase, or what is left of one) starting at word `at`.
/// Allocation-free, as it runs for every word of a report against every phrase; recursion is
/// one level per `…` (at most one in the tables), each trying at most `MAX_GAP + 1` positions.
fn match_from(words: &[Word], at: usize, patterns: &str) -> Option<usize> {
    let mut at = at;
    let mut rest = patterns;
    while !rest.is_empty() {
        let (pattern, after) = rest.split_once(' ').unwrap_or((rest, ""));
        if pattern == "…" {
            return (0..=MAX_GAP).find_map(|gap| match_from(words, at + gap, after));
        }
        if !word_matches(&words.get(at)?.norm, pattern) {
            return None;
        }
        at += 1;
        rest = after;
    }
    Some(at)
}

/// True when `word` is `pattern`, or begins with it when the pattern ends in `*`.
pub fn word_matches(word: &str, pattern: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    }
}

/// True when `word` is in `list` (whose entries may end in `*`).
pub fn listed(word: &str, list: &[&str]) -> bool {
    list.iter().any(|pattern| word_matches(word, pattern))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::words;

    #[test]
    fn longest_phrase_wins() {
        let text = words("please leave out the petition and don't include option C");
        let hits = find(&text, ACTION_PHRASES);
        let phrases: Vec<&str> = hits.iter().map(|h| h.phrase).collect();
        assert_eq!(phrases, ["leave out", "dont include"]);
    }

    #[test]
    fn a_gap_stands_for_up_to_three_words() {
        let length = |text: &str| phrase_length_at(&words(text), 0, "take … out");
        assert_eq!(length("take out"), Some(2));
        assert_eq!(length("take the officers' view out"), Some(5));
        assert_eq!(length("take the long and winding road out"), None);
    }

    #[test]
    fn headings_take_the_most_specific_kind() {
        let kind =
            |heading: &str| first_in_order(&words(heading), SECTION_HEADINGS).map(|h| *h.means);
        assert_eq!(
            kind("5. REASONS FOR RECOMMENDATIONS"),
            Some(S::OfficerAssessment)
        );
        assert_eq!(kind("Background Papers"), Some(S::BackgroundPapers));
        assert_eq!(
            kind("Comments of the Monitoring Officer"),
            Some(S::LegalImplications)
        );
        assert_eq!(
            kind("## Alternative options considered and rejected"),
            Some(S::Options)
        );
        assert_eq!(kind("Something else"), None);
    }

    #[test]
    fn every_phrase_is_in_normal_form() {
        let phrases = ACTION_PHRASES
            .iter()
            .map(|(p, _)| *p)
            .chain(TARGET_PHRASES.iter().map(|(p, _)| *p))
            .chain(SECTION_HEADINGS.iter().map(|(p, _)| *p))
            .chain(PARAGRAPH_CUES.iter().map(|(p, _)| *p))
            .chain(NEGATORS.iter().copied());
        for phrase in phrases {
            assert!(
                !phrase.starts_with(['*', '…']),
                "{phrase:?} starts with a wildcard"
            );
            let pattern_words: Vec<&str> = phrase.split(' ').collect();
            let normal: Vec<String> = words(&phrase.replace('*', ""))
                .into_iter()
                .map(|w| w.norm)
                .collect();
            let stripped: Vec<String> = pattern_words
                .iter()
                .map(|w| w.trim_end_matches('*').to_string())
                .filter(|w| !w.is_empty() && w != "…")
                .collect();
            assert_eq!(normal, stripped, "phrase {phrase:?} is not in normal form");
        }
    }
}
