//! Reading a Member's request in their own words: "Can you drop Option C and take out 9.1?"
//!
//! A line is split into requests where a new clause brings its own action *and* its own part
//! of the report. In each request the action comes from verb phrases ([`ACTION_PHRASES`]), the
//! target from explicit references (paragraph "9.1", "section 4", "Option C", "recommendation
//! 2.1") looked up in the report's [`Outline`], and from named parts ("the Monitoring Officer's
//! comments", "the petition").
//!
//! Nothing is guessed: with no action or no target the request is marked missing it, which the
//! evaluator turns into `unclear`. Conflicting signals are all kept as readings, so the stricter
//! one decides: a "duplicate" the report does not show is also read as an exclusion, a "typo"
//! that names a figure or a negation is also read as altering the substance.

use serde::{Deserialize, Serialize};

use crate::model::{Action, Target};
use crate::vocab::{vocabulary, Vocabulary};

use super::lexicon::{
    find, listed, phrase_length_at, ActionCue, TargetCue, ACTION_PHRASES, COMMON_WORDS,
    CONTENT_MARKERS, NEGATIONS, NEGATORS, TARGET_PHRASES,
};
use super::outline::{quote, Outline, Paragraph, Section};
use super::revision::Change;
use super::words::{edit_distance, normalised, words, Word};
use super::{add_reading, Reading};

/// Longest request line read; anything longer is not one request.
pub const MAX_REQUEST_CHARS: usize = 2_000;

vocabulary! {
    /// What an interpretation could not establish.
    pub enum MissingPart as "missing part" {
        Action = "action": "what the Member wants done",
        Target = "target": "which part of the report",
    }
}

/// Something the reader could not establish, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Missing {
    pub part: MissingPart,
    pub explanation: String,
}

/// What was understood from one request (or one change between draft and revised), and from
/// which words: shown with every verdict so an officer can spot and correct a misreading.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interpretation {
    /// The Member's words read as this request, or a description of the change.
    pub words: String,
    /// Line of the requests text, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Every action the words can mean, the main reading first.
    pub actions: Vec<Reading<Action>>,
    /// Every kind of content the request touches, the main reading first.
    pub targets: Vec<Reading<Target>>,
    /// The report's paragraphs it touches, as cited ("4.3", "line 17").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
    /// What could not be established; non-empty means the verdict is `unclear`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<Missing>,
    /// How ambiguities were settled (always toward the stricter reading).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Each reading the evaluator tried and its verdict; the strictest decided.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub considered: Vec<Considered>,
    /// For a revision: the change, with its word diff and classification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

/// One (action, target) reading and the verdict it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Considered {
    pub action: Action,
    pub target: Target,
    pub verdict: crate::model::Verdict,
}

impl Interpretation {
    pub fn is_clear(&self) -> bool {
        self.missing.is_empty()
    }

    fn lacks(&mut self, part: MissingPart, explanation: String) {
        self.missing.push(Missing { part, explanation });
    }

    fn note(&mut self, note: impl Into<String>) {
        let note = note.into();
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }
}

/// The request lines of a text, numbered from 1: blank lines and `#` comments are skipped.
pub fn request_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// Reads one line of a Member's requests; a line may hold several requests. `outline` is the
/// draft report, without which paragraph numbers cannot be resolved.
pub fn interpret_line(line: &str, outline: Option<&Outline>) -> Vec<Interpretation> {
    let line = line.trim();
    let length = line.chars().count();
    if length > MAX_REQUEST_CHARS {
        return vec![unreadable(
            line.chars().take(120).collect::<String>() + "…",
            format!("the line is {length} characters long, more than one request ({MAX_REQUEST_CHARS} at most); put each request on its own line"),
        )];
    }
    let all = words(line);
    let clauses = split_clauses(line, &all);
    let mut requests: Vec<Cues> = Vec::new();
    for clause in clauses {
        let cues = Cues::read(line, &all, clause);
        let starts_new = match requests.last() {
            Some(current) => {
                current.has_action()
                    && current.has_target()
                    && cues.has_named_action()
                    && cues.has_target()
            }
            None => true,
        };
        match requests.last_mut() {
            Some(current) if !starts_new => current.merge(cues),
            _ => requests.push(cues),
        }
    }
    if requests.is_empty() {
        return vec![unreadable(
            line.to_string(),
            "there are no words to read".to_string(),
        )];
    }
    requests
        .into_iter()
        .map(|cues| cues.interpret(line, &all, outline))
        .collect()
}

/// A line that cannot be read at all: both parts missing, for the same reason.
fn unreadable(words: String, explanation: String) -> Interpretation {
    let mut reading = Interpretation {
        words,
        ..Interpretation::default()
    };
    reading.lacks(MissingPart::Action, explanation.clone());
    reading.lacks(MissingPart::Target, explanation);
    reading
}

