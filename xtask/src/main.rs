//! `cargo xtask`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! Each command installs what it needs when it is missing (and skips what is present), so a
//! fresh machine needs only the commands in the README:
//!
//! - `test`: every check CI runs, stopping at the first failure with what failed.
//! - `serve`: builds the web app and serves `www/dist/` on 127.0.0.1.
//! - `dist`: builds the web app, the offline page and the JS package.
//! - `setup`: installs the tools without running anything else.

mod budget;
mod process;
mod serve;
mod tools;
mod web;

use std::process::{Command, ExitCode};

use process::{root, Failure};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  test            run every check CI runs: fmt, clippy, tests, wasm builds, browser tests,
                  end-to-end tests and budgets
  serve [PORT]    build the web app and serve it on http://127.0.0.1:PORT (default 8080)
  dist            build pkg/ (the npm package) and www/dist/ (offline page and hosted site)
  setup           install the tools the other commands need (idempotent)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("serve") => serve(args.get(1).map(String::as_str)),
        Some("dist") => web::build().map(|_| ()),
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
/// browser tests. The web app is built once and that build is what the end-to-end tests and
/// the budgets measure.
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

    tools::ensure_all()?;
    let dist = web::build()?;
    process::run(
        "browser tests of the JS API (wasm-bindgen-test, headless Chromium)",
        Command::new("cargo")
            .args([
                "test",
                "-p",
                "protocol-check-web",
                "--target",
                tools::WASM_TARGET,
            ])
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .current_dir(root()),
    )?;

    let e2e = root().join("tests/e2e");
    tools::ensure_npm_packages(&e2e)?;
    let address = serve::spawn(dist.clone(), 0)?;
    let metrics = e2e.join("test-results/metrics.json");
    let _ = std::fs::remove_file(&metrics);
    let mut tests: Vec<String> = std::fs::read_dir(&e2e)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".test.mjs"))
        .collect();
    tests.sort();
    process::run(
        "end-to-end tests (Playwright, axe-core, headless Chromium)",
        Command::new("node")
            .args(["--test", "--test-concurrency=1"])
            .args(&tests)
            .env("BASE_URL", format!("http://{address}"))
            .env("DIST_DIR", &dist)
            .env("METRICS_FILE", &metrics)
            .current_dir(&e2e),
    )?;
    // Budgets last, so a build over budget still shows every test's result first.
    let sizes = budget::check_sizes(&dist);
    let render = budget::check_first_render(&metrics);
    sizes.and(render)?;
    println!("\nxtask: all checks passed");
    Ok(())
}

fn serve(port: Option<&str>) -> Result<(), Failure> {
    let port: u16 = match port {
        None => 8080,
        Some(text) => text
            .parse()
            .map_err(|_| Failure::new(format!("serve: {text:?} is not a port number")))?,
    };
    let dist = web::build()?;
    let address = serve::spawn(dist, port)?;
    println!("\nxtask: serving www/dist/ on http://{address}/ (Ctrl+C to stop)");
    loop {
        std::thread::park();
    }
}
