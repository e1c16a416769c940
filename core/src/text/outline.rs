//! A draft report's outline: its sections, each with a kind recognised from the heading, and
//! its paragraphs, each with its printed number and the kinds of content it holds.
//!
//! Reports arrive pasted from Word or written in Markdown, so the parser reads line shapes
//! rather than a grammar: numbered headings ("4. OPTIONS CONSIDERED", "## Options"), numbered
//! paragraphs ("4.2", "4.2.1", "(a)"), bullets and options ("Option A:", "Option 2 -").
//!
//! The outline is the tool's *guess*, shown to the officer, who can correct a section's kind
//! with a [`SectionOverride`]; targets are then recomputed from the corrected kind. A paragraph
//! may hold several kinds of content (an option and the officers' view of it): all are kept,
//! and the request is judged under each so that the strictest reading decides.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::Target;
use crate::vocab::{vocabulary, Vocabulary};

use super::lexicon::{find, first_in_order, PARAGRAPH_CUES, SECTION_HEADINGS};
use super::words::{words, Word};
use super::{add_reading, Reading};

vocabulary! {
    /// What a section of a report is, recognised from its heading.
    pub enum SectionKind as "section kind" {
        Recommendations = "recommendations": "recommendations",
        Options = "options": "options (including alternative options considered and rejected)",
        Consultation = "consultation": "consultation, engagement, representations or petitions",
        OfficerAssessment = "officer_assessment":
            "officer assessment, reasons for recommendation or professional advice",
        FinancialImplications = "financial_implications":
            "financial implications or comments of the chief finance (s151) officer",
        LegalImplications = "legal_implications":
            "legal implications or comments of the monitoring officer",
        KeyDecision = "key_decision": "key decision",
        PolicyFramework = "policy_framework": "policy and budget framework",
        OtherImplications = "other_implications": "equalities, risk, HR and other implications",
        Background = "background": "background",
        Summary = "summary": "purpose or summary",
        BackgroundPapers = "background_papers": "background papers and appendices",
        Unknown = "unknown": "not recognised",
    }
}

impl SectionKind {
    /// The kind of content a paragraph of this section holds, before any cue in its words.
    pub fn target(self) -> Target {
        match self {
            SectionKind::Recommendations => Target::Recommendation,
            SectionKind::Options => Target::Option,
            SectionKind::Consultation => Target::ConsultationResponse,
            // Implications sections are officers' appraisals: the stricter reading.
            SectionKind::OfficerAssessment | SectionKind::OtherImplications => {
                Target::ProfessionalOpinion
            }
            SectionKind::FinancialImplications
            | SectionKind::LegalImplications
            | SectionKind::KeyDecision
            | SectionKind::PolicyFramework => Target::StatutoryStatement,
            SectionKind::Background | SectionKind::Summary => Target::FactualStatement,
            SectionKind::BackgroundPapers | SectionKind::Unknown => Target::OtherInformation,
        }
    }
}

/// A report as sections of paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outline {
    pub sections: Vec<Section>,
}

/// A section: its heading as printed and the kind the tool (or the officer) gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The printed number ("4"), if the heading has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The heading without its number; empty for text before the first heading.
    pub heading: String,
    pub kind: SectionKind,
    /// Why it has that kind: the heading words that gave it, or the officer's correction.
    pub kind_from: String,
    /// Line of the heading in the report, from 1.
    pub line: usize,
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph, list item or option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The number as printed ("4.2", "(a)"); none for unnumbered text and bullets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// For a lettered item, the numbered paragraph it sits under ("4.2" for "4.2 … (a)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    /// The option this paragraph states or describes ("C" for "Option C: …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// The words, without the number.
    pub text: String,
    /// The kinds of content it holds, the section's own kind first, each with its reason.
    pub targets: Vec<Reading<Target>>,
    /// First line in the report, from 1.
    pub line: usize,
}

impl Paragraph {
    /// How the paragraph is cited: "4.2", "4.2(a)", or "line 17" when unnumbered.
    pub fn reference(&self) -> String {
        match (&self.within, &self.number) {
            (Some(within), Some(number)) => format!("{within}{number}"),
            (None, Some(number)) => number.clone(),
            _ => format!("line {}", self.line),
        }
    }
}

