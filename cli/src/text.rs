//! Plain-text layout for people: wrapping and the finding block.

use protocol_check::{Finding, Vocabulary};

/// Wraps `text` to `width` columns, the first line after `prefix`, the rest indented to match.
pub fn wrap(text: &str, prefix: &str, width: usize) -> String {
    let indent = " ".repeat(prefix.chars().count());
    let mut out = String::new();
    let mut line = String::from(prefix);
    let mut line_has_word = false;
    for word in text.split_whitespace() {
        if line_has_word && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.clone();
            line_has_word = false;
        }
        if line_has_word {
            line.push(' ');
        }
        line.push_str(word);
        line_has_word = true;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// One finding as a numbered block: verdict, what was asked, reason, quotes, conditions, route.
pub fn finding(number: usize, finding: &Finding) -> String {
    let mut out = format!(
        "{number}. {}\n",
        finding.verdict.label().to_ascii_uppercase()
    );
    // An `unclear` finding has no request; its interpretation says what is missing.
    if let Some(request) = &finding.request {
        let mut asked = format!(
            "{} {} (asked by: {})",
            request.action.label(),
            request.target.label(),
            request.requester.label()
        );
        if let Some(paragraph) = &request.paragraph {
            asked.push_str(&format!(", report para {paragraph}"));
        }
        if let Some(words) = &request.text {
            out.push_str(&wrap(&format!("\"{words}\""), "   Asked:  ", 90));
        }
        out.push_str(&wrap(&asked, "   Read as: ", 90));
    }
    out.push_str(&wrap(&finding.reason, "   Reason: ", 90));
    for rule in &finding.rules {
        out.push_str(&wrap(
            &format!("{} {}: \"{}\"", rule.council, rule.paragraph, rule.quote),
            "   Rule:   ",
            90,
        ));
    }
    for condition in &finding.conditions {
        out.push_str(&wrap(
            &format!("{} ({})", condition.text, condition.paragraph),
            "   Condition: ",
            90,
        ));
    }
    if !finding.escalation.route.is_empty() {
        out.push_str(&wrap(&finding.escalation.route, "   Escalate: ", 90));
    }
    out
}
