//! The evaluator for report consultation: a change request in, a cited verdict out.
//!
//! The order of precedence is the product's safety property, so it lives here and nowhere else:
//!
//! 1. any clause that forbids the request (or forbids it on the officer's answer) → `not_permitted`;
//! 2. else any clause still waiting on the officer's answer, or reserving the decision to the
//!    officer → `officer_judgement`, naming the condition;
//! 3. else any clause that permits it → `permitted`;
//! 4. else the protocol is silent → `officer_judgement`, citing the officer's responsibility.
//!
//! So `permitted` needs a permitting clause that matched *and* nothing that forbids, waits or
//! reserves: a gap in the rules can only ever make the tool more cautious.
//!
//! Requests written in words or found by comparing draft and revised go through [`check_requests`]
//! and [`check_revision`], the one entry point for each use. They judge every reading the text
//! readers keep (each action × each kind of content touched) and report the strictest, with the
//! [`Interpretation`] attached; a request that could not be read is `unclear`, never judged on a
//! guess.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{Answer, ChangeRequest, Question, ReportKind, Requester, Verdict};
use crate::rule::{CitedRule, Clause, Effect, Protocol, Rule};
use crate::text::interpret::{interpret_line, request_lines, Considered, Interpretation};
use crate::text::{compare, Outline, ReportError, SectionOverride};
use crate::vocab::Vocabulary;

/// The answer to one change request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The request judged; `null` when the verdict is `unclear` because no request could be
    /// read from the words.
    pub request: Option<ChangeRequest>,
    pub verdict: Verdict,
    /// The rules that decided the verdict, quoted.
    pub rules: Vec<CitedRule>,
    /// One sentence in plain English.
    pub reason: String,
    /// What must hold for the verdict to stand, or be settled before acting, each with the
    /// rule it comes from.
    pub conditions: Vec<Condition>,
    /// Questions the officer has not answered that would settle an `officer_judgement`.
    pub questions: Vec<OpenQuestion>,
    pub escalation: Escalation,
    /// True when no rule of the council speaks to the request.
    pub protocol_silent: bool,
    /// What was read from the Member's words or the revised text, and from where; absent for
    /// requests given as structured data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<Interpretation>,
}

/// A condition on a verdict and the rule that imposes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub text: String,
    pub rule_id: String,
    pub paragraph: String,
}

impl Condition {
    fn from(rule: &Rule, text: String) -> Self {
        Condition {
            text,
            rule_id: rule.id.to_string(),
            paragraph: rule.paragraph.to_string(),
        }
    }
}

/// A question a rule turns on, with its wording, so an interface can ask it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenQuestion {
    pub id: Question,
    pub text: String,
}

/// Where to take a disagreement about the request, in that council.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    pub route: String,
    pub rules: Vec<CitedRule>,
}

