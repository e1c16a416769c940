//! Installing the tools the build and tests need, each only when missing, so the same commands
//! work on a fresh machine (CI) and cost nothing on a prepared one.
//!
//! Versions are pinned where the output depends on them: the wasm-bindgen CLI must match the
//! `wasm-bindgen` crate in Cargo.lock exactly, or the generated glue does not fit the wasm.

use std::path::Path;
use std::process::Command;

use crate::process::{self, Failure};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Must equal the `wasm-bindgen` version pinned in `web/Cargo.toml`.
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";

/// Everything any command needs.
pub fn ensure_all() -> Result<(), Failure> {
    ensure_rust_target()?;
    ensure_wasm_bindgen()?;
    ensure_chromium()?;
    Ok(())
}

pub fn ensure_rust_target() -> Result<(), Failure> {
    let installed =
        process::output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    process::step(
        "install wasm target",
        "rustup",
        &["target", "add", WASM_TARGET],
    )
}

/// `wasm-bindgen` and `wasm-bindgen-test-runner`, at the pinned version.
pub fn ensure_wasm_bindgen() -> Result<(), Failure> {
    let version = process::output("wasm-bindgen", &["--version"]).unwrap_or_default();
    let runner = process::output("wasm-bindgen-test-runner", &["--version"]).unwrap_or_default();
    if version.contains(WASM_BINDGEN_VERSION) && runner.contains(WASM_BINDGEN_VERSION) {
        return Ok(());
    }
    // `--debug` builds in a third of the time and generates identical output; `--locked` fails
    // to resolve on these machines.
    process::step(
        "install wasm-bindgen-cli",
        "cargo",
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            WASM_BINDGEN_VERSION,
            "--debug",
            "--force",
        ],
    )
}

/// Debian's Chromium and ChromeDriver, for the browser tests.
pub fn ensure_chromium() -> Result<(), Failure> {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    process::run("apt-get update", Command::new("apt-get").arg("update"))?;
    process::run(
        "install chromium",
        Command::new("apt-get")
            .args([
                "install",
                "-y",
                "--no-install-recommends",
                "chromium",
                "chromium-driver",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}
