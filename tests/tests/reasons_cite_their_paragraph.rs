//! A rule's reason sentences may name its paragraph ("Bolsover 5.4.7 allows …") for the reader,
//! but the paragraph's one home is the rule's `paragraph` field: a number in a reason that is
//! not the rule's own paragraph would be a second, drifting copy of a fact.

use protocol_check::councils;
use protocol_check::rule::ClauseMeaning;

/// Paragraph-like numbers in a sentence: "5.4.7", "103.3(ii)", "2.5", "4.2(b)".
fn paragraph_numbers(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == ':')
        .map(|w| w.trim_end_matches(['.', ')']).trim_start_matches('('))
        .filter(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_ascii_digit()) && w.contains('.')
        })
        .map(|w| w.split('(').next().unwrap_or(w).to_string())
        .collect()
}

fn check<C: Clone + ClauseMeaning>(
    council: &str,
    rules: &[protocol_check::rule::Rule<C>],
    problems: &mut Vec<String>,
) {
    for rule in rules {
        let own = rule.paragraph.split([' ', '(']).next().unwrap_or_default();
        for clause in rule.clauses.iter() {
            for number in paragraph_numbers(clause.reason()) {
                if number != own {
                    problems.push(format!(
                        "{council} {} (para {}): reason names {number}: {}",
                        rule.id,
                        rule.paragraph,
                        clause.reason()
                    ));
                }
            }
        }
    }
}

#[test]
fn reasons_name_no_paragraph_but_their_own() {
    let mut problems = Vec::new();
    for protocol in councils::built_in() {
        let id = protocol.council.id.as_ref();
        check(id, &protocol.report_rules, &mut problems);
        check(id, &protocol.access_rules, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn paragraph_numbers_are_found_in_sentences() {
    assert_eq!(
        paragraph_numbers("Tower Hamlets 103.3(ii) and 6.4, not 2024 or £1.4m."),
        ["103.3", "6.4"]
    );
}
