//! Comparing the draft with the Member's revised copy, and turning each difference into the
//! request it amounts to.
//!
//! Paragraphs are aligned by identical words first (so renumbering after a deletion is not read
//! as every later paragraph changing), then by similarity, with a shared printed number counting
//! in favour. A paragraph
//! found elsewhere is *moved*, not deleted and inserted again. Each edit is classified from its
//! word diff:
//!
//! - `alter` when a figure, negation, modal or decision verb, word of judgement ("high",
//!   "lawful") or name changes: those carry the substance;
//! - `exclude` (and `alter`) when whole sentences go; `include` when whole sentences arrive;
//! - `fix_typo` when every change is a small spelling-level edit;
//! - `clarify` for any other rewording.
//!
//! The order of the tests is the conservative choice: a change that is both a small edit and a
//! changed figure ("£95,000" → "£59,000") is `alter`.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::Action;
use crate::vocab::{vocabulary, Vocabulary};

use super::diff::{word_diff, Hunk, Piece};
use super::interpret::Interpretation;
use super::lexicon::{listed, JUDGEMENTS, MODALS_AND_DECISIONS, NEGATIONS, NUMBER_WORDS};
use super::outline::{Outline, Paragraph, Section, SectionKind};
use super::words::{edit_distance, normalised, words};
use super::{add_reading, Reading};

/// Pairs of unmatched paragraphs compared by similarity at most; past it, unmatched paragraphs
/// stay deleted and inserted, the cautious reading.
pub const MAX_SIMILARITY_PAIRS: usize = 40_000;

/// Past [`MAX_SIMILARITY_PAIRS`], revised paragraphs compared with each draft paragraph that
/// shares its number, at most (a badly numbered report may repeat one number everywhere).
const MAX_SAME_NUMBER: usize = 16;

vocabulary! {
    /// What happened to a paragraph between draft and revised.
    pub enum ChangeKind as "change kind" {
        Deleted = "deleted": "deleted",
        Inserted = "inserted": "inserted",
        Edited = "edited": "edited",
        Moved = "moved": "moved",
        MovedAndEdited = "moved_and_edited": "moved and edited",
    }
}

/// Where a paragraph stands in one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// As cited: "4.3", or "line 17" when unnumbered.
    pub paragraph: String,
    pub section: String,
    pub section_kind: SectionKind,
    pub line: usize,
}

/// One difference between draft and revised, with its diff and why it was classified so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub kind: ChangeKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Place>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised: Option<Place>,
    /// The words, each run marked same, deleted or inserted.
    pub diff: Vec<Piece>,
    /// Why the change was read as its action(s).
    pub reason: String,
}

type Located<'o> = (&'o Section, &'o Paragraph);

/// Every change from `draft` to `revised`, in the order of the draft, as interpretations ready
/// for the evaluator.
pub fn compare(draft: &Outline, revised: &Outline) -> Vec<Interpretation> {
    let old: Vec<Located> = draft.paragraphs().collect();
    let new: Vec<Located> = revised.paragraphs().collect();
    let pairs = align(&old, &new);
    let moved = out_of_order(&pairs);

    // Sorted by (draft position, deletion before edit before insertion, order found).
    let mut changes: Vec<((usize, u8, usize), Interpretation)> = Vec::new();
    let mut matched_old = vec![false; old.len()];
    let mut draft_of_new = vec![None; new.len()];
    for (&(d, r), &was_moved) in pairs.iter().zip(&moved) {
        matched_old[d] = true;
        draft_of_new[r] = Some(d);
        let section_changed = old[d].0.kind != new[r].0.kind;
        if let Some(change) = edited(old[d], new[r], was_moved || section_changed) {
            changes.push(((d, 1, r), change));
        }
    }
    let kept: HashSet<String> = pairs
        .iter()
        .map(|&(d, _)| normalised(&old[d].1.text))
        .collect();
    for (d, paragraph) in old.iter().enumerate() {
        if !matched_old[d] {
            let duplicate = kept.contains(&normalised(&paragraph.1.text));
            changes.push(((d, 0, 0), deleted(*paragraph, duplicate)));
        }
    }
    // An insertion sorts after the draft paragraph matched just before it.
    let mut anchor = 0;
    for (r, paragraph) in new.iter().enumerate() {
        match draft_of_new[r] {
            Some(d) => anchor = d,
            None => changes.push(((anchor, 2, r), inserted(*paragraph))),
        }
    }
    changes.sort_unstable_by_key(|(key, _)| *key);
    changes.into_iter().map(|(_, change)| change).collect()
}

