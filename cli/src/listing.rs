//! `councils` and `rules`: what the tool knows.

use clap::Args;
use protocol_check::access::rule::AccessEffect;
use protocol_check::councils;
use protocol_check::rule::Effect;

use crate::error::CliError;
use crate::{text, to_json, Format};

#[derive(Args)]
pub struct CouncilsArgs {
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

#[derive(Args)]
pub struct RulesArgs {
    /// Council id, as listed by `protocol-check councils`.
    #[arg(long)]
    council: String,
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn councils(args: &CouncilsArgs) -> Result<String, CliError> {
    let list: Vec<_> = councils::built_in().iter().map(|p| &p.council).collect();
    match args.format {
        Format::Json => to_json(&list),
        Format::Text => Ok(list
            .iter()
            .map(|c| format!("{:<14} {}\n", c.id, c.name))
            .collect()),
    }
}

/// JSON is the council's whole protocol as data: the shape a rule pack will take.
pub fn rules(args: &RulesArgs) -> Result<String, CliError> {
    let protocol = councils::find(&args.council)?;
    if args.format == Format::Json {
        return to_json(protocol);
    }
    let council = &protocol.council;
    let mut out = format!("{}\n{}\n", council.name, council.document);
    if let Some(note) = &council.citation_note {
        out.push_str(&text::wrap(note, "", 90));
    }
    out.push_str("\nReports: what a Member may ask of the report author\n");
    for rule in protocol.report_rules.iter() {
        out.push_str(&format!("\n{}  [{}]\n", rule.paragraph, rule.id));
        out.push_str(&text::wrap(&format!("\"{}\"", rule.quote), "    ", 90));
        for clause in rule.clauses.iter() {
            out.push_str(&text::wrap(
                &format!("{}: {}", effect_word(&clause.effect), clause.reason),
                "  - ",
                90,
            ));
        }
    }
    if !protocol.access_rules.is_empty() {
        out.push_str("\nDocuments: members' access to information\n");
    }
    for rule in protocol.access_rules.iter() {
        out.push_str(&format!("\n{}  [{}]\n", rule.paragraph, rule.id));
        out.push_str(&text::wrap(&format!("\"{}\"", rule.quote), "    ", 90));
        for clause in rule.clauses.iter() {
            out.push_str(&text::wrap(
                &format!("{}: {}", access_effect_word(&clause.effect), clause.reason),
                "  - ",
                90,
            ));
        }
    }
    Ok(out)
}

fn access_effect_word(effect: &AccessEffect) -> &'static str {
    match effect {
        AccessEffect::Grant { .. } => "grants",
        AccessEffect::Bar { .. } => "bars",
        AccessEffect::Hold { .. } => "holds until need is shown",
        AccessEffect::ShowNeed => "what the member must show",
        AccessEffect::Condition { .. } => "adds a condition",
        AccessEffect::Alternative { .. } => "alternative",
        AccessEffect::Decider { .. } => "who decides",
        AccessEffect::Dispute { .. } => "dispute route",
        AccessEffect::WrittenReasons => "written reasons",
    }
}

fn effect_word(effect: &Effect) -> &'static str {
    match effect {
        Effect::Permit => "permits",
        Effect::Forbid => "forbids",
        Effect::ForbidIf { .. } => "forbids, on the officer's answer",
        Effect::Reserve { .. } => "reserves to the officer",
        Effect::Condition { .. } => "adds a condition",
        Effect::Escalate { .. } => "escalation",
        Effect::Responsibility => "responsibility",
    }
}