/// Decides one request under one council's protocol.
pub fn evaluate(protocol: &Protocol, request: &ChangeRequest) -> Finding {
    let mut forbids = Vec::new();
    let mut pending = Vec::new();
    let mut reserves = Vec::new(); // reserved to the officer: judged like a pending question
    let mut permits = Vec::new();
    let mut conditions = Vec::new();
    // Conditions that only matter while the verdict waits on the officer.
    let mut judgement_conditions = Vec::new();
    let mut escalations = Vec::new();
    let mut responsibilities = Vec::new();
    let mut questions: Vec<OpenQuestion> = Vec::new();

    for (rule, clause) in matching_clauses(protocol, request) {
        match &clause.effect {
            Effect::Forbid => forbids.push((rule, clause)),
            Effect::ForbidIf { question, when } => match request.answer(*question) {
                Answer::Unknown => {
                    judgement_conditions
                        .push(Condition::from(rule, condition_for(*question, *when)));
                    if !questions.iter().any(|q| q.id == *question) {
                        questions.push(OpenQuestion {
                            id: *question,
                            text: question.label().to_string(),
                        });
                    }
                    pending.push((rule, clause));
                }
                answer if answer == *when => forbids.push((rule, clause)),
                _ => {}
            },
            Effect::Reserve { condition } => {
                judgement_conditions.push(Condition::from(rule, condition.to_string()));
                reserves.push((rule, clause));
            }
            Effect::Condition { condition } => {
                conditions.push(Condition::from(rule, condition.to_string()))
            }
            Effect::Permit => permits.push((rule, clause)),
            Effect::Escalate { .. } => escalations.push((rule, clause)),
            Effect::Responsibility => responsibilities.push((rule, clause)),
        }
    }

    let council = &protocol.council;
    pending.extend(reserves);
    let (verdict, deciding, reason, protocol_silent) = if let Some(first) = forbids.first() {
        (
            Verdict::NotPermitted,
            &forbids,
            first.1.reason.to_string(),
            false,
        )
    } else if let Some(first) = pending.first() {
        (
            Verdict::OfficerJudgement,
            &pending,
            first.1.reason.to_string(),
            false,
        )
    } else if let Some(first) = permits.first() {
        (
            Verdict::Permitted,
            &permits,
            first.1.reason.to_string(),
            false,
        )
    } else {
        let paragraphs = cited_paragraphs(&responsibilities);
        let reason = format!(
            "The {} protocol does not address this; the officer remains responsible for the report (para {}).",
            council.name, paragraphs
        );
        (Verdict::OfficerJudgement, &responsibilities, reason, true)
    };

    if verdict == Verdict::OfficerJudgement {
        conditions.splice(0..0, judgement_conditions);
    } else {
        questions.clear();
    }

    let route = escalations
        .iter()
        .filter_map(|(_, clause)| match &clause.effect {
            Effect::Escalate { route } => Some(route.as_ref()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" Then: ");

    Finding {
        request: Some(request.clone()),
        verdict,
        rules: cite(council, deciding),
        reason,
        conditions: dedup(conditions),
        questions,
        escalation: Escalation {
            route,
            rules: cite(council, &escalations),
        },
        protocol_silent,
        interpretation: None,
    }
}

/// What the officer chooses for a batch of requests: who is asking, what kind of report, any
/// section kinds of the outline they corrected, and their answers to the questions findings
/// asked. Never guessed from the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub requester: Requester,
    pub report_kind: ReportKind,
    pub section_kinds: Vec<SectionOverride>,
    pub answers: Vec<AnswersFor>,
}

/// The officer's answers for one request, keyed by the request's words exactly as the finding
/// gave them (`interpretation.words`). Keyed by words, not position, so that editing the
/// requests can only drop an answer, never attach it to a different request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersFor {
    pub words: String,
    pub answers: BTreeMap<Question, Answer>,
}

impl Settings {
    fn answers_for(&self, words: &str) -> Option<&BTreeMap<Question, Answer>> {
        self.answers
            .iter()
            .find(|a| a.words == words)
            .map(|a| &a.answers)
    }
}

/// Which document a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    Draft(ReportError),
    Revised(ReportError),
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::Draft(e) => write!(f, "draft report: {e}"),
            CheckError::Revised(e) => write!(f, "revised report: {e}"),
        }
    }
}

impl std::error::Error for CheckError {}

/// Judges a Member's requests written in words, one or more per line (blank lines and lines
/// starting with `#` are skipped), against the draft's outline if there is one. Findings are in
/// the order of the text.
pub fn check_requests(
    protocol: &Protocol,
    outline: Option<&Outline>,
    requests: &str,
    settings: &Settings,
) -> Result<Vec<Finding>, CheckError> {
    let corrected = outline
        .map(|o| o.with_overrides(&settings.section_kinds))
        .transpose()
        .map_err(CheckError::Draft)?;
    let mut findings = Vec::new();
    for (line_number, line) in request_lines(requests) {
        for mut interpretation in interpret_line(line, corrected.as_ref()) {
            interpretation.line = Some(line_number);
            findings.push(decide(protocol, interpretation, settings));
        }
    }
    Ok(findings)
}

/// Judges every change between the draft and the Member's revised text: one finding per
/// paragraph deleted, inserted, moved or edited, in the order of the draft.
pub fn check_revision(
    protocol: &Protocol,
    draft: &str,
    revised: &str,
    settings: &Settings,
) -> Result<Vec<Finding>, CheckError> {
    let draft = Outline::parse(draft)
        .and_then(|o| o.with_overrides(&settings.section_kinds))
        .map_err(CheckError::Draft)?;
    let revised = Outline::parse(revised).map_err(CheckError::Revised)?;
    let revised = carry_corrections(&draft, revised, &settings.section_kinds);
    Ok(compare(&draft, &revised)
        .into_iter()
        .map(|interpretation| decide(protocol, interpretation, settings))
        .collect())
}

/// The officer's corrections name sections of the draft; a revised section with the same
/// heading gets the same correction.
fn carry_corrections(
    draft: &Outline,
    revised: Outline,
    corrections: &[SectionOverride],
) -> Outline {
    let carried: Vec<SectionOverride> = corrections
        .iter()
        .filter_map(|c| draft.sections.get(c.section).map(|s| (s, c.kind)))
        .flat_map(|(corrected, kind)| {
            revised
                .sections
                .iter()
                .enumerate()
                .filter(move |(_, s)| s.heading == corrected.heading)
                .map(move |(section, _)| SectionOverride { section, kind })
        })
        .collect();
    revised.with_overrides(&carried).unwrap_or(revised)
}

