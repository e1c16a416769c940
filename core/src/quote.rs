//! Checking that a rule's quoted words really are in its council's protocol.
//!
//! Quotes are compared after [`normalise`], which forgives what copying from a PDF or Word
//! changes (white space, curly quotes, dashes, bold and underline markup) and nothing else.
//! Redline texts (Tower Hamlets) are first reduced to their current wording by [`current_text`].

use crate::rule::{Protocol, TextFormat};

/// The ellipsis that marks an elision inside a quote.
pub const ELISION: &str = " … ";

/// A quote that could not be found, naming the fragment that is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMismatch {
    pub rule_id: String,
    pub paragraph: String,
    pub missing_fragment: String,
}

impl std::fmt::Display for QuoteMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "rule {} (para {}): the words {:?} are not in the protocol text",
            self.rule_id, self.paragraph, self.missing_fragment
        )
    }
}

/// Folds the differences that do not change the words: white space runs, typographic quotes
/// and dashes, Markdown bold and HTML underline.
pub fn normalise(text: &str) -> String {
    let text = text
        .replace("**", "")
        .replace("<u>", "")
        .replace("</u>", "");
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        let ch = match ch {
            '\u{2018}' | '\u{2019}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{00A0}' => ' ',
            other => other,
        };
        if ch.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(ch);
    }
    out
}

/// Old and new words that a redline run together ("CouncillorsMembers"): the second is current.
const RUN_TOGETHER: [(&str, &str); 4] = [
    ("CouncillorsMembers", "Members"),
    ("CouncillorMember", "Member"),
    ("MEMBERSCOUNCILLORS", "COUNCILLORS"),
    ("COUNCILLORSMEMBERS", "MEMBERS"),
];

/// The current wording of a redline draft: struck `~~…~~` spans dropped, and where old and new
/// words run together ("CouncillorsMembers"), the second (new) word kept. A struck span that is
/// exactly such a pair ("~~CouncillorsMembers~~") is the strike-through misplaced over both
/// words, so its new word is kept too.
pub fn current_text(redline: &str) -> String {
    let mut out = String::with_capacity(redline.len());
    let mut rest = redline;
    while let Some(start) = rest.find("~~") {
        out.push_str(&rest[..start]);
        let struck = &rest[start + 2..];
        match struck.find("~~") {
            Some(end) => {
                if let Some((_, current)) = RUN_TOGETHER.iter().find(|(j, _)| *j == &struck[..end])
                {
                    out.push_str(current);
                }
                rest = &struck[end + 2..];
            }
            None => rest = "",
        }
    }
    out.push_str(rest);
    for (joined, current) in RUN_TOGETHER {
        out = out.replace(joined, current);
    }
    out
}

/// The text a protocol's quotes are checked against, from the protocol as published.
pub fn comparable_text(format: TextFormat, published: &str) -> String {
    match format {
        TextFormat::Plain => normalise(published),
        TextFormat::Redline => normalise(&current_text(published)),
    }
}

/// Whether every fragment of `quote` appears, in order, in `comparable` (already normalised).
pub fn find_quote(comparable: &str, quote: &str) -> Result<(), String> {
    let mut from = 0;
    for fragment in quote.split(ELISION) {
        let fragment = normalise(fragment);
        match comparable[from..].find(&fragment) {
            Some(at) => from += at + fragment.len(),
            None => return Err(fragment),
        }
    }
    Ok(())
}

/// Every rule of `protocol` whose quoted words are not in `published` (the protocol's full text).
pub fn verify_quotes(protocol: &Protocol, published: &str) -> Vec<QuoteMismatch> {
    let comparable = comparable_text(protocol.council.text_format, published);
    protocol
        .quotes()
        .filter_map(|(id, paragraph, quote)| {
            find_quote(&comparable, quote)
                .err()
                .map(|missing| QuoteMismatch {
                    rule_id: id.to_string(),
                    paragraph: paragraph.to_string(),
                    missing_fragment: missing,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_folds_typography_and_space() {
        assert_eq!(
            normalise("  the \u{201C}Need\n to Know\u{201D} \u{2013} it\u{2019}s "),
            "the \"Need to Know\" - it's"
        );
    }

    #[test]
    fn current_text_drops_struck_words_and_keeps_new_run_together_word() {
        assert_eq!(
            current_text("~~Councillors~~Members and CouncillorsMembers"),
            "Members and Members"
        );
        assert_eq!(current_text("a ~~unterminated"), "a ");
        assert_eq!(
            current_text("(ii) ~~CouncillorsMembers~~ of the committee"),
            "(ii) Members of the committee"
        );
    }

    #[test]
    fn elided_quote_needs_fragments_in_order() {
        let text = normalise("one two three four");
        assert!(find_quote(&text, "one … four").is_ok());
        assert_eq!(find_quote(&text, "four … one"), Err("one".to_string()));
    }
}
