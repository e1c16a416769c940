//! Input size limits for text pasted or opened in the browser.
//!
//! A real committee report is tens of kilobytes; a megabyte is far beyond any, and small enough
//! that checking it on every keystroke and autosaving it in local storage (about 5 MB per site)
//! stay cheap. Anything larger is refused with a message rather than freezing the tab.

/// Largest text accepted in any one box or file, in bytes of UTF-8.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// Text longer than this is checked after a pause in typing rather than on every keystroke.
pub const DEBOUNCE_ABOVE_BYTES: usize = 20 * 1024;

/// Why a text was refused, as one sentence naming the box or file.
pub fn check_text(name: &str, text: &str) -> Result<(), String> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(format!(
            "{name} is {} — larger than the {} limit. Is it the right text? Paste only the report itself.",
            size(text.len()),
            size(MAX_TEXT_BYTES)
        ));
    }
    Ok(())
}

/// Why a file's bytes are not usable text: too big, binary, or not UTF-8.
pub fn check_file(name: &str, bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(format!(
            "{name} is {} — larger than the {} limit. Is it the right file?",
            size(bytes.len()),
            size(MAX_TEXT_BYTES)
        ));
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".docx") || lower.ends_with(".doc") || lower.ends_with(".pdf") {
        return Err(format!(
            "{name} is not plain text. Open it and save it as .txt, or copy and paste its text here."
        ));
    }
    if bytes.contains(&0) {
        return Err(format!(
            "{name} looks like a binary file, not text. Choose a .txt or .md file."
        ));
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "{name} is not UTF-8 text (unreadable byte at position {}). Save it as UTF-8 plain text.",
            e.utf8_error().valid_up_to()
        )
    })
}

/// "20.0 MB" or "12 KB"; integer arithmetic, because formatting floats would add 13 KB of wasm.
fn size(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes >= MB {
        let tenths = (bytes * 10 + MB / 2) / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_twenty_megabyte_paste_is_refused_by_name() {
        let paste = "a".repeat(20 * 1024 * 1024);
        let error = check_text("The draft report", &paste).unwrap_err();
        assert!(error.starts_with("The draft report is 20.0 MB"), "{error}");
    }

    #[test]
    fn binary_and_non_utf8_files_are_refused() {
        assert!(check_file("x.txt", b"PK\x03\x04\0\0")
            .unwrap_err()
            .contains("binary"));
        assert!(check_file("x.txt", b"caf\xe9")
            .unwrap_err()
            .contains("not UTF-8"));
        assert!(check_file("Report.DOCX", b"text")
            .unwrap_err()
            .contains("not plain text"));
        assert_eq!(
            check_file("r.md", "4.2 Option A".as_bytes()).unwrap(),
            "4.2 Option A"
        );
    }
}
