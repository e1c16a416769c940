//! "Protocol": the chosen council's rules, each with its paragraph, quoted words and what the
//! tool takes it to mean, so an officer can check the tool's reading against the text.

use protocol_check::rule::{ClauseMeaning, Protocol, Rule};
use yew::prelude::*;

pub fn panel(protocol: &Protocol) -> Html {
    let council = &protocol.council;
    html! {
        <>
            <p class="govuk-body">{ format!("{}: {}.", council.name, council.document) }</p>
            if let Some(note) = &council.citation_note {
                <div class="govuk-inset-text">{ note.to_string() }</div>
            }
            { rule_list("Reports: what a Member may ask of the report author", &protocol.report_rules) }
            { rule_list("Documents: members' access to information", &protocol.access_rules) }
        </>
    }
}

fn rule_list<C: Clone + ClauseMeaning>(heading: &str, rules: &[Rule<C>]) -> Html {
    if rules.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3 class="govuk-heading-m">{ heading }</h3>
            { for rules.iter().map(|rule| html! {
                <div class="pc-rule" id={format!("rule-{}", rule.id)}>
                    <h4 class="govuk-heading-s">{ format!("Paragraph {}", rule.paragraph) }</h4>
                    <blockquote class="pc-quote__text"><p>{ format!("\u{201c}{}\u{201d}", rule.quote) }</p></blockquote>
                    <ul class="govuk-list govuk-list--bullet">
                        { for rule.clauses.iter().map(|clause| html! {
                            <li><strong>{ clause.effect_label() }</strong>{ ": " }{ clause.reason().to_string() }</li>
                        }) }
                    </ul>
                </div>
            }) }
        </>
    }
}
