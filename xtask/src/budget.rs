//! The size and speed budgets, measured and enforced (README "Budgets").
//!
//! Officers open the tool on council laptops, often from a saved file: the app must stay small
//! enough to load at once. Sizes are measured here from the built files; the first-render time
//! is measured by the end-to-end tests in headless Chromium and read back from the file they
//! write.

use std::io::Write;
use std::path::Path;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::process::Failure;

const APP_GZIP_LIMIT: usize = 300 * 1024;
const SINGLE_FILE_LIMIT: usize = 1_200_000;
const FIRST_RENDER_LIMIT_MS: f64 = 300.0;

/// Checks the wasm + JS (gzip) and single-file sizes of a build in `dist`.
pub fn check_sizes(dist: &Path) -> Result<(), Failure> {
    let wasm = read(&dist.join("pkg/protocol_check_web_bg.wasm"))?;
    let js = read(&dist.join("pkg/protocol_check_web.js"))?;
    let single = read(&dist.join("protocol-check.html"))?;
    let app = gzip_len(&wasm) + gzip_len(&js);
    println!("\nxtask: == budgets");
    let app_ok = report("app wasm + JS, gzip", app, APP_GZIP_LIMIT);
    let single_ok = report("offline single-file page", single.len(), SINGLE_FILE_LIMIT);
    if app_ok && single_ok {
        Ok(())
    } else {
        Err(Failure::new("a size budget is exceeded (see above)"))
    }
}

/// Checks the first render from `file://`, as measured by the end-to-end tests (median).
pub fn check_first_render(metrics: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(metrics).map_err(|e| {
        Failure::new(format!(
            "cannot read {} (written by the end-to-end tests): {e}",
            metrics.display()
        ))
    })?;
    let mut times: Vec<f64> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|n| n.parse().ok())
        .collect();
    if times.is_empty() {
        return Err(Failure::new(format!(
            "{} has no timings",
            metrics.display()
        )));
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    println!(
        "xtask: first render from file:// (median of {}): {median:.0} ms (budget {FIRST_RENDER_LIMIT_MS:.0} ms)",
        times.len()
    );
    if median <= FIRST_RENDER_LIMIT_MS {
        Ok(())
    } else {
        Err(Failure::new("the first-render budget is exceeded"))
    }
}

fn report(what: &str, bytes: usize, limit: usize) -> bool {
    let ok = bytes <= limit;
    println!(
        "xtask: {what}: {:.1} KB (budget {:.1} KB){}",
        bytes as f64 / 1024.0,
        limit as f64 / 1024.0,
        if ok { "" } else { "  OVER BUDGET" }
    );
    ok
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))
}
