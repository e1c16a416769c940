//! Splitting text into words, the one tokeniser every reader in [`crate::text`] shares.
//!
//! Matching works on a normal form (lower case, apostrophes and the possessive folded, so
//! "officer's", "officers'" and "Officers" all read `officers`), while each word keeps its byte
//! span so the interpretation can quote the Member's own words back. Everything walks
//! `char_indices`, so no input, however odd its UTF-8, can make a slice panic.

/// One word or number of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The normal form: ASCII letters in lower case, apostrophes dropped, `£` and `%` kept on
    /// numbers.
    pub norm: String,
    /// Byte range in the text it came from.
    pub start: usize,
    pub end: usize,
    /// Starts with a digit or a currency sign.
    pub is_number: bool,
    /// Written with a capital first letter.
    pub capitalised: bool,
    /// First word of a sentence (or of the text).
    pub sentence_start: bool,
}

impl Word {
    /// The word as written.
    pub fn original<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Words of `text`, in order. Hyphens and slashes split words ("double-check" is two words), so
/// phrase lists need only one spelling.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut sentence_start = true;
    while let Some((start, c)) = chars.next() {
        if c.is_alphanumeric() || (is_currency(c) && next_is_digit(&mut chars)) {
            let is_number = c.is_ascii_digit() || is_currency(c);
            let mut end = start + c.len_utf8();
            let mut norm = String::new();
            push_lower(&mut norm, c);
            while let Some(&(i, d)) = chars.peek() {
                let continues = if is_number {
                    d.is_ascii_digit()
                        || d.is_alphabetic()
                        || (matches!(d, '.' | ',') && followed_by_digit(text, i + d.len_utf8()))
                        || d == '%'
                } else {
                    d.is_alphanumeric()
                        || (is_apostrophe(d) && followed_by_letter(text, i + d.len_utf8()))
                };
                if !continues {
                    break;
                }
                chars.next();
                end = i + d.len_utf8();
                if !(is_apostrophe(d) || (is_number && d == ',')) {
                    push_lower(&mut norm, d);
                }
            }
            // "officers'" and "officer's" both read "officers".
            if let Some(&(_, d)) = chars.peek() {
                if is_apostrophe(d) && !is_number {
                    chars.next();
                }
            }
            out.push(Word {
                norm,
                start,
                end,
                is_number,
                capitalised: c.is_uppercase(),
                sentence_start,
            });
            sentence_start = false;
        } else if matches!(c, '.' | '?' | '!' | ';' | ':' | '\n') {
            sentence_start = true;
        }
    }
    out
}

fn is_currency(c: char) -> bool {
    matches!(c, '£' | '$' | '€')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

fn next_is_digit(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> bool {
    chars.peek().is_some_and(|&(_, d)| d.is_ascii_digit())
}

fn followed_by_digit(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

fn followed_by_letter(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// ASCII case folding only: the lexicon is ASCII, and full Unicode case tables would cost the
/// browser bundle some 6 KB gzipped for no match they could make.
fn push_lower(norm: &mut String, c: char) {
    norm.push(c.to_ascii_lowercase());
}

/// The normal forms of `text`'s words joined by single spaces, for substring tests on phrases.
pub fn normalised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word.norm);
    }
    out
}

/// Levenshtein distance between two short strings, giving up (returning `limit + 1`) once it
/// must exceed `limit`, so comparing long words stays cheap.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        let mut row_min = current[0];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            row_min = row_min.min(current[j + 1]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()].min(limit + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.norm).collect()
    }

    #[test]
    fn folds_case_apostrophes_and_possessives() {
        assert_eq!(
            norms("The Monitoring Officer's comments; officers' view; don't"),
            [
                "the",
                "monitoring",
                "officers",
                "comments",
                "officers",
                "view",
                "dont"
            ]
        );
    }

    #[test]
    fn keeps_numbers_whole() {
        assert_eq!(
            norms("Take out 9.1 and the £95,000 saving (4.2.1), 12% up."),
            ["take", "out", "9.1", "and", "the", "£95000", "saving", "4.2.1", "12%", "up"]
        );
    }

    #[test]
    fn splits_hyphens_and_marks_sentences() {
        let found = words("Please double-check it. Then go");
        assert_eq!(found[1].norm, "double");
        assert_eq!(found[2].norm, "check");
        assert!(found[0].sentence_start && !found[1].sentence_start && found[4].sentence_start);
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "",
            "'",
            "£",
            "9.",
            "é'’x",
            "\u{feff}1,",
            "a'\u{301}b",
            "\0\0£,1",
        ] {
            let found = words(text);
            for word in &found {
                assert!(text.get(word.start..word.end).is_some());
            }
        }
    }

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance("recomend", "recommend", 2), 1);
        assert_eq!(edit_distance("now", "not", 2), 1);
        assert_eq!(edit_distance("approve", "reject", 2), 3);
        assert_eq!(edit_distance("a", "abcdef", 2), 3);
    }
}