/// The officer's correction of a section's kind; `section` is its position in the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionOverride {
    pub section: usize,
    pub kind: SectionKind,
}

/// What is wrong with a report or an outline correction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportError {
    /// Nothing but white space and punctuation.
    Empty,
    /// Control characters other than line breaks and tabs: a binary file, not a report.
    NotText { offset: usize },
    /// A correction names a section the outline does not have.
    UnknownSection { section: usize, sections: usize },
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::Empty => f.write_str("the report has no text"),
            ReportError::NotText { offset } => write!(
                f,
                "the report is not plain text (control character at byte {offset}); paste or save it as text"
            ),
            ReportError::UnknownSection { section, sections } => write!(
                f,
                "section {section} is not in the outline, which has sections 0 to {}",
                sections.saturating_sub(1)
            ),
        }
    }
}

impl std::error::Error for ReportError {}

impl Outline {
    /// Reads a report given as plain text or Markdown.
    pub fn parse(text: &str) -> Result<Outline, ReportError> {
        if let Some((offset, _)) = text
            .char_indices()
            .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        {
            return Err(ReportError::NotText { offset });
        }
        let outline = Parser::default().parse(text);
        if outline.sections.is_empty() {
            return Err(ReportError::Empty);
        }
        Ok(outline)
    }

    /// The outline with the officer's corrections applied and targets recomputed.
    pub fn with_overrides(&self, overrides: &[SectionOverride]) -> Result<Outline, ReportError> {
        let mut outline = self.clone();
        for correction in overrides {
            let sections = outline.sections.len();
            let section = outline.sections.get_mut(correction.section).ok_or(
                ReportError::UnknownSection {
                    section: correction.section,
                    sections,
                },
            )?;
            section.kind = correction.kind;
            section.kind_from = format!("set by the officer to {}", correction.kind.name());
            let place = section.place();
            for paragraph in &mut section.paragraphs {
                paragraph.targets =
                    classify(correction.kind, &place, &paragraph.text, &paragraph.option);
            }
        }
        Ok(outline)
    }

    /// Every paragraph with the section it is in.
    pub fn paragraphs(&self) -> impl Iterator<Item = (&Section, &Paragraph)> {
        self.sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(move |p| (s, p)))
    }

    /// Paragraphs cited as `reference` ("9.1", "9.1.", "4.2(a)", "(a)"); every match, since
    /// a badly numbered report may print a number twice.
    pub fn find_paragraphs(&self, reference: &str) -> Vec<(&Section, &Paragraph)> {
        let wanted = number_key(reference);
        if wanted.is_empty() {
            return Vec::new();
        }
        self.paragraphs()
            .filter(|(_, p)| {
                let number = p.number.as_deref().map(number_key);
                let full = p
                    .within
                    .as_deref()
                    .zip(p.number.as_deref())
                    .map(|(w, n)| format!("{}{}", number_key(w), number_key(n)));
                number.as_deref() == Some(wanted.as_str()) || full.as_deref() == Some(&wanted)
            })
            .collect()
    }

    /// Sections whose printed number is `number`.
    pub fn find_sections(&self, number: &str) -> Vec<&Section> {
        let wanted = number_key(number);
        self.sections
            .iter()
            .filter(|s| s.number.as_deref().map(number_key).as_deref() == Some(wanted.as_str()))
            .collect()
    }

    /// Paragraphs stating or describing option `label` ("C", "2").
    pub fn find_option(&self, label: &str) -> Vec<(&Section, &Paragraph)> {
        let wanted = label.to_ascii_uppercase();
        self.paragraphs()
            .filter(|(_, p)| p.option.as_deref() == Some(wanted.as_str()))
            .collect()
    }
}

impl Section {
    /// How the section is named in readings: "4. OPTIONS CONSIDERED".
    pub fn place(&self) -> String {
        match (&self.number, self.heading.is_empty()) {
            (_, true) => "the text before the first heading".to_string(),
            (Some(number), false) => format!("{number}. {}", self.heading),
            (None, false) => self.heading.clone(),
        }
    }
}

/// A paragraph number reduced for comparison: "4.2." → "4.2", "(a)" → "a", "A)" → "a".
fn number_key(number: &str) -> String {
    number
        .chars()
        .filter(|c| !matches!(c, '(' | ')' | ' '))
        .collect::<String>()
        .trim_end_matches('.')
        .to_ascii_lowercase()
}

