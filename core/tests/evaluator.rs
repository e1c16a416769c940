//! The evaluator's precedence on a small synthetic rule pack, independent of any council's
//! wording, and the vocabulary's contract names.

use std::borrow::Cow;

use protocol_check::rule::build::{clause, council, forbid_if, reserve};
use protocol_check::rule::{Effect, Protocol, Rule, Scope, TextFormat};
use protocol_check::vocab::Set;
use protocol_check::{
    councils, evaluate, Action, Answer, ChangeRequest, Question, Target, Verdict, Vocabulary,
};

fn any() -> Scope {
    Scope {
        actions: Set::ANY,
        targets: Set::ANY,
        requesters: Set::ANY,
        report_kinds: Set::ANY,
    }
}

fn only_options() -> Scope {
    Scope {
        targets: Set::of(&[Target::Option as u32]),
        ..any()
    }
}

fn rule(id: &'static str, effect: Effect, applies_to: Scope) -> Rule {
    Rule {
        id: Cow::Borrowed(id),
        paragraph: Cow::Borrowed(id),
        quote: Cow::Borrowed("words"),
        clauses: Cow::Owned(vec![clause(applies_to, effect, id)]),
    }
}

fn pack(rules: Vec<Rule>) -> Protocol {
    let mut rules = rules;
    rules.push(rule("responsible", Effect::Responsibility, any()));
    Protocol {
        council: council(
            "test",
            "Test Council",
            "A test protocol",
            None,
            TextFormat::Plain,
        ),
        report_rules: Cow::Owned(rules),
        access_rules: Cow::Borrowed(&[]),
    }
}

fn include_option() -> ChangeRequest {
    ChangeRequest::new(Action::Include, Target::Option)
}

#[test]
fn a_prohibition_beats_a_permission_in_either_order() {
    for rules in [
        vec![
            rule("permit", Effect::Permit, any()),
            rule("forbid", Effect::Forbid, only_options()),
        ],
        vec![
            rule("forbid", Effect::Forbid, only_options()),
            rule("permit", Effect::Permit, any()),
        ],
    ] {
        let finding = evaluate(&pack(rules), &include_option());
        assert_eq!(finding.verdict, Verdict::NotPermitted);
        assert_eq!(finding.rules[0].id, "forbid");
        assert_eq!(finding.reason, "forbid");
    }
}

#[test]
fn an_unanswered_question_holds_back_a_permission() {
    let protocol = pack(vec![
        rule("permit", Effect::Permit, any()),
        rule(
            "if",
            forbid_if(Question::OptionRelevant, Answer::Yes),
            any(),
        ),
    ]);
    let finding = evaluate(&protocol, &include_option());
    assert_eq!(finding.verdict, Verdict::OfficerJudgement);
    assert_eq!(finding.questions[0].id, Question::OptionRelevant);
    assert!(finding.conditions[0].text.contains("\"no\""));

    let yes = include_option().answering(Question::OptionRelevant, Answer::Yes);
    assert_eq!(evaluate(&protocol, &yes).verdict, Verdict::NotPermitted);
    let no = include_option().answering(Question::OptionRelevant, Answer::No);
    let finding = evaluate(&protocol, &no);
    assert_eq!(finding.verdict, Verdict::Permitted);
    assert!(finding.questions.is_empty() && finding.conditions.is_empty());
}

#[test]
fn a_reservation_caps_a_permission_at_officer_judgement() {
    let protocol = pack(vec![
        rule("permit", Effect::Permit, any()),
        rule("reserve", reserve("yours alone"), any()),
    ]);
    let finding = evaluate(&protocol, &include_option());
    assert_eq!(finding.verdict, Verdict::OfficerJudgement);
    assert_eq!(finding.conditions[0].text, "yours alone");
    assert_eq!(finding.conditions[0].rule_id, "reserve");
}

#[test]
fn silence_is_officer_judgement_citing_responsibility() {
    let protocol = pack(vec![rule("forbid", Effect::Forbid, only_options())]);
    let finding = evaluate(
        &protocol,
        &ChangeRequest::new(Action::Clarify, Target::Recommendation),
    );
    assert_eq!(finding.verdict, Verdict::OfficerJudgement);
    assert!(finding.protocol_silent);
    assert_eq!(
        finding.reason,
        "The Test Council protocol does not address this; the officer remains responsible for the report (para responsible)."
    );
    assert_eq!(finding.rules[0].id, "responsible");
}

/// A built-in protocol written out as JSON and read back (the shape of a future rule pack)
/// decides every request the same way.
#[test]
fn a_protocol_round_trips_through_json_unchanged() {
    for protocol in councils::built_in() {
        let json = serde_json::to_string(protocol).unwrap();
        let loaded: Protocol = serde_json::from_str(&json).unwrap();
        assert_eq!(loaded.report_rules, protocol.report_rules);
        assert_eq!(loaded.council, protocol.council);
    }
}

#[test]
fn vocabulary_names_are_the_contract() {
    assert_eq!(Action::FixTypo.name(), "fix_typo");
    assert_eq!("fix-typo".parse::<Action>(), Ok(Action::FixTypo));
    assert_eq!(" FIX_TYPO ".parse::<Action>(), Ok(Action::FixTypo));
    let error = "drop".parse::<Action>().unwrap_err().to_string();
    assert!(error.starts_with("unknown action \"drop\"; expected one of: include, exclude"));
    assert_eq!(
        serde_json::to_string(&Target::StatutoryStatement).unwrap(),
        "\"statutory_statement\""
    );
}

#[test]
fn sets_serialise_as_any_or_a_list() {
    let any: Set<Action> = Set::ANY;
    assert_eq!(serde_json::to_string(&any).unwrap(), "\"any\"");
    let two: Set<Action> = Set::of(&[Action::Exclude as u32, Action::Alter as u32]);
    assert_eq!(
        serde_json::to_string(&two).unwrap(),
        "[\"exclude\",\"alter\"]"
    );
    let back: Set<Action> = serde_json::from_str("[\"alter\",\"exclude\"]").unwrap();
    assert_eq!(back, two);
    assert!(serde_json::from_str::<Set<Action>>("[\"drop\"]").is_err());
}

#[test]
fn councils_are_found_by_forgiving_id_and_unknown_ones_are_named() {
    assert_eq!(
        councils::find("Tower_Hamlets").unwrap().council.id,
        "tower-hamlets"
    );
    assert_eq!(
        councils::find("west lindsey").unwrap().council.id,
        "west-lindsey"
    );
    let error = councils::find("Narnia").unwrap_err().to_string();
    assert_eq!(
        error,
        "unknown council \"Narnia\"; expected one of: bolsover, manchester, west-lindsey, tower-hamlets, broxtowe"
    );
}