/// Word ranges of the clauses of a line: split at sentence ends and semicolons, and before
/// "and", "also", "then" or "plus" when an action phrase follows.
fn split_clauses(line: &str, all: &[Word]) -> Vec<std::ops::Range<usize>> {
    let mut clauses = Vec::new();
    let mut start = 0;
    for i in 1..all.len() {
        let gap = line.get(all[i - 1].end..all[i].start).unwrap_or("");
        let sentence_break = gap.contains(['.', '?', '!', ';']);
        let joins = matches!(all[i].norm.as_str(), "and" | "also" | "then" | "plus")
            && starts_action(all, i + 1);
        if sentence_break {
            clauses.push(start..i);
            start = i;
        } else if joins {
            clauses.push(start..i);
            start = i + 1;
        }
    }
    if start < all.len() {
        clauses.push(start..all.len());
    }
    clauses.retain(|c| !c.is_empty());
    clauses
}

/// True when an action phrase (possibly after "please", "can you", "could you") starts at `at`.
fn starts_action(all: &[Word], at: usize) -> bool {
    let mut at = at;
    while all.get(at).is_some_and(|w| {
        matches!(
            w.norm.as_str(),
            "please" | "can" | "could" | "you" | "would" | "also"
        )
    }) {
        at += 1;
    }
    ACTION_PHRASES.iter().any(|(phrase, cue)| {
        !matches!(cue, ActionCue::SuggestsAlter | ActionCue::NoChange)
            && phrase_length_at(all, at, phrase).is_some()
    })
}

/// A reference the Member made to a numbered part of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reference {
    Paragraph(String),
    Section(String),
    Option(String),
    Recommendation(String),
}

/// The signals found in one request's words, before they are resolved against the outline.
#[derive(Default)]
struct Cues {
    /// Word indices covered (first..end), in line order.
    first: usize,
    end: usize,
    actions: Vec<(usize, ActionCue, String)>,
    /// Action words turned around by a negator ("don't remove").
    negated: Vec<String>,
    targets: Vec<(usize, TargetCue, String)>,
    references: Vec<(usize, Reference, String)>,
    /// Word indices of content markers ("to", "instead", "saying").
    markers: Vec<usize>,
    /// Word indices of parts named as places ("to paragraph 3.4", "the background section").
    locations: Vec<usize>,
    /// Figures that are not paragraph numbers ("£95,000").
    figures: Vec<(usize, String)>,
    negations: Vec<String>,
}

impl Cues {
    fn read(line: &str, all: &[Word], clause: std::ops::Range<usize>) -> Cues {
        let clause_words = &all[clause.clone()];
        let mut cues = Cues {
            first: clause.start,
            end: clause.end,
            ..Cues::default()
        };
        for hit in find(clause_words, ACTION_PHRASES) {
            let at = clause.start + hit.first;
            let said = quote(line, &clause_words[hit.first..hit.end]);
            match negator_before(all, clause.start, at) {
                Some(negator) => match hit.means {
                    ActionCue::Names(Action::Include) => cues.actions.push((
                        at,
                        ActionCue::Names(Action::Exclude),
                        format!("{negator} {said}"),
                    )),
                    _ => cues.negated.push(format!("{negator} {said}")),
                },
                None => cues.actions.push((at, *hit.means, said)),
            }
        }
        for hit in find(clause_words, TARGET_PHRASES) {
            let at = clause.start + hit.first;
            let next = clause_words.get(hit.end).map(|w| w.norm.as_str());
            if matches!(
                next,
                Some("section" | "sections" | "paragraph" | "paragraphs")
            ) {
                cues.locations.push(at);
            }
            let said = quote(line, &clause_words[hit.first..hit.end]);
            cues.targets.push((at, *hit.means, said));
        }
        cues.references = references(line, all, clause.clone());
        for (i, word) in clause_words.iter().enumerate() {
            if listed(&word.norm, CONTENT_MARKERS) {
                cues.markers.push(clause.start + i);
            }
        }
        let after_preposition = |at: usize| {
            let mut before = at.checked_sub(1).and_then(|b| all.get(b));
            if before.is_some_and(|w| w.norm == "the") {
                before = at.checked_sub(2).and_then(|b| all.get(b));
            }
            before.is_some_and(|w| {
                matches!(
                    w.norm.as_str(),
                    "in" | "into" | "to" | "from" | "under" | "within" | "at"
                )
            })
        };
        for (at, reference, _) in &cues.references {
            if matches!(reference, Reference::Paragraph(_) | Reference::Section(_))
                && after_preposition(*at)
            {
                cues.locations.push(*at);
            }
        }

        for (i, word) in clause_words.iter().enumerate() {
            let at = clause.start + i;
            let is_reference = cues
                .references
                .iter()
                .any(|(r, _, _)| *r == at || *r + 1 == at);
            if word.is_number && !is_reference && !is_paragraph_number(all, at) {
                cues.figures.push((at, word.original(line).to_string()));
            }
            if listed(&word.norm, NEGATIONS) {
                cues.negations.push(word.original(line).to_string());
            }
        }
        cues
    }

