//! A word diff small enough for the browser bundle: longest common subsequence over words, with
//! the common prefix and suffix trimmed first.
//!
//! Why not a crate: `similar` added 17.7 KB and `imara-diff` 10.5 KB (gzipped wasm) to a
//! 300 KB budget, for diffs of single paragraphs. The cost here is bounded: past
//! [`MAX_CELLS`] the changed middle is reported as one replacement, which only makes the
//! classification more cautious (a wholesale rewrite is never a typing error).

use serde::{Deserialize, Serialize};

use crate::vocab::vocabulary;

/// Largest LCS table (words × words) computed; beyond it the middle is one replacement.
pub const MAX_CELLS: usize = 250_000;

vocabulary! {
    /// What happened to a run of words.
    pub enum Op as "diff op" {
        Same = "same": "unchanged",
        Deleted = "deleted": "deleted",
        Inserted = "inserted": "inserted",
    }
}

/// A run of words with one fate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub op: Op,
    pub text: String,
}

/// One changed region: the words deleted and the words inserted in their place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hunk<'a> {
    pub deleted: Vec<&'a str>,
    pub inserted: Vec<&'a str>,
    /// Words of the old text just before and after the region (for duplicated words).
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
}

/// The edit script turning `old` into `new`, one op per word.
pub fn diff<T: PartialEq>(old: &[T], new: &[T]) -> Vec<Op> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let a = &old[prefix..old.len() - suffix];
    let b = &new[prefix..new.len() - suffix];
    let mut ops = vec![Op::Same; prefix];
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        ops.extend(std::iter::repeat(Op::Deleted).take(a.len()));
        ops.extend(std::iter::repeat(Op::Inserted).take(b.len()));
    } else {
        ops.extend(lcs_script(a, b));
    }
    ops.extend(std::iter::repeat(Op::Same).take(suffix));
    ops
}

/// The edit script from the full LCS table; deletions before insertions within a region.
fn lcs_script<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Op> {
    let width = b.len() + 1;
    // lengths[i * width + j] = LCS length of a[i..] and b[j..]
    let mut lengths = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i * width + j] = if a[i] == b[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let mut ops = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push(Op::Same);
            i += 1;
            j += 1;
        } else if j == b.len()
            || (i < a.len() && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])
        {
            ops.push(Op::Deleted);
            i += 1;
        } else {
            ops.push(Op::Inserted);
            j += 1;
        }
    }
    ops
}

/// A word diff of two texts split at white space: runs for display, hunks for classifying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordDiff<'a> {
    pub pieces: Vec<Piece>,
    pub hunks: Vec<Hunk<'a>>,
}

/// Diffs two texts word by word (words as written, punctuation attached).
pub fn word_diff<'a>(old: &'a str, new: &'a str) -> WordDiff<'a> {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut hunks: Vec<Hunk<'a>> = Vec::new();
    let mut open: Option<Hunk<'a>> = None;
    let (mut i, mut j) = (0, 0);
    for op in diff(&a, &b) {
        let word = match op {
            Op::Same => {
                i += 1;
                j += 1;
                if let Some(mut hunk) = open.take() {
                    hunk.after = a.get(i - 1).copied();
                    hunks.push(hunk);
                }
                a[i - 1]
            }
            Op::Deleted => {
                i += 1;
                let hunk = open.get_or_insert_with(|| Hunk {
                    before: i.checked_sub(2).and_then(|k| a.get(k)).copied(),
                    ..Hunk::default()
                });
                hunk.deleted.push(a[i - 1]);
                a[i - 1]
            }
            Op::Inserted => {
                j += 1;
                let hunk = open.get_or_insert_with(|| Hunk {
                    before: i.checked_sub(1).and_then(|k| a.get(k)).copied(),
                    ..Hunk::default()
                });
                hunk.inserted.push(b[j - 1]);
                b[j - 1]
            }
        };
        match pieces.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(word);
            }
            _ => pieces.push(Piece {
                op,
                text: word.to_string(),
            }),
        }
    }
    if let Some(hunk) = open.take() {
        hunks.push(hunk);
    }
    WordDiff { pieces, hunks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(old: &[&str], new: &[&str], ops: &[Op]) -> (Vec<String>, Vec<String>) {
        let (mut i, mut j) = (0, 0);
        let (mut from, mut to) = (Vec::new(), Vec::new());
        for op in ops {
            match op {
                Op::Same => {
                    assert_eq!(old[i], new[j]);
                    from.push(old[i].to_string());
                    to.push(new[j].to_string());
                    i += 1;
                    j += 1;
                }
                Op::Deleted => {
                    from.push(old[i].to_string());
                    i += 1;
                }
                Op::Inserted => {
                    to.push(new[j].to_string());
                    j += 1;
                }
            }
        }
        (from, to)
    }

    #[test]
    fn script_rebuilds_both_sides_with_a_longest_common_subsequence() {
        let old = ["the", "scheme", "is", "not", "high", "risk"];
        let new = ["the", "scheme", "is", "high", "risk", "overall"];
        let ops = diff(&old, &new);
        let (from, to) = apply(&old, &new, &ops);
        assert_eq!(from, old);
        assert_eq!(to, new);
        assert_eq!(ops.iter().filter(|o| **o == Op::Same).count(), 5);
    }

    #[test]
    fn hunks_pair_deletions_with_insertions() {
        let found = word_diff("a saving of £95,000 a year", "a saving of £59,000 a year");
        assert_eq!(found.hunks.len(), 1);
        assert_eq!(found.hunks[0].deleted, ["£95,000"]);
        assert_eq!(found.hunks[0].inserted, ["£59,000"]);
        assert_eq!(found.pieces.len(), 4);
    }

    #[test]
    fn huge_middles_become_one_replacement() {
        let old: Vec<String> = (0..600).map(|i| format!("a{i}")).collect();
        let new: Vec<String> = (0..600).map(|i| format!("b{i}")).collect();
        let ops = diff(&old, &new);
        assert_eq!(ops.len(), 1200);
        assert!(ops[..600].iter().all(|o| *o == Op::Deleted));
    }
}
