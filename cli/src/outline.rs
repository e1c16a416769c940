//! `outline`: how the tool reads a draft report, so the officer can check it and correct a
//! section's kind (with `consult --section-kind INDEX=KIND`) before trusting any finding.

use std::path::PathBuf;

use clap::Args;
use protocol_check::text::Outline;
use protocol_check::Vocabulary;

use crate::error::CliError;
use crate::input::read_text;
use crate::text::wrap;
use crate::{to_json, Format};

#[derive(Args)]
pub struct OutlineArgs {
    /// The draft report, plain text or Markdown; `-` reads standard input.
    #[arg(long)]
    report: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(args: &OutlineArgs) -> Result<String, CliError> {
    let text = read_text(&args.report)?;
    let outline = Outline::parse(&text)
        .map_err(|e| CliError::new(format!("{}: {e}", args.report.display())))?;
    match args.format {
        Format::Json => to_json(&outline),
        Format::Text => Ok(layout(&outline)),
    }
}

fn layout(outline: &Outline) -> String {
    let paragraphs: usize = outline.sections.iter().map(|s| s.paragraphs.len()).sum();
    let mut out = format!(
        "{} section(s), {paragraphs} paragraph(s). Correct a kind with: consult --section-kind INDEX=KIND\n",
        outline.sections.len()
    );
    for (index, section) in outline.sections.iter().enumerate() {
        out.push('\n');
        out.push_str(&wrap(
            &format!(
                "{} — {} ({})",
                section.place(),
                section.kind.name(),
                section.kind_from
            ),
            &format!("[{index}] "),
            100,
        ));
        for paragraph in &section.paragraphs {
            let targets: Vec<&str> = paragraph.targets.iter().map(|t| t.value.name()).collect();
            let excerpt: String = paragraph.text.chars().take(70).collect();
            let more = if paragraph.text.chars().count() > 70 {
                "…"
            } else {
                ""
            };
            out.push_str(&wrap(
                &format!("{}: \"{excerpt}{more}\"", targets.join(", ")),
                &format!("    {:<8} ", paragraph.reference()),
                100,
            ));
        }
    }
    out
}
