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

use serde::{Deserialize, Serialize};

use crate::model::{Answer, ChangeRequest, Question, Verdict};
use crate::rule::{CitedRule, Clause, Effect, Protocol, Rule};
use crate::vocab::Vocabulary;

/// The answer to one change request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub request: ChangeRequest,
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
        request: request.clone(),
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
