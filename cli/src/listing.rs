//! `councils` and `rules`: what the tool knows.

use clap::Args;
use protocol_check::councils;
use protocol_check::rule::{ClauseMeaning, Rule};

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
    list_rules(
        &mut out,
        "Reports: what a Member may ask of the report author",
        &protocol.report_rules,
    );
    list_rules(
        &mut out,
        "Documents: members' access to information",
        &protocol.access_rules,
    );
    Ok(out)
}

fn list_rules<C: Clone + ClauseMeaning>(out: &mut String, heading: &str, rules: &[Rule<C>]) {
    if rules.is_empty() {
        return;
    }
    out.push_str(&format!("\n{heading}\n"));
    for rule in rules {
        out.push_str(&format!("\n{}  [{}]\n", rule.paragraph, rule.id));
        out.push_str(&text::wrap(&format!("\"{}\"", rule.quote), "    ", 90));
        for clause in rule.clauses.iter() {
            out.push_str(&text::wrap(
                &format!("{}: {}", clause.effect_label(), clause.reason()),
                "  - ",
                90,
            ));
        }
    }
}