/// Pairs (draft index, revised index) of the same paragraph, sorted by draft index.
fn align(old: &[Located], new: &[Located]) -> Vec<(usize, usize)> {
    let mut old_free: Vec<bool> = vec![true; old.len()];
    let mut new_free: Vec<bool> = vec![true; new.len()];
    let mut pairs = Vec::new();

    // 1. The same words.
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (r, (_, p)) in new.iter().enumerate().rev() {
        by_text.entry(normalised(&p.text)).or_default().push(r);
    }
    for (d, (_, p)) in old.iter().enumerate() {
        if let Some(r) = by_text.get_mut(&normalised(&p.text)).and_then(Vec::pop) {
            pairs.push((d, r));
            old_free[d] = false;
            new_free[r] = false;
        }
    }
    // 2. Similar words, best match first; sharing the printed number counts in favour. Past a
    //    bounded number of comparisons, only paragraphs with the same number are compared.
    let old_left: Vec<usize> = (0..old.len()).filter(|&d| old_free[d]).collect();
    let new_left: Vec<usize> = (0..new.len()).filter(|&r| new_free[r]).collect();
    let compare_all = old_left.len().saturating_mul(new_left.len()) <= MAX_SIMILARITY_PAIRS;
    let mut by_number: HashMap<String, Vec<usize>> = HashMap::new();
    for &r in &new_left {
        by_number.entry(new[r].1.reference()).or_default().push(r);
    }
    let new_sets: HashMap<usize, HashSet<String>> = new_left
        .iter()
        .map(|&r| (r, word_set(&new[r].1.text)))
        .collect();
    let mut scored = Vec::new();
    for &d in &old_left {
        let set = word_set(&old[d].1.text);
        let number = old[d].1.reference();
        let candidates: &[usize] = if compare_all {
            &new_left
        } else {
            let same = by_number.get(&number).map_or(&[][..], Vec::as_slice);
            &same[..same.len().min(MAX_SAME_NUMBER)]
        };
        for &r in candidates {
            let same_number = old[d].1.number.is_some() && new[r].1.reference() == number;
            let score = dice(&set, &new_sets[&r]) + if same_number { 0.2 } else { 0.0 };
            if score >= 0.5 {
                scored.push((score, d, r));
            }
        }
    }
    scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, d, r) in scored {
        if old_free[d] && new_free[r] {
            pairs.push((d, r));
            old_free[d] = false;
            new_free[r] = false;
        }
    }
    pairs.sort_unstable();
    pairs
}

/// For pairs sorted by draft index: true for those outside a longest run kept in order, i.e.
/// the paragraphs that moved.
fn out_of_order(pairs: &[(usize, usize)]) -> Vec<bool> {
    // Longest increasing subsequence of revised indices, O(n log n).
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of the tail of each length
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, r)) in pairs.iter().enumerate() {
        let length = tails.partition_point(|&t| pairs[t].1 < r);
        previous[k] = length.checked_sub(1).map(|l| tails[l]);
        if length == tails.len() {
            tails.push(k);
        } else {
            tails[length] = k;
        }
    }
    let mut moved = vec![true; pairs.len()];
    let mut at = tails.last().copied();
    while let Some(k) = at {
        moved[k] = false;
        at = previous[k];
    }
    moved
}

fn place((section, paragraph): Located) -> Place {
    Place {
        paragraph: paragraph.reference(),
        section: section.place(),
        section_kind: section.kind,
        line: paragraph.line,
    }
}

fn excerpt(text: &str) -> String {
    const LIMIT: usize = 160;
    if text.chars().count() <= LIMIT {
        text.to_string()
    } else {
        text.chars().take(LIMIT).collect::<String>() + "…"
    }
}

fn targets_of(interpretation: &mut Interpretation, (_, paragraph): Located, version: &str) {
    for target in &paragraph.targets {
        add_reading(
            &mut interpretation.targets,
            Reading::new(
                target.value,
                format!(
                    "{version} paragraph {}, {}",
                    paragraph.reference(),
                    target.from
                ),
            ),
        );
    }
    let cited = paragraph.reference();
    if !interpretation.paragraphs.contains(&cited) {
        interpretation.paragraphs.push(cited);
    }
}

