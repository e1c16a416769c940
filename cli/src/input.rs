//! Reading input files, with errors that name the file and what is wrong in it.

use std::path::Path;

use crate::error::CliError;

/// Largest input file accepted: far beyond any real report, small enough to never exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads a UTF-8 text file ("-" is standard input).
pub fn read_text(path: &Path) -> Result<String, CliError> {
    use std::io::Read;
    let shown = path.display();
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::new(format!("cannot read standard input: {e}")))?;
    } else {
        let file = std::fs::File::open(path)
            .map_err(|e| CliError::new(format!("cannot open {shown}: {e}")))?;
        file.take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::new(format!("cannot read {shown}: {e}")))?;
    }
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(CliError::new(format!(
            "{shown} is larger than {} MB; is it the right file?",
            MAX_INPUT_BYTES / 1024 / 1024
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        CliError::new(format!(
            "{shown} is not UTF-8 text (invalid byte at offset {}); save it as plain text",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Parses JSON, naming the file, line and column of the first problem.
pub fn parse_json<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, CliError> {
    serde_json::from_str(text).map_err(|e| {
        CliError::new(format!(
            "{}: line {}, column {}: {}",
            path.display(),
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        ))
    })
}

fn strip_position(message: &str) -> &str {
    message
        .rsplit_once(" at line ")
        .map_or(message, |(before, _)| before)
}