/// The kinds of content a paragraph holds: its section's kind, then cues in its own words.
fn classify(
    kind: SectionKind,
    place: &str,
    text: &str,
    option: &Option<String>,
) -> Vec<Reading<Target>> {
    let mut targets = vec![Reading::new(
        kind.target(),
        format!("in section \"{place}\" ({})", kind.name()),
    )];
    // An unrecognised heading may hide an officer's view with none of the cue phrases: read it
    // that way too, so only the officer's correction of the section's kind can relax it.
    if kind == SectionKind::Unknown {
        add_reading(
            &mut targets,
            Reading::new(
                Target::ProfessionalOpinion,
                "the section's heading is not recognised, so it may hold an officer's view"
                    .to_string(),
            ),
        );
    }
    if let Some(label) = option {
        add_reading(
            &mut targets,
            Reading::new(Target::Option, format!("states Option {label}")),
        );
    }
    let found = words(text);
    for hit in find(&found, PARAGRAPH_CUES) {
        if let Some(target) = hit.means {
            let said = quote(text, &found[hit.first..hit.end]);
            add_reading(
                &mut targets,
                Reading::new(*target, format!("says \"{said}\"")),
            );
        }
    }
    if let Some(money) = found.iter().find(|w| w.norm.starts_with(['£', '$', '€'])) {
        add_reading(
            &mut targets,
            Reading::new(
                Target::CostEstimate,
                format!("gives the figure {}", money.original(text)),
            ),
        );
    }
    targets
}

/// The original text of a run of words.
pub(crate) fn quote(text: &str, run: &[Word]) -> String {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return String::new();
    };
    let quoted = text.get(first.start..last.end).unwrap_or("");
    // "option (b" reads better closed: "option (b)".
    let closes = quoted.contains('(')
        && !quoted.contains(')')
        && text
            .get(last.end..)
            .is_some_and(|rest| rest.starts_with(')'));
    if closes {
        format!("{quoted})")
    } else {
        quoted.to_string()
    }
}

/// How a line starts.
enum LineShape<'a> {
    Blank,
    Heading {
        number: Option<String>,
        text: &'a str,
    },
    Item {
        number: Option<String>,
        text: &'a str,
    },
    Text(&'a str),
}

#[derive(Default)]
struct Parser {
    outline: Outline,
    /// The paragraph being read, as (number, within, option, text, line).
    open: Option<Paragraph>,
    /// The last dotted number seen, under which lettered items sit.
    last_numbered: Option<String>,
    /// An option named by a sub-heading ("### Option A"), inherited by the text under it.
    option_heading: Option<String>,
    previous_line_ends_sentence: bool,
}