    fn has_action(&self) -> bool {
        self.actions
            .iter()
            .any(|(_, cue, _)| !matches!(cue, ActionCue::NoChange))
    }

    fn has_named_action(&self) -> bool {
        self.actions.iter().any(|(_, cue, _)| {
            matches!(
                cue,
                ActionCue::Names(_) | ActionCue::Check | ActionCue::Shortens
            )
        })
    }

    fn has_target(&self) -> bool {
        !self.targets.is_empty() || !self.references.is_empty()
    }

    fn merge(&mut self, other: Cues) {
        self.end = other.end;
        self.actions.extend(other.actions);
        self.negated.extend(other.negated);
        self.targets.extend(other.targets);
        self.references.extend(other.references);
        self.markers.extend(other.markers);
        self.locations.extend(other.locations);
        self.figures.extend(other.figures);
        self.negations.extend(other.negations);
    }

    fn interpret(self, line: &str, all: &[Word], outline: Option<&Outline>) -> Interpretation {
        let mut reading = Interpretation {
            words: quote(line, all.get(self.first..self.end).unwrap_or(&[])),
            ..Interpretation::default()
        };
        for said in &self.negated {
            reading.note(format!(
                "\"{said}\" was read as asking for that not to happen"
            ));
        }
        let includes = self
            .actions
            .iter()
            .any(|(_, cue, _)| *cue == ActionCue::Names(Action::Include));
        self.resolve_targets(&mut reading, outline, includes);
        if self.references.is_empty() && !includes {
            if let Some(outline) = outline {
                locate_by_words(
                    &mut reading,
                    outline,
                    line,
                    all.get(self.first..self.end).unwrap_or(&[]),
                );
            }
        }
        self.resolve_actions(&mut reading, includes);
        self.settle_conflicts(&mut reading, outline);
        if reading.actions.is_empty() {
            let explanation = if self
                .actions
                .iter()
                .any(|(_, c, _)| *c == ActionCue::NoChange)
            {
                "the words ask for nothing to change".to_string()
            } else if !self.negated.is_empty() {
                "the words only say what should not be done".to_string()
            } else {
                "no word says what should be done (such as remove, add, change, clarify, correct or check)".to_string()
            };
            reading.lacks(MissingPart::Action, explanation);
        }
        if reading.targets.is_empty() {
            let explanation = if self.references.is_empty() {
                "no paragraph, section, option, recommendation or named part of the report is mentioned".to_string()
            } else if outline.is_none() {
                "the paragraph mentioned cannot be looked up without the draft report".to_string()
            } else {
                "the part mentioned is not in the draft report".to_string()
            };
            reading.lacks(MissingPart::Target, explanation);
        }
        reading
    }

