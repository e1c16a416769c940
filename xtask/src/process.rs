//! Running commands as named steps: each is announced, and a failure names the step and the
//! exact command so it can be rerun by hand.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why xtask stopped: one message for the person reading the CI log.
#[derive(Debug)]
pub struct Failure(String);

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Failure(message.into())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure(error.to_string())
    }
}

/// The workspace root (xtask's parent), so commands behave the same from any directory.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is inside the workspace")
        .to_path_buf()
}

/// Runs `program args` in the workspace root as the step `name`.
pub fn step(name: &str, program: &str, args: &[&str]) -> Result<(), Failure> {
    let mut command = Command::new(program);
    command.args(args).current_dir(root());
    run(name, &mut command)
}

/// Runs a prepared command as the step `name`, failing with the command line if it fails.
pub fn run(name: &str, command: &mut Command) -> Result<(), Failure> {
    let shown = show(command);
    println!("\nxtask: == {name}: {shown}");
    let status = command
        .status()
        .map_err(|e| Failure::new(format!("{name}: cannot start `{shown}`: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "{name}: `{shown}` exited with {status}"
        )))
    }
}

/// Runs a command quietly and returns its standard output, or `None` if it cannot run or fails:
/// used to ask whether a tool is present.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn show(command: &Command) -> String {
    let mut shown = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        shown.push(' ');
        shown.push_str(&arg.to_string_lossy());
    }
    shown
}