impl Parser {
    fn parse(mut self, text: &str) -> Outline {
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            match shape(line) {
                LineShape::Blank => self.close(),
                LineShape::Heading {
                    number: printed,
                    text,
                } => {
                    self.close();
                    if let Some(label) = option_label(text) {
                        self.option_heading = Some(label);
                        self.start(printed, text, number);
                    } else {
                        self.start_section(printed, text, number);
                    }
                }
                LineShape::Item {
                    number: printed,
                    text,
                } => {
                    self.close();
                    self.start(printed, text, number);
                }
                LineShape::Text(text) => {
                    // A line straight after a numbered paragraph belongs to it; after unnumbered
                    // text, only if that text ran on (Word pastes one line per paragraph).
                    let continues = self.open.as_ref().is_some_and(|open| {
                        open.number.is_some()
                            || !self.previous_line_ends_sentence
                            || text.chars().next().is_some_and(char::is_lowercase)
                    });
                    match self.open.as_mut() {
                        Some(paragraph) if continues => {
                            paragraph.text.push(' ');
                            paragraph.text.push_str(text);
                        }
                        _ => {
                            self.close();
                            self.start(None, text, number);
                        }
                    }
                }
            }
            let trimmed = line.trim_end();
            self.previous_line_ends_sentence =
                trimmed.is_empty() || trimmed.ends_with(['.', ':', ';', '?', '!']);
        }
        self.close();
        self.outline
    }

    fn start_section(&mut self, number: Option<String>, heading: &str, line: usize) {
        let found = words(heading);
        let (kind, kind_from) = match first_in_order(&found, SECTION_HEADINGS) {
            Some(hit) => (
                *hit.means,
                format!(
                    "heading says \"{}\"",
                    quote(heading, &found[hit.first..hit.end])
                ),
            ),
            None => (SectionKind::Unknown, "heading not recognised".to_string()),
        };
        self.outline.sections.push(Section {
            number,
            heading: heading.to_string(),
            kind,
            kind_from,
            line,
            paragraphs: Vec::new(),
        });
        self.last_numbered = None;
        self.option_heading = None;
    }

    fn start(&mut self, number: Option<String>, text: &str, line: usize) {
        let mut within = None;
        if let Some(printed) = &number {
            if printed.starts_with(|c: char| c.is_ascii_digit()) {
                self.last_numbered = Some(printed.trim_end_matches('.').to_string());
                self.option_heading = None;
            } else {
                within = self.last_numbered.clone();
            }
        }
        let in_options = self.current_kind() == SectionKind::Options;
        let option = option_label(text)
            .or_else(|| {
                // "(c) Close the depot" in an options section states option C.
                number
                    .as_deref()
                    .filter(|n| in_options && !n.starts_with(|c: char| c.is_ascii_digit()))
                    .map(|n| number_key(n).to_ascii_uppercase())
            })
            .or_else(|| self.option_heading.clone());
        self.open = Some(Paragraph {
            number,
            within,
            option,
            text: text.to_string(),
            targets: Vec::new(),
            line,
        });
    }

    fn current_kind(&self) -> SectionKind {
        self.outline
            .sections
            .last()
            .map_or(SectionKind::Unknown, |s| s.kind)
    }

    fn close(&mut self) {
        let Some(mut paragraph) = self.open.take() else {
            return;
        };
        if self.outline.sections.is_empty() {
            self.outline.sections.push(Section {
                number: None,
                heading: String::new(),
                kind: SectionKind::Unknown,
                kind_from: "text before the first heading".to_string(),
                line: paragraph.line,
                paragraphs: Vec::new(),
            });
        }
        if let Some(section) = self.outline.sections.last_mut() {
            paragraph.targets = classify(
                section.kind,
                &section.place(),
                &paragraph.text,
                &paragraph.option,
            );
            section.paragraphs.push(paragraph);
        }
    }
}

/// Reads the shape of one line.
fn shape(line: &str) -> LineShape<'_> {
    let line = line.trim();
    if !line.chars().any(char::is_alphanumeric) {
        return LineShape::Blank;
    }
    if let Some(rest) = markdown_heading(line) {
        let (number, text) = match leading_number(rest) {
            Some((number, text)) if !number.starts_with('(') => (Some(number), text),
            _ => (None, rest),
        };
        return LineShape::Heading {
            number: number.map(|n| n.trim_end_matches(['.', ')']).to_string()),
            text: strip_emphasis(text),
        };
    }
    if let Some(bold) = whole_bold(line) {
        if looks_like_heading(bold, true) {
            return LineShape::Heading {
                number: None,
                text: bold,
            };
        }
    }
    if let Some((number, text)) = leading_number(line) {
        // "4." and "4.0" number sections; "4.1" numbers a paragraph.
        let bare = number.trim_end_matches(['.', ')']);
        let top_level = bare
            .trim_end_matches(".0")
            .chars()
            .all(|c| c.is_ascii_digit());
        if top_level && looks_like_heading(text, false) {
            return LineShape::Heading {
                number: Some(bare.trim_end_matches(".0").to_string()),
                text: strip_emphasis(text),
            };
        }
        return LineShape::Item {
            number: Some(number.to_string()),
            text,
        };
    }
    if let Some(rest) = bullet(line) {
        return LineShape::Item {
            number: None,
            text: rest,
        };
    }
    if looks_like_heading(line, false) && option_label(line).is_none() && is_shouting(line) {
        return LineShape::Heading {
            number: None,
            text: line,
        };
    }
    if looks_like_heading(line, false) && option_label(line).is_none() && short_known_heading(line)
    {
        return LineShape::Heading {
            number: None,
            text: line,
        };
    }
    LineShape::Text(line)
}

fn markdown_heading(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches('#');
    let hashes = line.len() - rest.len();
    ((1..=6).contains(&hashes) && rest.starts_with([' ', '\t'])).then(|| rest.trim())
}