fn deleted(located: Located, duplicate: bool) -> Interpretation {
    let (_, paragraph) = located;
    // Removing a word-for-word repeat of a paragraph that stays is correcting a duplication;
    // anything less than identical is an exclusion.
    let (action, reason) = if duplicate {
        (
            Action::FixTypo,
            "the paragraph repeats, word for word, another that stays: a duplication removed"
                .to_string(),
        )
    } else {
        (
            Action::Exclude,
            "the paragraph is not in the revised text".to_string(),
        )
    };
    let mut reading = Interpretation {
        words: format!(
            "Delete paragraph {}: \"{}\"",
            paragraph.reference(),
            excerpt(&paragraph.text)
        ),
        actions: vec![Reading::new(action, reason.clone())],
        ..Interpretation::default()
    };
    targets_of(&mut reading, located, "draft");
    reading.change = Some(Change {
        kind: ChangeKind::Deleted,
        draft: Some(place(located)),
        revised: None,
        diff: vec![Piece {
            op: super::diff::Op::Deleted,
            text: paragraph.text.clone(),
        }],
        reason,
    });
    reading
}

fn inserted(located: Located) -> Interpretation {
    let (section, paragraph) = located;
    let reason = format!(
        "the paragraph is new in the revised text, in \"{}\"",
        section.place()
    );
    let mut reading = Interpretation {
        words: format!(
            "Insert paragraph {}: \"{}\"",
            paragraph.reference(),
            excerpt(&paragraph.text)
        ),
        actions: vec![Reading::new(Action::Include, reason.clone())],
        ..Interpretation::default()
    };
    targets_of(&mut reading, located, "revised");
    reading.change = Some(Change {
        kind: ChangeKind::Inserted,
        draft: None,
        revised: Some(place(located)),
        diff: vec![Piece {
            op: super::diff::Op::Inserted,
            text: paragraph.text.clone(),
        }],
        reason,
    });
    reading
}

/// The change between two versions of one paragraph, or `None` if it is word for word the same
/// and in order.
fn edited(old: Located, new: Located, moved: bool) -> Option<Interpretation> {
    let (old_section, old_paragraph) = old;
    let (new_section, new_paragraph) = new;
    let same_text = old_paragraph.text == new_paragraph.text;
    if same_text && !moved {
        return None;
    }
    let found = word_diff(&old_paragraph.text, &new_paragraph.text);
    let mut actions: Vec<Reading<Action>> = Vec::new();
    let mut reasons: Vec<String> = Vec::new();
    if !same_text {
        let (action_readings, reason) =
            classify_edit(&old_paragraph.text, &new_paragraph.text, &found.hunks);
        actions.extend(action_readings);
        reasons.push(reason);
    }
    let mut notes = Vec::new();
    if moved {
        if old_section.kind == new_section.kind {
            let reason = format!(
                "moved from {} to {} within the same kind of section: a re-ordering",
                old_paragraph.reference(),
                new_paragraph.reference()
            );
            add_reading(&mut actions, Reading::new(Action::Clarify, reason.clone()));
            reasons.push(reason);
        } else {
            let reason = format!(
                "moved from \"{}\" ({}) to \"{}\" ({}), which changes what it stands as in the report",
                old_section.place(),
                old_section.kind.name(),
                new_section.place(),
                new_section.kind.name()
            );
            add_reading(&mut actions, Reading::new(Action::Alter, reason.clone()));
            add_reading(
                &mut actions,
                Reading::new(
                    Action::Exclude,
                    format!("no longer in \"{}\"", old_section.place()),
                ),
            );
            reasons.push(reason);
            notes.push("a paragraph moved to another kind of section is also read as leaving the one it was in".to_string());
        }
    }
    let kind = match (moved, same_text) {
        (true, true) => ChangeKind::Moved,
        (true, false) => ChangeKind::MovedAndEdited,
        _ => ChangeKind::Edited,
    };
    let verb = match kind {
        ChangeKind::Moved => "Move",
        _ => "Edit",
    };
    let mut reading = Interpretation {
        words: format!(
            "{verb} paragraph {}: \"{}\"",
            old_paragraph.reference(),
            excerpt(&old_paragraph.text)
        ),
        actions,
        notes,
        ..Interpretation::default()
    };
    targets_of(&mut reading, old, "draft");
    targets_of(&mut reading, new, "revised");
    reading.change = Some(Change {
        kind,
        draft: Some(place(old)),
        revised: Some(place(new)),
        diff: found.pieces,
        reason: reasons.join("; "),
    });
    Some(reading)
}