    /// Targets from references looked up in the outline, then from named parts. When adding
    /// new text, target words after the first one describe the new text, not where it goes.
    fn resolve_targets(
        &self,
        reading: &mut Interpretation,
        outline: Option<&Outline>,
        includes: bool,
    ) {
        let first_target_at = self
            .targets
            .iter()
            .map(|(at, _, _)| *at)
            .chain(self.references.iter().map(|(at, _, _)| *at))
            .min();
        // After the first part named, a content marker starts the new wording: parts named
        // there are what the text should say, not what is changed (unless they are places,
        // "to paragraph 3.4", "in the background section").
        let content_from =
            first_target_at.and_then(|first| self.markers.iter().copied().find(|m| *m > first));
        let is_content =
            |at: usize| content_from.is_some_and(|from| at > from) && !self.locations.contains(&at);
        let has_reference = !self.references.is_empty();
        for (at, reference, said) in &self.references {
            if is_content(*at) {
                if includes {
                    reading.note(format!("\"{said}\" was read as part of the text to add"));
                } else {
                    // Named in the new wording: its kind counts, its paragraph is not changed.
                    reading.note(format!("\"{said}\" was read as named in the new wording"));
                    let named = match reference {
                        Reference::Option(_) => Some(Target::Option),
                        Reference::Recommendation(_) => Some(Target::Recommendation),
                        _ => None,
                    };
                    if let Some(target) = named {
                        add_reading(
                            &mut reading.targets,
                            Reading::new(target, format!("\"{said}\"")),
                        );
                    }
                }
                continue;
            }
            match reference {
                Reference::Option(label) => {
                    add_reading(
                        &mut reading.targets,
                        Reading::new(Target::Option, format!("\"{said}\"")),
                    );
                    locate(reading, outline, said, |o| o.find_option(label));
                }
                Reference::Recommendation(number) => {
                    add_reading(
                        &mut reading.targets,
                        Reading::new(Target::Recommendation, format!("\"{said}\"")),
                    );
                    locate(reading, outline, said, |o| o.find_paragraphs(number));
                }
                Reference::Paragraph(number) => {
                    if !locate(reading, outline, said, |o| o.find_paragraphs(number)) {
                        if let Some(o) = outline {
                            // "section 4" written as "4": read the section.
                            let sections = o.find_sections(number);
                            locate_sections(reading, &sections, said);
                        }
                    }
                }
                Reference::Section(number) => {
                    let more_specific = self
                        .references
                        .iter()
                        .any(|(_, r, _)| !matches!(r, Reference::Section(_)));
                    if more_specific {
                        reading.note(format!("\"{said}\" was read as where the named part is"));
                    } else if let Some(o) = outline {
                        let sections = o.find_sections(number);
                        if sections.is_empty() {
                            reading.note(format!("\"{said}\" is not in the draft report"));
                        }
                        locate_sections(reading, &sections, said);
                    } else {
                        reading.note(format!(
                            "\"{said}\" cannot be looked up without the draft report"
                        ));
                    }
                }
            }
        }
        let mut whole_report = None;
        for (at, cue, said) in &self.targets {
            if is_content(*at) && includes {
                reading.note(format!("\"{said}\" was read as part of the text to add"));
                continue;
            }
            match cue {
                TargetCue::WholeReport => whole_report = Some(said.clone()),
                TargetCue::Content(target, section_kind) => {
                    add_reading(
                        &mut reading.targets,
                        Reading::new(*target, format!("\"{said}\"")),
                    );
                    // A new part ("add an option") is not any existing paragraph of its kind.
                    let located = has_reference || is_content(*at) || includes;
                    if let (Some(o), Some(kind), false) = (outline, section_kind, located) {
                        let sections: Vec<&Section> =
                            o.sections.iter().filter(|s| s.kind == *kind).collect();
                        locate_sections(reading, &sections, said);
                    }
                }
            }
        }
        // A sum of money names a cost or saving, and the paragraphs that give it.
        let money = self
            .figures
            .iter()
            .filter(|(at, f)| f.starts_with(['£', '$', '€']) && !is_content(*at));
        for (_, figure) in money {
            add_reading(
                &mut reading.targets,
                Reading::new(Target::CostEstimate, format!("the figure {figure}")),
            );
            let searchable =
                outline.filter(|o| o.paragraphs().nth(MAX_PARAGRAPHS_SEARCHED).is_none());
            if let (Some(o), false) = (searchable, has_reference) {
                let wanted = format!(" {} ", normalised(figure));
                for (_, paragraph) in o.paragraphs() {
                    if format!(" {} ", normalised(&paragraph.text)).contains(&wanted) {
                        add_paragraph(reading, paragraph, &format!("the figure {figure}"));
                    }
                }
            }
        }
        let fixing_typos = self
            .actions
            .iter()
            .any(|(_, cue, _)| *cue == ActionCue::Names(Action::FixTypo));
        if reading.targets.is_empty()
            && (whole_report.is_some() || (fixing_typos && !has_reference))
        {
            let said =
                whole_report.unwrap_or_else(|| "typing errors with no place named".to_string());
            read_whole_report(reading, outline, &said);
        }
    }

    fn resolve_actions(&self, reading: &mut Interpretation, includes: bool) {
        let has_cost = reading
            .targets
            .iter()
            .any(|t| t.value == Target::CostEstimate);
        let has_named = self.has_named_action();
        // Named actions first, so the main reading is what the Member said to do; words that
        // only suggest a change of substance come after.
        let suggestive = |cue: &ActionCue| matches!(cue, ActionCue::SuggestsAlter);
        let ordered = self
            .actions
            .iter()
            .filter(|(_, cue, _)| !suggestive(cue))
            .chain(self.actions.iter().filter(|(_, cue, _)| suggestive(cue)));
        for (_, cue, said) in ordered {
            let from = format!("\"{said}\"");
            match cue {
                ActionCue::Names(action) => {
                    add_reading(&mut reading.actions, Reading::new(*action, from))
                }
                // Checking a figure is checking an estimate, whatever paragraph holds it;
                // checking anything else is checking a fact.
                ActionCue::Check if has_cost => add_reading(
                    &mut reading.actions,
                    Reading::new(Action::CheckEstimate, from),
                ),
                ActionCue::Check => {
                    add_reading(&mut reading.actions, Reading::new(Action::Correct, from))
                }
                ActionCue::SuggestsAlter if includes => {
                    reading.note(format!("\"{said}\" was read as part of the text to add"));
                }
                ActionCue::SuggestsAlter => {
                    if has_named {
                        reading.note(format!(
                            "\"{said}\" suggests the substance would change: also read as alter"
                        ));
                    }
                    add_reading(&mut reading.actions, Reading::new(Action::Alter, from));
                }
                ActionCue::Shortens => {
                    add_reading(
                        &mut reading.actions,
                        Reading::new(Action::Clarify, from.clone()),
                    );
                    reading.note(format!(
                        "\"{said}\" may drop words as well as reword: also read as exclude"
                    ));
                    add_reading(&mut reading.actions, Reading::new(Action::Exclude, from));
                }
                ActionCue::NoChange => {}
            }
        }
    }

