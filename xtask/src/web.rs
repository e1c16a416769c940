//! Building the web app, once, into everything that ships:
//!
//! - `pkg/`: the npm package (ESM glue for `--target web`, wasm, `.d.ts`, package.json, README);
//! - `www/dist/protocol-check.html`: the offline page, one file with CSS, glue and wasm (base64)
//!   inlined, because a page opened from `file://` cannot fetch a `.wasm` beside it;
//! - `www/dist/index.html`: the same file, as the served start page (so Save Page As keeps a
//!   working copy);
//! - `www/dist/hosted.html` + `start.js` + `style.css` + `pkg/`: the multi-file site for intranets
//!   that host the files, and `embed-example.html`.
//!
//! `wasm-pack build --target web` makes the package (cargo build, wasm-bindgen, package.json,
//! README); its own wasm-opt step is skipped (`--no-opt`) because it would download a binaryen
//! release, which these machines cannot, so npm's `binaryen` optimises the wasm in place. The
//! pages are then made from `pkg/`, so the wasm is built and optimised once for everything.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::process::{self, root, Failure};
use crate::tools;

const STEM: &str = "protocol_check_web";

/// Builds everything; returns `www/dist`.
pub fn build() -> Result<PathBuf, Failure> {
    tools::ensure_rust_target()?;
    tools::ensure_wasm_bindgen()?;
    tools::ensure_wasm_pack()?;
    let wasm_opt = tools::ensure_wasm_opt()?;
    let root = root();
    let pkg = root.join("pkg");
    reset_dir(&pkg)?;
    process::run(
        "wasm-pack build (release, --target web)",
        Command::new("wasm-pack")
            .args(["build", "--target", "web", "--release", "--no-opt"])
            .args(["--out-name", STEM, "--out-dir"])
            .arg(&pkg)
            // Its update check needs the network and only warns without it.
            .arg(root.join("web")),
    )?;

    let bg = format!("{STEM}_bg.wasm");
    let unoptimised = root.join(format!("target/web/{bg}"));
    fs::create_dir_all(root.join("target/web"))?;
    fs::rename(pkg.join(&bg), &unoptimised)?;
    // The features are those rustc enables by default for wasm32-unknown-unknown; wasm-opt must
    // be told, or it rejects the module. `--converge` repeats -Oz while it still shrinks the
    // module (-1 KB gzip); `--low-memory-unused` lets it fold small constant offsets into loads
    // and stores (-2 KB gzip), which is sound for Rust's wasm: the stack comes first and grows
    // down from 1 MB, data starts above it, so nothing lives in the low 1 KB.
    process::run(
        "wasm-opt -Oz",
        Command::new(&wasm_opt)
            .args([
                "-Oz",
                "--converge",
                "--low-memory-unused",
                "--strip-debug",
                "--strip-producers",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
            ])
            .arg(&unoptimised)
            .arg("-o")
            .arg(pkg.join(&bg)),
    )?;
    name_package(&pkg.join("package.json"))?;
    // wasm-pack's `.gitignore` (`*`) is for publishing from a repository; it has no place in
    // the package or the site.
    let _ = fs::remove_file(pkg.join(".gitignore"));

    let www = root.join("www");
    let dist = www.join("dist");
    reset_dir(&dist)?;
    copy_dir(&pkg, &dist.join("pkg"))?;
    for file in ["style.css", "embed-example.html", "embed-example.js"] {
        copy(&www.join(file), &dist.join(file))?;
    }
    let template = read(&www.join("index.html"))?;
    let boot = read(&www.join("boot.js"))?;
    let css = read(&www.join("style.css"))?;
    let glue = read(&pkg.join(format!("{STEM}.js")))?;
    let wasm_bytes = fs::read(pkg.join(&bg))?;

    let single = single_file_page(&template, &css, &glue, &boot, &wasm_bytes)?;
    write(&dist.join("protocol-check.html"), &single)?;
    write(&dist.join("index.html"), &single)?;
    write(&dist.join("hosted.html"), &hosted_page(&template))?;
    write(
        &dist.join("start.js"),
        &format!(
            "import __wbg_init, {{ mount }} from \"./pkg/{STEM}.js\";\n{}",
            boot.replace("{{INIT}}", "await __wbg_init();")
        ),
    )?;
    println!("xtask: built {} and {}", pkg.display(), dist.display());
    Ok(dist)
}