fn whole_bold(line: &str) -> Option<&str> {
    let inner = line
        .strip_prefix("**")
        .and_then(|l| l.strip_suffix("**"))
        .or_else(|| line.strip_prefix("__").and_then(|l| l.strip_suffix("__")))?;
    (!inner.contains("**")).then(|| inner.trim())
}

fn strip_emphasis(text: &str) -> &str {
    text.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
}

/// A short line without a closing full stop; `lenient` for lines set apart by bold type.
fn looks_like_heading(text: &str, lenient: bool) -> bool {
    let count = text.split_whitespace().count();
    let limit = if lenient { 14 } else { 12 };
    count > 0
        && count <= limit
        && !text.trim_end_matches(['*', '_']).ends_with(['.', ',', ';'])
        && text.chars().next().is_some_and(|c| !c.is_lowercase())
}

fn is_shouting(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
}

/// An unnumbered line of at most eight words that names a known kind of section.
fn short_known_heading(text: &str) -> bool {
    let found = words(text);
    found.len() <= 8 && !text.ends_with(':') && first_in_order(&found, SECTION_HEADINGS).is_some()
}

/// Splits "4.2 Text", "4. Text", "4) Text", "(a) Text", "a) Text", "(ii) Text" into the printed
/// number and the rest.
fn leading_number(line: &str) -> Option<(String, &str)> {
    let (number, rest) = if let Some(inner) = line.strip_prefix('(') {
        let close = inner.find(')')?;
        let label = inner.get(..close)?;
        if label.is_empty() || label.len() > 5 || !label.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return None;
        }
        (format!("({label})"), inner.get(close + 1..)?)
    } else if line.starts_with(|c: char| c.is_ascii_digit()) {
        let end = line
            .char_indices()
            .find(|&(i, c)| !(c.is_ascii_digit() || (c == '.' && followed_by_digit(line, i + 1))))
            .map_or(line.len(), |(i, _)| i);
        let mut number = line.get(..end)?.to_string();
        let mut rest = line.get(end..)?;
        if let Some(after) = rest.strip_prefix(['.', ')']) {
            number.push_str(rest.get(..1).unwrap_or(""));
            rest = after;
        }
        (number, rest)
    } else {
        // "a) Text", "b. Text": one letter, or a short roman numeral, then ) or .
        let end = line.find([')', '.'])?;
        let label = line.get(..end)?;
        let is_letter = label.len() == 1 && label.chars().all(|c| c.is_ascii_alphabetic());
        let is_roman =
            (2..=4).contains(&label.len()) && label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
        if !(is_letter || is_roman) {
            return None;
        }
        (format!("{label})"), line.get(end + 1..)?)
    };
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    (!rest.is_empty()).then_some((number, rest))
}