/// Classifies an edit of one paragraph: the actions it amounts to and why.
pub fn classify_edit(old: &str, new: &str, hunks: &[Hunk<'_>]) -> (Vec<Reading<Action>>, String) {
    let respelt = respellings(hunks);
    let changed = changed_meaning(old, new, &respelt);
    let removed = removed_sentences(old, hunks);
    let added = added_sentences(hunks);
    let mut actions = Vec::new();
    let mut reasons = Vec::new();
    // A whole sentence gone is first of all an exclusion (what it carried makes it an alteration
    // too); words cut from a sentence whose meaning changes are first an alteration.
    let exclusion_first = removed
        .as_ref()
        .is_some_and(|r| r.whole_sentence || changed.is_empty());
    if let Some(removed) = removed.as_ref().filter(|_| exclusion_first) {
        let reason = format!("removes the words \"{}\"", excerpt(&removed.words));
        add_reading(&mut actions, Reading::new(Action::Exclude, reason.clone()));
        add_reading(&mut actions, Reading::new(Action::Alter, reason.clone()));
        reasons.push(reason);
    }
    if !changed.is_empty() {
        let reason = format!(
            "changes words that carry the substance: {}",
            changed.join(", ")
        );
        add_reading(&mut actions, Reading::new(Action::Alter, reason.clone()));
        reasons.push(reason);
    }
    if let Some(removed) = removed.filter(|_| !exclusion_first) {
        let reason = format!("removes the words \"{}\"", excerpt(&removed.words));
        add_reading(&mut actions, Reading::new(Action::Exclude, reason.clone()));
        reasons.push(reason);
    }
    if let Some(words) = added {
        let reason = format!("adds the words \"{}\"", excerpt(&words));
        add_reading(&mut actions, Reading::new(Action::Include, reason.clone()));
        reasons.push(reason);
    }
    if actions.is_empty() {
        if hunks.iter().all(is_small_edit) {
            let shown: Vec<String> = hunks
                .iter()
                .take(4)
                .map(|h| format!("\"{}\" → \"{}\"", h.deleted.join(" "), h.inserted.join(" ")))
                .collect();
            let reason = if hunks.is_empty() {
                "only spacing changed".to_string()
            } else {
                format!("only small typing corrections, with no figure, negation or meaning-bearing word changed: {}", shown.join(", "))
            };
            actions.push(Reading::new(Action::FixTypo, reason.clone()));
            reasons.push(reason);
        } else {
            let reason =
                "rewords it with the same figures, names, negations and modal verbs".to_string();
            actions.push(Reading::new(Action::Clarify, reason.clone()));
            reasons.push(reason);
        }
    }
    (actions, reasons.join("; "))
}

/// Word pairs that are the same word respelt ("recomend" → "recommend"): a misspelling of at
/// least five letters corrected by at most two edits, where the misspelling itself is not a
/// word the reader gives meaning to.
fn respellings<'a>(hunks: &[Hunk<'a>]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for hunk in hunks {
        if hunk.deleted.len() != hunk.inserted.len() {
            continue;
        }
        for (old, new) in hunk.deleted.iter().zip(&hunk.inserted) {
            let (old, new) = (normalised(old), normalised(new));
            let old_len = old.chars().count();
            if old_len >= 5
                && meaning_category(&old).is_none()
                && !matches!(
                    meaning_category(&new),
                    Some("a figure") | Some("a negation") | None
                )
                && edit_distance(&old, &new, 2) <= 2
            {
                pairs.push((old, new));
            }
        }
    }
    pairs
}

/// Which kind of meaning-bearing word `norm` is, if any.
fn meaning_category(norm: &str) -> Option<&'static str> {
    if norm.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '£' | '$' | '€'))
        || listed(norm, NUMBER_WORDS)
    {
        Some("a figure")
    } else if listed(norm, NEGATIONS) {
        Some("a negation")
    } else if listed(norm, MODALS_AND_DECISIONS) {
        Some("a modal or decision verb")
    } else if listed(norm, JUDGEMENTS) {
        Some("a word of judgement")
    } else {
        None
    }
}