/// The offline page: everything inline, and a CSP that allows exactly this script and style
/// (by hash, so it still holds in a saved copy), wasm compilation, and no connections at all.
fn single_file_page(
    template: &str,
    css: &str,
    glue: &str,
    boot: &str,
    wasm: &[u8],
) -> Result<String, Failure> {
    if !glue.contains("async function __wbg_init(") {
        return Err(Failure::new(
            "the wasm-bindgen glue has no `__wbg_init`; has the wasm-bindgen version changed?",
        ));
    }
    let base64 = base64::engine::general_purpose::STANDARD.encode(wasm);
    // A loop over atob's string is the fastest way to bytes without fetch (which file:// forbids).
    let init = format!(
        "const text = atob(\"{base64}\");\n  const bytes = new Uint8Array(text.length);\n  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);\n  await __wbg_init({{ module_or_path: bytes }});"
    );
    let script = format!("\n{glue}\n{}", boot.replace("{{INIT}}", &init));
    let style = format!("\n{css}");
    for (what, text, end) in [
        ("script", &script, "</script"),
        ("style", &style, "</style"),
    ] {
        if text.to_ascii_lowercase().contains(end) {
            return Err(Failure::new(format!("the inlined {what} contains {end}")));
        }
    }
    let csp = format!(
        "default-src 'none'; script-src '{}' 'wasm-unsafe-eval'; style-src '{}'; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'",
        sha256(&script),
        sha256(&style)
    );
    Ok(template
        .replace("{{CSP}}", &csp)
        .replace("{{STYLE}}", &format!("<style>{style}</style>"))
        .replace(
            "{{SCRIPT}}",
            &format!("<script type=\"module\">{script}</script>"),
        ))
}

/// The hosted page loads its own files; `connect-src 'self'` is needed to fetch the wasm.
fn hosted_page(template: &str) -> String {
    template
        .replace(
            "{{CSP}}",
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'",
        )
        .replace("{{STYLE}}", "<link rel=\"stylesheet\" href=\"style.css\">")
        .replace(
            "{{SCRIPT}}",
            "<script type=\"module\" src=\"start.js\"></script>",
        )
}

fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The npm package is `protocol-check` (the crate is `protocol-check-web` only to sit beside
/// `protocol-check-core` and `protocol-check-cli`); everything else is wasm-pack's.
fn name_package(path: &Path) -> Result<(), Failure> {
    let json = read(path)?;
    let renamed = json.replacen(
        "\"name\": \"protocol-check-web\"",
        "\"name\": \"protocol-check\"",
        1,
    );
    if renamed == json {
        return Err(Failure::new(format!(
            "{} does not name the package protocol-check-web; has wasm-pack's output changed?",
            path.display()
        )));
    }
    write(path, &renamed)
}

fn reset_dir(dir: &Path) -> Result<(), Failure> {
    if dir.exists() {
        fs::remove_dir_all(dir)
            .map_err(|e| Failure::new(format!("cannot clear {}: {e}", dir.display())))?;
    }
    fs::create_dir_all(dir)
        .map_err(|e| Failure::new(format!("cannot create {}: {e}", dir.display())))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Failure> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        copy(&entry.path(), &to.join(entry.file_name()))?;
    }
    Ok(())
}

fn copy(from: &Path, to: &Path) -> Result<(), Failure> {
    fs::copy(from, to).map(|_| ()).map_err(|e| {
        Failure::new(format!(
            "cannot copy {} to {}: {e}",
            from.display(),
            to.display()
        ))
    })
}

fn read(path: &Path) -> Result<String, Failure> {
    fs::read_to_string(path)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    fs::write(path, text).map_err(|e| Failure::new(format!("cannot write {}: {e}", path.display())))
}