    /// Where signals disagree, add the stricter reading rather than choose.
    fn settle_conflicts(&self, reading: &mut Interpretation, outline: Option<&Outline>) {
        let fixes_typo = reading.actions.iter().any(|a| a.value == Action::FixTypo);
        if !fixes_typo {
            return;
        }
        // "'benefit' should be 'benefits'": a spelling, not new wording, when the two quoted
        // words are a couple of letters apart (figures and negations are checked below).
        let quoted = quoted_words(&reading.words);
        let respelling = match quoted.as_slice() {
            [.., wrong, right] => {
                let (wrong, right) = (normalised(wrong), normalised(right));
                !wrong.is_empty() && !right.contains(' ') && edit_distance(&wrong, &right, 2) <= 2
            }
            _ => false,
        };
        if respelling {
            let before = reading.actions.len();
            reading.actions.retain(|a| {
                !(a.value == Action::Alter
                    && matches!(
                        a.from.as_str(),
                        "\"should be\"" | "\"should read\"" | "\"should say\""
                    ))
            });
            if reading.actions.len() < before {
                reading.note("the quoted words differ by a letter or two: read as a spelling, not new wording");
            }
        }
        if let Some((_, figure)) = self.figures.first() {
            reading.note(format!(
                "a typing error that involves the figure {figure} may change the substance: also read as alter"
            ));
            add_reading(
                &mut reading.actions,
                Reading::new(Action::Alter, format!("the figure {figure}")),
            );
        }
        if let Some(negation) = self.negations.first() {
            reading.note(format!(
                "a typing error that involves \"{negation}\" may reverse the meaning: also read as alter"
            ));
            add_reading(
                &mut reading.actions,
                Reading::new(Action::Alter, format!("\"{negation}\"")),
            );
        }
        let deletes_duplicate = self.actions.iter().any(|(_, cue, said)| {
            *cue == ActionCue::Names(Action::FixTypo) && is_duplication_word(said)
        });
        if deletes_duplicate && !duplication_confirmed(reading, outline) {
            reading.note(
                "the draft does not show the paragraph repeating another, so removing it is also read as exclude",
            );
            add_reading(
                &mut reading.actions,
                Reading::new(Action::Exclude, "removing the claimed duplicate"),
            );
        }
    }
}

/// Words or phrases the Member put in quotation marks, in order.
fn quoted_words(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        let is_quote = matches!(c, '\'' | '"' | '‘' | '’' | '“' | '”');
        if is_quote {
            match open {
                None if !previous.is_alphanumeric() => open = Some(i + c.len_utf8()),
                Some(start) => {
                    let next = text.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
                    if !next.is_some_and(char::is_alphanumeric) {
                        found.extend(text.get(start..i));
                        open = None;
                    }
                }
                None => {}
            }
        }
        previous = c;
    }
    // A request's words may stop just before the closing mark.
    if let Some(start) = open {
        found.extend(text.get(start..).filter(|rest| !rest.trim().is_empty()));
    }
    found
}

/// A negator in the two words before `at`, within the clause.
fn negator_before(all: &[Word], clause_start: usize, at: usize) -> Option<String> {
    let window = at.saturating_sub(3).max(clause_start)..at;
    NEGATORS.iter().find_map(|negator| {
        let len = negator.split(' ').count();
        window.clone().find_map(|from| {
            (from + len == at && phrase_length_at(all, from, negator).is_some())
                .then(|| negator.to_string())
        })
    })
}

fn is_duplication_word(said: &str) -> bool {
    let said = said.to_ascii_lowercase();
    ["duplicat", "repeat", "twice", "repetition"]
        .iter()
        .any(|w| said.contains(w))
}

/// True when every paragraph the request names closely repeats another paragraph of the draft.
fn duplication_confirmed(reading: &Interpretation, outline: Option<&Outline>) -> bool {
    let Some(outline) = outline else {
        return false;
    };
    if reading.paragraphs.is_empty() {
        return false;
    }
    reading.paragraphs.iter().all(|cited| {
        outline
            .paragraphs()
            .filter(|(_, p)| p.reference() == *cited)
            .any(|(_, named)| {
                outline.paragraphs().any(|(_, other)| {
                    other.line != named.line
                        && super::revision::similarity(&named.text, &other.text) >= 0.8
                })
            })
    })
}

/// Paragraphs searched for the Member's own words at most; past it only references count.
pub const MAX_PARAGRAPHS_SEARCHED: usize = 5_000;

