//! The one error type of the CLI: a message for the user. Exit code 2 is set in `main`.

use std::fmt;

#[derive(Debug)]
pub struct CliError(String);

impl CliError {
    pub fn new(message: impl Into<String>) -> Self {
        CliError(message.into())
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<protocol_check::councils::UnknownCouncil> for CliError {
    fn from(error: protocol_check::councils::UnknownCouncil) -> Self {
        CliError(error.to_string())
    }
}