/// Judges one interpretation: `unclear` if something is missing, else every reading, keeping
/// the strictest verdict (the first such reading when several tie).
pub fn decide(
    protocol: &Protocol,
    mut interpretation: Interpretation,
    settings: &Settings,
) -> Finding {
    if !interpretation.is_clear() {
        return unclear(interpretation);
    }
    let paragraph =
        (!interpretation.paragraphs.is_empty()).then(|| interpretation.paragraphs.join(", "));
    let mut strictest: Option<Finding> = None;
    for action in &interpretation.actions {
        for target in &interpretation.targets {
            let mut request = ChangeRequest::new(action.value, target.value)
                .by(settings.requester)
                .in_report(settings.report_kind);
            request.paragraph = paragraph.clone();
            request.text = Some(interpretation.words.clone());
            // Every reading is judged with the answers, so the strictest still decides.
            if let Some(answers) = settings.answers_for(&interpretation.words) {
                request.answers = answers.clone();
            }
            let finding = evaluate(protocol, &request);
            interpretation.considered.push(Considered {
                action: action.value,
                target: target.value,
                verdict: finding.verdict,
            });
            if strictest.as_ref().map_or(true, |s| {
                strictness(finding.verdict) > strictness(s.verdict)
            }) {
                strictest = Some(finding);
            }
        }
    }
    match strictest {
        Some(mut finding) => {
            finding.interpretation = Some(interpretation);
            finding
        }
        None => unclear(interpretation),
    }
}

/// How cautious a verdict is; the evaluator's precedence, as a number.
pub fn strictness(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::NotPermitted => 3,
        Verdict::OfficerJudgement | Verdict::Unclear => 2,
        Verdict::Permitted => 1,
    }
}

/// The finding for words that could not be read as a request: says what is missing.
fn unclear(interpretation: Interpretation) -> Finding {
    let missing: Vec<String> = interpretation
        .missing
        .iter()
        .map(|m| format!("{} ({})", m.part.label(), m.explanation))
        .collect();
    let reason = format!(
        "Could not tell {}. Ask the Member, or rephrase the request naming what should change and where.",
        missing.join(", nor ")
    );
    Finding {
        request: None,
        verdict: Verdict::Unclear,
        rules: Vec::new(),
        reason,
        conditions: Vec::new(),
        questions: Vec::new(),
        escalation: Escalation {
            route: String::new(),
            rules: Vec::new(),
        },
        protocol_silent: false,
        interpretation: Some(interpretation),
    }
}

/// Every (rule, clause) pair of the protocol whose scope matches the request, in rule order.
pub fn matching_clauses<'p>(
    protocol: &'p Protocol,
    request: &ChangeRequest,
) -> impl Iterator<Item = (&'p Rule, &'p Clause)> + 'p {
    let request = request.clone();
    protocol.report_rules.iter().flat_map(move |rule| {
        let request = request.clone();
        rule.clauses
            .iter()
            .filter(move |clause| clause.applies_to.matches(&request))
            .map(move |clause| (rule, clause))
    })
}

fn condition_for(question: Question, forbidden_when: Answer) -> String {
    let allowed = match forbidden_when {
        Answer::Yes => "no",
        _ => "yes",
    };
    format!(
        "Allowed only if your answer is \"{allowed}\" to: {}",
        question.label()
    )
}

fn cite(council: &crate::rule::CouncilInfo, pairs: &[(&Rule, &Clause)]) -> Vec<CitedRule> {
    let mut cited: Vec<CitedRule> = Vec::new();
    for (rule, _) in pairs {
        if !cited.iter().any(|c| c.id == rule.id) {
            cited.push(CitedRule::of(council, rule));
        }
    }
    cited
}

fn cited_paragraphs(pairs: &[(&Rule, &Clause)]) -> String {
    let mut paragraphs: Vec<&str> = Vec::new();
    for (rule, _) in pairs {
        if !paragraphs.contains(&rule.paragraph.as_ref()) {
            paragraphs.push(&rule.paragraph);
        }
    }
    paragraphs.join(", ")
}

fn dedup(items: Vec<Condition>) -> Vec<Condition> {
    let mut out: Vec<Condition> = Vec::new();
    for item in items {
        if !out.iter().any(|seen| seen.text == item.text) {
            out.push(item);
        }
    }
    out
}