/// Adds the paragraphs that contain a run of the Member's words: three words (two of them not
/// common), or failing that two uncommon words found in at most two paragraphs ("the rise in
/// youth violence", "reputational damage").
fn locate_by_words(reading: &mut Interpretation, outline: &Outline, line: &str, request: &[Word]) {
    if outline.paragraphs().nth(MAX_PARAGRAPHS_SEARCHED).is_some() {
        return;
    }
    let texts: Vec<(String, &Paragraph)> = outline
        .paragraphs()
        .map(|(_, p)| (format!(" {} ", normalised(&p.text)), p))
        .collect();
    let uncommon = |w: &Word| !listed(&w.norm, COMMON_WORDS) && !w.is_number;
    let runs = |size: usize, needed: usize| -> Vec<(String, String)> {
        request
            .windows(size)
            .filter(|run| run.iter().filter(|w| uncommon(w)).count() >= needed)
            .map(|run| {
                let norms: Vec<&str> = run.iter().map(|w| w.norm.as_str()).collect();
                (format!(" {} ", norms.join(" ")), quote(line, run))
            })
            .collect()
    };
    let matches = |runs: &[(String, String)]| -> Vec<(&Paragraph, String)> {
        texts
            .iter()
            .filter_map(|(text, p)| {
                let found = runs.iter().find(|(run, _)| text.contains(run.as_str()));
                found.map(|(_, said)| (*p, said.clone()))
            })
            .collect()
    };
    let mut found = matches(&runs(3, 2));
    if found.is_empty() {
        found = matches(&runs(2, 2));
        if found.len() > 2 {
            return; // too common to point at a paragraph
        }
    }
    for (paragraph, said) in found {
        add_paragraph(
            reading,
            paragraph,
            &format!("the words \"{said}\" found in it"),
        );
    }
}

/// Adds the targets of the paragraphs `lookup` finds; false when it finds none.
fn locate<'o>(
    reading: &mut Interpretation,
    outline: Option<&'o Outline>,
    said: &str,
    lookup: impl Fn(&'o Outline) -> Vec<(&'o Section, &'o Paragraph)>,
) -> bool {
    let Some(outline) = outline else {
        reading.note(format!(
            "\"{said}\" cannot be looked up without the draft report"
        ));
        return false;
    };
    let found = lookup(outline);
    if found.is_empty() {
        reading.note(format!("\"{said}\" is not in the draft report"));
        return false;
    }
    for (_, paragraph) in found {
        add_paragraph(reading, paragraph, said);
    }
    true
}

fn locate_sections(reading: &mut Interpretation, sections: &[&Section], said: &str) {
    for section in sections {
        add_reading(
            &mut reading.targets,
            Reading::new(
                section.kind.target(),
                format!("\"{said}\": section \"{}\"", section.place()),
            ),
        );
        for paragraph in &section.paragraphs {
            add_paragraph(reading, paragraph, said);
        }
    }
}

fn add_paragraph(reading: &mut Interpretation, paragraph: &Paragraph, said: &str) {
    let cited = paragraph.reference();
    for target in &paragraph.targets {
        add_reading(
            &mut reading.targets,
            Reading::new(
                target.value,
                format!("\"{said}\": paragraph {cited}, {}", target.from),
            ),
        );
    }
    if !reading.paragraphs.contains(&cited) {
        reading.paragraphs.push(cited);
    }
}

fn read_whole_report(reading: &mut Interpretation, outline: Option<&Outline>, said: &str) {
    reading.note(format!(
        "\"{said}\" was read as the whole report: every kind of content in it"
    ));
    match outline {
        Some(outline) => {
            for (_, paragraph) in outline.paragraphs() {
                for target in &paragraph.targets {
                    add_reading(
                        &mut reading.targets,
                        Reading::new(
                            target.value,
                            format!("the whole report (paragraph {})", paragraph.reference()),
                        ),
                    );
                }
            }
        }
        None => {
            for target in Target::ALL {
                add_reading(
                    &mut reading.targets,
                    Reading::new(*target, "the whole report"),
                );
            }
        }
    }
}

/// Words after a number that make it a quantity, not a paragraph.
const UNITS: &[&str] = &[
    "million", "billion", "thousand", "m", "bn", "k", "per", "percent", "pc", "years", "year",
    "months", "hours", "days", "weeks", "miles", "km", "hectares", "acres", "metres", "fte",
    "staff", "people", "times", "homes", "houses", "places",
];

/// A dotted number ("9.1", "4.2.1") that is not a sum of money or a quantity.
fn is_paragraph_number(all: &[Word], at: usize) -> bool {
    let Some(word) = all.get(at) else {
        return false;
    };
    let dotted =
        word.norm.contains('.') && word.norm.chars().all(|c| c.is_ascii_digit() || c == '.');
    dotted
        && !all
            .get(at + 1)
            .is_some_and(|next| listed(&next.norm, UNITS))
}