fn followed_by_digit(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

fn bullet(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(['-', '*', '•', '–', '·', '▪', '◦'])?;
    rest.starts_with([' ', '\t']).then(|| rest.trim())
}

/// The option a line states, from "Option A", "Option 2 -", "**Option C:**", "Option (c)".
fn option_label(text: &str) -> Option<String> {
    let text = strip_emphasis(text);
    let found = words(text);
    let first = found.first()?;
    if first.norm != "option" {
        return None;
    }
    let label = found.get(1)?;
    let written = label.original(text);
    let is_label = (written.len() == 1 && written.chars().all(|c| c.is_ascii_alphabetic()))
        || (label.is_number && written.chars().all(|c| c.is_ascii_digit()) && written.len() <= 2)
        || (written.len() <= 4
            && written
                .chars()
                .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X')));
    is_label.then(|| written.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERED: &str = "\
REPORT TO CABINET

1. PURPOSE OF REPORT
1.1 To seek approval for the future of the Station Road depot.

2. RECOMMENDATIONS
2.1 That Cabinet approves Option B, the sale of the depot.
2.2 That delegated authority is given to the Director.

4. OPTIONS CONSIDERED
4.1 Option A: Retain the depot.
4.2 Option B - Sell the depot.
This would raise a capital receipt of £1.2m.
4.3 Option C: Close the depot. Officers consider this carries a high risk.

9. KEY DECISION
9.1 This is a key decision.
";

    #[test]
    fn reads_numbered_headings_and_paragraphs() {
        let outline = Outline::parse(NUMBERED).unwrap();
        let kinds: Vec<SectionKind> = outline.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Unknown,
                SectionKind::Summary,
                SectionKind::Recommendations,
                SectionKind::Options,
                SectionKind::KeyDecision
            ]
        );
        let options = &outline.sections[3];
        assert_eq!(options.number.as_deref(), Some("4"));
        assert_eq!(options.paragraphs.len(), 3);
        assert_eq!(
            options.paragraphs[1].text,
            "Option B - Sell the depot. This would raise a capital receipt of £1.2m."
        );
        assert_eq!(options.paragraphs[1].option.as_deref(), Some("B"));
        let c = &options.paragraphs[2];
        let targets: Vec<Target> = c.targets.iter().map(|t| t.value).collect();
        assert_eq!(targets, [Target::Option, Target::ProfessionalOpinion]);
    }

    #[test]
    fn a_key_decision_statement_is_statutory_wherever_it_stands() {
        let outline =
            Outline::parse("Background\n\nThe scheme is a key decision under the constitution.\n")
                .unwrap();
        let (_, paragraph) = outline.paragraphs().next().unwrap();
        assert!(paragraph
            .targets
            .iter()
            .any(|t| t.value == Target::StatutoryStatement));
    }

    #[test]
    fn finds_paragraphs_options_and_sections() {
        let outline = Outline::parse(NUMBERED).unwrap();
        assert_eq!(outline.find_paragraphs("9.1.").len(), 1);
        assert_eq!(outline.find_option("c")[0].1.number.as_deref(), Some("4.3"));
        assert_eq!(outline.find_sections("4")[0].kind, SectionKind::Options);
        assert!(outline.find_paragraphs("7.7").is_empty());
    }

    #[test]
    fn reads_markdown_and_lettered_options() {
        let text = "# Report\n\n## Alternative options considered\n\nThe following were considered:\n\n(a) Do nothing.\n(b) Outsource the service.\n\n### Option C – Share with a neighbour\n\nThis would save £40,000.\n\n## Comments of the Monitoring Officer\n\nThe Council has the power to do this.\n";
        let outline = Outline::parse(text).unwrap();
        let options = &outline.sections[1];
        assert_eq!(options.kind, SectionKind::Options);
        let labels: Vec<Option<&str>> = options
            .paragraphs
            .iter()
            .map(|p| p.option.as_deref())
            .collect();
        assert_eq!(labels, [None, Some("A"), Some("B"), Some("C"), Some("C")]);
        assert_eq!(outline.sections[2].kind, SectionKind::LegalImplications);
        assert_eq!(
            outline.sections[2].paragraphs[0].targets[0].value,
            Target::StatutoryStatement
        );
    }

    #[test]
    fn the_officer_can_correct_a_section_kind() {
        let outline =
            Outline::parse("Other matters\n\nThe residents' petition had 400 signatures.\n")
                .unwrap();
        assert_eq!(outline.sections[0].kind, SectionKind::Unknown);
        let corrected = outline
            .with_overrides(&[SectionOverride {
                section: 0,
                kind: SectionKind::Consultation,
            }])
            .unwrap();
        assert_eq!(
            corrected.sections[0].paragraphs[0].targets[0].value,
            Target::ConsultationResponse
        );
        let wrong = outline.with_overrides(&[SectionOverride {
            section: 5,
            kind: SectionKind::Options,
        }]);
        assert_eq!(
            wrong,
            Err(ReportError::UnknownSection {
                section: 5,
                sections: 1
            })
        );
    }

    #[test]
    fn rejects_binary_and_empty_input() {
        assert!(matches!(
            Outline::parse("PK\u{3}\u{4}junk"),
            Err(ReportError::NotText { offset: 2 })
        ));
        assert_eq!(Outline::parse("  \n---\n"), Err(ReportError::Empty));
    }

    #[test]
    fn odd_lines_never_panic() {
        for text in [
            "(",
            "()",
            "(é) x",
            "1.",
            "1. ",
            "a)",
            "ii) x",
            "#",
            "# ",
            "**",
            "****",
            "4.2.",
            "£1. x",
            "Option",
            "Option é",
        ] {
            let _ = Outline::parse(text);
        }
    }
}
