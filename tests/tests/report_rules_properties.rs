//! Properties of the report evaluator over every request the vocabulary can express, for every
//! council: no request that any rule forbids is ever `permitted`; `permitted` always rests on a
//! permitting rule; every finding cites a rule and names an escalation route.

use std::collections::BTreeMap;

use proptest::prelude::*;
use protocol_check::consult::matching_clauses;
use protocol_check::rule::Effect;
use protocol_check::{
    councils, evaluate, Action, Answer, ChangeRequest, Protocol, Question, ReportKind, Requester,
    Target, Verdict, Vocabulary,
};

fn every_request() -> impl Iterator<Item = ChangeRequest> {
    Action::ALL.iter().flat_map(|&action| {
        Target::ALL.iter().flat_map(move |&target| {
            Requester::ALL.iter().flat_map(move |&requester| {
                ReportKind::ALL.iter().map(move |&kind| {
                    ChangeRequest::new(action, target)
                        .by(requester)
                        .in_report(kind)
                })
            })
        })
    })
}

fn answering_all(mut request: ChangeRequest, answer: Answer) -> ChangeRequest {
    for &question in Question::ALL {
        request.answers.insert(question, answer);
    }
    request
}

/// The safety property, checked against the clauses directly rather than through `evaluate`'s
/// own bookkeeping.
fn check(protocol: &Protocol, request: &ChangeRequest) -> Result<(), String> {
    let finding = evaluate(protocol, request);
    let clauses: Vec<_> = matching_clauses(protocol, request).collect();
    let forbidden = clauses.iter().any(|(_, c)| match &c.effect {
        Effect::Forbid => true,
        Effect::ForbidIf { question, when } => request.answer(*question) == *when,
        _ => false,
    });
    let undecided = clauses.iter().any(|(_, c)| match &c.effect {
        Effect::ForbidIf { question, .. } => request.answer(*question) == Answer::Unknown,
        Effect::Reserve { .. } => true,
        _ => false,
    });
    let permitted_by_text = clauses.iter().any(|(_, c)| c.effect == Effect::Permit);
    let context = format!("{} {:?}", protocol.council.id, request);

    if forbidden && finding.verdict != Verdict::NotPermitted {
        return Err(format!("forbidden but {}: {context}", finding.verdict));
    }
    if finding.verdict == Verdict::Permitted && (forbidden || undecided || !permitted_by_text) {
        return Err(format!("permitted without a clear permission: {context}"));
    }
    if finding.rules.is_empty() {
        return Err(format!("no rule cited: {context}"));
    }
    if finding.protocol_silent
        && (finding.verdict != Verdict::OfficerJudgement
            || !finding.reason.contains("protocol does not address this"))
    {
        return Err(format!("silence not said plainly: {context}"));
    }
    if finding.escalation.route.is_empty() || finding.escalation.rules.is_empty() {
        return Err(format!("no escalation route: {context}"));
    }
    if finding.verdict == Verdict::Unclear {
        return Err(format!("a structured request is never unclear: {context}"));
    }
    Ok(())
}

#[test]
fn exhaustively_no_forbidden_request_is_permitted() {
    let mut checked = 0;
    for protocol in councils::built_in() {
        for request in every_request() {
            for answer in [Answer::Unknown, Answer::Yes, Answer::No] {
                let request = answering_all(request.clone(), answer);
                if let Err(problem) = check(protocol, &request) {
                    panic!("{problem}");
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 5 * 7 * 8 * 5 * 3 * 3);
}

#[test]
fn unanswered_questions_are_asked() {
    for protocol in councils::built_in() {
        for request in every_request() {
            let finding = evaluate(protocol, &request);
            for question in &finding.questions {
                assert_eq!(finding.verdict, Verdict::OfficerJudgement);
                assert!(
                    finding
                        .conditions
                        .iter()
                        .any(|c| c.text.contains(&question.text)),
                    "question {:?} has no condition explaining it",
                    question.id
                );
            }
        }
    }
}

fn any_request() -> impl Strategy<Value = ChangeRequest> {
    let pick = |n: usize| 0..n;
    (
        pick(Action::ALL.len()),
        pick(Target::ALL.len()),
        pick(Requester::ALL.len()),
        pick(ReportKind::ALL.len()),
        proptest::collection::vec(pick(3), Question::ALL.len()),
    )
        .prop_map(|(a, t, r, k, answers)| {
            let mut request = ChangeRequest::new(Action::ALL[a], Target::ALL[t])
                .by(Requester::ALL[r])
                .in_report(ReportKind::ALL[k]);
            request.answers = Question::ALL
                .iter()
                .zip(answers)
                .map(|(&q, i)| (q, Answer::ALL[i]))
                .collect::<BTreeMap<_, _>>();
            request
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Mixed answers (some yes, some no, some unknown) never open a gap.
    #[test]
    fn mixed_answers_never_yield_a_false_permitted(request in any_request(), council in 0usize..5) {
        let protocol = &councils::built_in()[council];
        prop_assert!(check(protocol, &request).is_ok(), "{:?}", check(protocol, &request));
    }

    /// Answering a question can only settle a verdict, never turn a prohibition into permission.
    #[test]
    fn answers_never_lift_a_prohibition(request in any_request(), council in 0usize..5) {
        let protocol = &councils::built_in()[council];
        let mut unanswered = request.clone();
        unanswered.answers.clear();
        if evaluate(protocol, &unanswered).verdict == Verdict::NotPermitted {
            prop_assert_eq!(evaluate(protocol, &request).verdict, Verdict::NotPermitted);
        }
    }
}