/// The references in a clause: "paragraph 9", "9.1", "4.2(a)", "section 4", "Option C",
/// "options B and C", "recommendation 2.1".
fn references(
    line: &str,
    all: &[Word],
    clause: std::ops::Range<usize>,
) -> Vec<(usize, Reference, String)> {
    let mut found = Vec::new();
    let mut i = clause.start;
    while i < clause.end {
        let word = &all[i];
        let next = all.get(i + 1).filter(|_| i + 1 < clause.end);
        let norm = word.norm.as_str();
        let said = |last: usize| quote(line, &all[i..=last]);
        match (norm, next) {
            ("option" | "options", Some(label)) if option_label(line, label).is_some() => {
                let mut last = i + 1;
                let mut labels = vec![option_label(line, label).unwrap_or_default()];
                // "options B and C", "options A, B or D": later labels must be capitals or digits.
                while last + 1 < clause.end {
                    let after = &all[last + 1];
                    let comma = line
                        .get(all[last].end..after.start)
                        .is_some_and(|g| g.trim() == ",");
                    let joined =
                        matches!(after.norm.as_str(), "and" | "or") && last + 2 < clause.end;
                    let (candidate, step) = if joined {
                        (&all[last + 2], 2)
                    } else {
                        (after, 1)
                    };
                    match option_label(line, candidate).filter(|_| comma || joined) {
                        Some(more) if !candidate.original(line).starts_with(char::is_lowercase) => {
                            labels.push(more);
                            last += step;
                        }
                        _ => break,
                    }
                }
                for label in labels {
                    found.push((i, Reference::Option(label), said(last)));
                }
                i = last + 1;
                continue;
            }
            ("recommendation" | "recommendations", Some(number))
                if number.is_number && !number.norm.starts_with(['£', '$', '€']) =>
            {
                found.push((
                    i,
                    Reference::Recommendation(with_sub_item(line, number)),
                    said(i + 1),
                ));
                i += 2;
                continue;
            }
            ("section" | "sections", Some(number))
                if number.is_number && !number.norm.contains('.') =>
            {
                found.push((i, Reference::Section(number.norm.clone()), said(i + 1)));
                i += 2;
                continue;
            }
            (
                "paragraph" | "paragraphs" | "para" | "paras" | "point" | "item" | "section"
                | "sections",
                Some(number),
            ) if number.is_number && !number.norm.starts_with(['£', '$', '€']) => {
                found.push((
                    i,
                    Reference::Paragraph(with_sub_item(line, number)),
                    said(i + 1),
                ));
                i += 2;
                continue;
            }
            _ => {}
        }
        if is_paragraph_number(all, i) {
            found.push((i, Reference::Paragraph(with_sub_item(line, word)), said(i)));
        } else if word.is_number
            && line
                .get(..word.start)
                .is_some_and(|b| b.ends_with(['§', '¶']) || b.ends_with("§ ") || b.ends_with("¶ "))
        {
            found.push((i, Reference::Paragraph(word.norm.clone()), said(i)));
        }
        i += 1;
    }
    found
}

/// "4.2" followed directly by "(a)" is "4.2(a)".
fn with_sub_item(line: &str, number: &Word) -> String {
    let rest = line.get(number.end..).unwrap_or("");
    let mut chars = rest.chars();
    if chars.next() == Some('(') {
        let label: String = chars.by_ref().take_while(|c| *c != ')').collect();
        if !label.is_empty() && label.len() <= 4 && label.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return format!("{}({})", number.norm, label.to_ascii_lowercase());
        }
    }
    number.norm.clone()
}

