//! Installing the tools the build and tests need, each only when missing, so the same commands
//! work on a fresh machine (CI) and cost nothing on a prepared one.
//!
//! Versions are pinned where the output depends on them: the wasm-bindgen CLI must match the
//! `wasm-bindgen` crate in Cargo.lock exactly, or the generated glue does not fit the wasm.

use std::path::Path;
use std::process::Command;

use crate::process::{self, Failure};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Debian's ChromeDriver, which `wasm-bindgen-test-runner` drives.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Must equal the `wasm-bindgen` version pinned in `web/Cargo.toml`.
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";

/// wasm-pack, which packages `pkg/`; it finds the wasm-bindgen above on PATH, so it works
/// offline.
pub const WASM_PACK_VERSION: &str = "0.15.1";

/// Everything any command needs.
pub fn ensure_all() -> Result<(), Failure> {
    ensure_rust_target()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_pack()?;
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

/// `wasm-pack`, at the pinned version.
pub fn ensure_wasm_pack() -> Result<(), Failure> {
    let version = process::output("wasm-pack", &["--version"]).unwrap_or_default();
    if version.contains(WASM_PACK_VERSION) {
        return Ok(());
    }
    // `--debug`: it only orchestrates cargo and wasm-bindgen, and builds in far less time.
    process::step(
        "install wasm-pack",
        "cargo",
        &[
            "install",
            "wasm-pack",
            "--version",
            WASM_PACK_VERSION,
            "--debug",
            "--force",
        ],
    )
}

/// Debian's Chromium and ChromeDriver, for the browser tests.
pub fn ensure_chromium() -> Result<(), Failure> {
    if Path::new("/usr/bin/chromium").exists()
        && Path::new(CHROMEDRIVER).exists()
        && Path::new("/usr/share/fonts/truetype/liberation").exists()
    {
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
                // Recommended by chromium-common, so left out here unless named: without a font
                // the screenshots the tests keep show boxes for text.
                "fonts-liberation",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// wasm-opt from npm's `binaryen` (pinned in `www/package-lock.json`). Debian's binaryen is too
/// old and silently produces broken wasm for today's rustc, so it is never used.
pub fn ensure_wasm_opt() -> Result<std::path::PathBuf, Failure> {
    let www = process::root().join("www");
    ensure_npm_packages(&www)?;
    Ok(www.join("node_modules/.bin/wasm-opt"))
}

/// `npm ci` in `dir` unless its node_modules already matches its package-lock.json.
pub fn ensure_npm_packages(dir: &Path) -> Result<(), Failure> {
    let lock = std::fs::read(dir.join("package-lock.json")).map_err(|e| {
        Failure::new(format!(
            "cannot read {}/package-lock.json: {e}",
            dir.display()
        ))
    })?;
    // npm ci writes this copy of the lock file; equal contents mean the install is current.
    let installed = std::fs::read(dir.join("node_modules/.package-lock.json")).unwrap_or_default();
    if same_packages(&lock, &installed) {
        return Ok(());
    }
    process::run(
        "npm ci",
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir),
    )
}

/// Whether the installed lock (`node_modules/.package-lock.json`) lists the same packages as
/// `package-lock.json`; npm writes the installed one without the root package entry.
fn same_packages(lock: &[u8], installed: &[u8]) -> bool {
    let packages = |bytes: &[u8]| -> Vec<String> {
        let text = String::from_utf8_lossy(bytes);
        let mut lines: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("\"node_modules/") || l.starts_with("\"version\""))
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    let wanted = packages(lock);
    let have = packages(installed);
    !installed.is_empty() && wanted.iter().all(|line| have.contains(line))
}