/// The meaning-bearing words whose count differs between the versions, described.
fn changed_meaning(old: &str, new: &str, respelt: &[(String, String)]) -> Vec<String> {
    let old_words = words(old);
    let new_words = words(new);
    // Names: capitalised mid-sentence in either version; counted in any case, so fixing
    // "council" to "Council" is not a change of name. Single letters count only as capitals.
    let mut names: HashSet<String> = HashSet::new();
    for w in old_words.iter().chain(&new_words) {
        if w.capitalised && !w.sentence_start && !w.is_number {
            names.insert(w.norm.clone());
        }
    }
    // Per word and category: the count before, the count after, and whether it occurs after at
    // all. One map in key order (rather than two and a set of their keys, whose sort would cost
    // the web app ~4 KB).
    let mut counts: BTreeMap<(String, &'static str), (i64, i64, bool)> = BTreeMap::new();
    let mut count = |found: &[super::words::Word], after: bool| {
        for w in found {
            let category = meaning_category(&w.norm).or_else(|| {
                let single = w.norm.chars().count() == 1;
                let name =
                    names.contains(&w.norm) && (!single || (w.capitalised && !w.sentence_start));
                name.then_some("a name")
            });
            if let Some(category) = category {
                let counted = counts.entry((w.norm.clone(), category)).or_default();
                if after {
                    counted.1 += 1;
                    counted.2 = true;
                } else {
                    counted.0 += 1;
                }
            }
        }
    };
    count(&old_words, false);
    count(&new_words, true);
    for (_, fixed) in respelt {
        if let Some(category) = meaning_category(fixed) {
            if let Some(counted) = counts.get_mut(&(fixed.clone(), category)) {
                if counted.2 {
                    counted.1 -= 1;
                }
            }
        }
    }
    let mut described = Vec::new();
    for ((word, category), &(was, is, _)) in &counts {
        if was > is {
            described.push(format!("removes {category} \"{word}\""));
        } else if is > was {
            described.push(format!("adds {category} \"{word}\""));
        }
    }
    described
}

/// The words of the first removed run that is a whole sentence (or more than 40% of the
/// paragraph), if any.
fn removed_sentences(old: &str, hunks: &[Hunk<'_>]) -> Option<Removed> {
    let total = old.split_whitespace().count().max(1);
    hunks.iter().find_map(|h| {
        let gone = h.deleted.len().saturating_sub(h.inserted.len());
        let whole_sentence = h.deleted.len() >= 4
            && h.inserted.len() * 4 <= h.deleted.len()
            && is_whole_sentence(&h.deleted, h.before);
        (whole_sentence || gone * 5 > total * 2).then(|| Removed {
            words: h.deleted.join(" "),
            whole_sentence,
        })
    })
}

/// Words an edit removed: a whole sentence, or a large share of the paragraph.
struct Removed {
    words: String,
    whole_sentence: bool,
}

/// The words of the first added run that is a whole sentence, if any.
fn added_sentences(hunks: &[Hunk<'_>]) -> Option<String> {
    hunks.iter().find_map(|h| {
        let sentence = h.inserted.len() >= 4
            && h.deleted.len() * 4 <= h.inserted.len()
            && is_whole_sentence(&h.inserted, h.before);
        sentence.then(|| h.inserted.join(" "))
    })
}

/// True when `run` starts a sentence (nothing or a full stop before it) and ends one.
fn is_whole_sentence(run: &[&str], before: Option<&str>) -> bool {
    let starts = before.map_or(true, |w| w.ends_with(['.', ';', ':', '!', '?']));
    let ends = run
        .last()
        .is_some_and(|w| w.ends_with(['.', ';', '!', '?']));
    starts && ends
}

/// A change of at most two characters (or a duplicated word dropped, or punctuation).
fn is_small_edit(hunk: &Hunk<'_>) -> bool {
    let old = hunk.deleted.join(" ");
    let new = hunk.inserted.join(" ");
    if hunk.inserted.is_empty() && hunk.deleted.len() == 1 {
        let word = normalised(hunk.deleted[0]);
        let repeats = |w: Option<&str>| w.is_some_and(|w| normalised(w) == word);
        if repeats(hunk.before) || repeats(hunk.after) {
            return true;
        }
    }
    if normalised(&old) == normalised(&new) {
        return true; // punctuation, capitals or spacing only
    }
    let longest = old.chars().count().max(new.chars().count());
    let distance = edit_distance(&old, &new, 2);
    distance <= 2 && distance * 3 <= longest
}

/// Share of distinct words two texts have in common (Dice coefficient), from 0 to 1.
pub fn similarity(a: &str, b: &str) -> f64 {
    dice(&word_set(a), &word_set(b))
}

fn word_set(text: &str) -> HashSet<String> {
    words(text).into_iter().map(|w| w.norm).collect()
}

fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = a.intersection(b).count();
    (2 * common) as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Target;

    fn classify(old: &str, new: &str) -> Vec<Action> {
        let found = word_diff(old, new);
        classify_edit(old, new, &found.hunks)
            .0
            .into_iter()
            .map(|r| r.value)
            .collect()
    }

    #[test]
    fn spelling_fixes_are_typing_errors() {
        assert_eq!(
            classify(
                "The Council will recieve the grant.",
                "The Council will receive the grant."
            ),
            [Action::FixTypo]
        );
        assert_eq!(
            classify(
                "Officers recomend option B.",
                "Officers recommend option B."
            ),
            [Action::FixTypo]
        );
        assert_eq!(
            classify("the the depot is closed", "the depot is closed"),
            [Action::FixTypo]
        );
    }

    #[test]
    fn small_edits_to_meaning_are_alterations() {
        assert_eq!(
            classify("A saving of £95,000 a year.", "A saving of £59,000 a year."),
            [Action::Alter]
        );
        assert_eq!(
            classify("We will not proceed.", "We will now proceed."),
            [Action::Alter]
        );
        assert_eq!(
            classify(
                "Officers recommend Option A.",
                "Officers recommend Option B."
            ),
            [Action::Alter]
        );
        assert_eq!(
            classify("The risk is high.", "The risk is moderate."),
            [Action::Alter]
        );
        assert_eq!(
            classify(
                "Cabinet should approve the sale.",
                "Cabinet may approve the sale."
            ),
            [Action::Alter]
        );
    }

    #[test]
    fn rewording_is_clarifying() {
        assert_eq!(
            classify(
                "The depot was built in 1975 and is in a poor state of repair.",
                "Built in 1975, the depot is now in poor repair."
            ),
            [Action::Clarify]
        );
    }

    #[test]
    fn whole_sentences_removed_or_added() {
        assert_eq!(
            classify(
                "The site is large. Residents strongly oppose the sale.",
                "The site is large."
            ),
            [Action::Exclude, Action::Alter]
        );
        assert_eq!(
            classify(
                "The site is large.",
                "The site is large. It is close to the station."
            ),
            [Action::Include]
        );
    }

    #[test]
    fn renumbering_is_not_a_change_and_moves_are_not_deletions() {
        let draft = Outline::parse(
            "4. OPTIONS\n4.1 Option A: keep it.\n4.2 Option B: sell it.\n4.3 Option C: close it.\n",
        )
        .unwrap();
        let renumbered =
            Outline::parse("4. OPTIONS\n4.1 Option A: keep it.\n4.2 Option C: close it.\n")
                .unwrap();
        let changes = compare(&draft, &renumbered);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            changes[0].change.as_ref().unwrap().kind,
            ChangeKind::Deleted
        );
        assert_eq!(changes[0].paragraphs, ["4.2"]);

        let reordered = Outline::parse(
            "4. OPTIONS\n4.1 Option C: close it.\n4.2 Option A: keep it.\n4.3 Option B: sell it.\n",
        )
        .unwrap();
        let changes = compare(&draft, &reordered);
        assert_eq!(changes.len(), 1);
        let change = changes[0].change.as_ref().unwrap();
        assert_eq!(change.kind, ChangeKind::Moved);
        assert_eq!(changes[0].actions[0].value, Action::Clarify);
    }

    #[test]
    fn a_paragraph_moved_out_of_options_is_also_excluded() {
        let draft = Outline::parse("3. BACKGROUND\n3.1 The depot is old.\n\n4. OPTIONS\n4.1 Option C: close the depot and sell the land.\n").unwrap();
        let revised = Outline::parse("3. BACKGROUND\n3.1 The depot is old.\n3.2 Option C: close the depot and sell the land.\n\n4. OPTIONS\n").unwrap();
        let changes = compare(&draft, &revised);
        assert_eq!(changes.len(), 1);
        let actions: Vec<Action> = changes[0].actions.iter().map(|a| a.value).collect();
        assert_eq!(actions, [Action::Alter, Action::Exclude]);
        assert!(changes[0].targets.iter().any(|t| t.value == Target::Option));
    }

    #[test]
    fn insertions_follow_their_neighbours() {
        let draft = Outline::parse("1. SUMMARY\n1.1 First.\n1.2 Second point here.\n").unwrap();
        let revised = Outline::parse(
            "1. SUMMARY\n1.1 First.\n1.2 A new point entirely.\n1.3 Second point here.\n",
        )
        .unwrap();
        let changes = compare(&draft, &revised);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            changes[0].change.as_ref().unwrap().kind,
            ChangeKind::Inserted
        );
        assert_eq!(changes[0].actions[0].value, Action::Include);
    }
}