/// An option's label as written after "option": a letter, a small number or a roman numeral.
fn option_label(line: &str, word: &Word) -> Option<String> {
    let written = word.original(line);
    let letter = written.len() == 1 && written.chars().all(|c| c.is_ascii_alphabetic());
    let number = written.len() <= 2 && written.chars().all(|c| c.is_ascii_digit());
    let roman = (2..=4).contains(&written.len())
        && written
            .chars()
            .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'));
    (letter || number || roman).then(|| written.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "\
2. RECOMMENDATIONS
2.1 That Cabinet approves Option B.

3. BACKGROUND
3.1 The depot opened in 1975.
3.2 The site is 2 hectares.
3.3 The site is 2 hectares.

4. OPTIONS CONSIDERED
4.1 Option A: Retain the depot.
4.2 Option B: Sell the depot.
4.3 Option C: Close the depot.

5. OFFICER ASSESSMENT
5.2 Officers consider that the scheme carries a high risk.

6. FINANCIAL IMPLICATIONS
6.1 The sale would produce a saving of £95,000 a year.

7. CONSULTATION
7.1 A petition of 400 signatures opposed closure.

9. KEY DECISION
9.1 This is a key decision.
";

    fn read(line: &str) -> Vec<Interpretation> {
        let outline = Outline::parse(REPORT).unwrap();
        interpret_line(line, Some(&outline))
    }

    fn actions(i: &Interpretation) -> Vec<Action> {
        i.actions.iter().map(|a| a.value).collect()
    }

    fn targets(i: &Interpretation) -> Vec<Target> {
        i.targets.iter().map(|t| t.value).collect()
    }

    #[test]
    fn splits_two_requests_in_one_line() {
        let found = read("Can you drop option C and take out 9.1?");
        assert_eq!(found.len(), 2);
        assert_eq!(actions(&found[0]), [Action::Exclude]);
        assert_eq!(targets(&found[0]), [Target::Option]);
        assert_eq!(found[0].paragraphs, ["4.3"]);
        assert_eq!(actions(&found[1]), [Action::Exclude]);
        assert_eq!(targets(&found[1]), [Target::StatutoryStatement]);
        assert_eq!(found[1].actions[0].from, "\"take out\"");
    }

    #[test]
    fn the_rest_of_a_sentence_is_context() {
        let found = read("Can you simplify 3.2? It reads badly.");
        assert_eq!(found.len(), 1);
        assert_eq!(actions(&found[0]), [Action::Clarify]);
        assert_eq!(targets(&found[0]), [Target::FactualStatement]);
    }

    #[test]
    fn a_confirmed_duplicate_is_a_typing_error() {
        let found = read("3.3 repeats 3.2, please delete the duplicate");
        assert_eq!(actions(&found[0]), [Action::FixTypo]);
        let unconfirmed = read("4.3 repeats 4.2, please delete the duplicate");
        assert_eq!(actions(&unconfirmed[0]), [Action::FixTypo, Action::Exclude]);
    }

    #[test]
    fn checking_a_saving_is_checking_an_estimate() {
        let found = read("Please double-check the £95,000 saving");
        assert_eq!(actions(&found[0]), [Action::CheckEstimate]);
        assert_eq!(targets(&found[0])[0], Target::CostEstimate);
        // The figure finds the paragraph that gives it.
        assert_eq!(found[0].paragraphs, ["6.1"]);
    }

    #[test]
    fn named_parts_are_found_in_the_outline() {
        let found = read("Leave out the petition, it's not representative.");
        assert_eq!(actions(&found[0]), [Action::Exclude]);
        assert_eq!(targets(&found[0]), [Target::ConsultationResponse]);
        assert_eq!(found[0].paragraphs, ["7.1"]);
    }

    #[test]
    fn a_recommendation_change_reads_as_alter() {
        let found = read("Change recommendation 2.1 to approve Option A instead");
        assert_eq!(actions(&found[0]), [Action::Alter]);
        assert!(targets(&found[0]).contains(&Target::Recommendation));
    }

    #[test]
    fn new_text_is_not_a_target() {
        let found = read("Please add an option to reduce the risk of closure");
        assert_eq!(actions(&found[0]), [Action::Include]);
        assert_eq!(targets(&found[0]), [Target::Option]);
    }

    #[test]
    fn a_typo_that_changes_a_figure_is_also_alter() {
        let found = read("Fix the typo in 6.1, it should be £59,000");
        assert!(actions(&found[0]).contains(&Action::Alter));
    }

    #[test]
    fn negated_additions_are_exclusions_and_negated_removals_are_not_requests() {
        assert_eq!(
            actions(&read("Please don't mention the petition")[0]),
            [Action::Exclude]
        );
        let found = read("Please do not remove 4.3");
        assert_eq!(found[0].missing[0].part, MissingPart::Action);
    }

    #[test]
    fn what_cannot_be_read_is_missing() {
        let found = read("Can you tone it down?");
        assert_eq!(found[0].missing.len(), 1);
        assert_eq!(found[0].missing[0].part, MissingPart::Target);
        let found = read("What do you think of 4.2?");
        assert_eq!(found[0].missing[0].part, MissingPart::Action);
        let found = interpret_line("Take out 9.1", None);
        assert_eq!(found[0].missing[0].part, MissingPart::Target);
        let found = read("Take out 12.4");
        assert!(found[0].missing[0].explanation.contains("not in the draft"));
    }

    #[test]
    fn the_members_own_words_find_the_paragraph() {
        let found = read("Please delete the bit about the petition of 400 signatures");
        assert!(found[0].paragraphs.contains(&"7.1".to_string()));
        let found = read("Get rid of the sentence saying it carries a high risk");
        assert_eq!(found[0].paragraphs, ["5.2"]);
        assert!(targets(&found[0]).contains(&Target::ProfessionalOpinion));
    }

    #[test]
    fn money_and_quantities_are_not_paragraphs() {
        let found = read("Correct the 2.5 million figure");
        assert!(found[0].paragraphs.is_empty());
        assert_eq!(targets(&found[0]), [Target::CostEstimate]);
    }

    #[test]
    fn odd_lines_never_panic() {
        for line in [
            "",
            "(",
            "option",
            "options B and",
            "4.2(",
            "4.2(é)",
            "§",
            "recommendation £",
            "and and and remove",
        ] {
            let _ = read(line);
        }
        assert_eq!(
            read("?!… ☺")[0].missing.len(),
            2,
            "a line without words is still answered"
        );
        let huge = "remove 4.3 ".repeat(1_000);
        assert_eq!(read(&huge)[0].missing.len(), 2);
    }
}
