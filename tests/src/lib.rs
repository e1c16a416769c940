//! Shared helpers for the cross-crate tests: where the published protocol texts are, and how
//! golden case files are read.
//!
//! The protocol texts live outside the repository, in `../shared/protocols/` beside the
//! checkout (set `PROTOCOL_CHECK_PROTOCOLS` to point elsewhere). `INDEX.md` there names which
//! file is which council; it is read rather than restated, so the mapping lives in one place.

use std::path::PathBuf;

use protocol_check::Protocol;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The folder of published protocol texts.
pub fn protocols_dir() -> PathBuf {
    match std::env::var_os("PROTOCOL_CHECK_PROTOCOLS") {
        Some(dir) => PathBuf::from(dir),
        None => workspace_root().join("../shared/protocols"),
    }
}

/// The published text of a council's protocol, found through `INDEX.md` by council name.
pub fn published_text(protocol: &Protocol) -> String {
    let dir = protocols_dir();
    let index = std::fs::read_to_string(dir.join("INDEX.md")).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; the protocol texts must be beside the checkout",
            dir.join("INDEX.md").display()
        )
    });
    let file = index
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            (cells.len() > 3 && cells[2] == protocol.council.name).then(|| cells[1].to_string())
        })
        .next()
        .unwrap_or_else(|| panic!("INDEX.md has no row for {}", protocol.council.name));
    std::fs::read_to_string(dir.join(&file))
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.join(&file).display()))
}

/// Every `*.toml` file under `tests/golden/<suite>/`, sorted, with its text.
pub fn golden_files(suite: &str) -> Vec<(PathBuf, String)> {
    let dir = workspace_root().join("tests/golden").join(suite);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no golden files in {}", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (path, text)
        })
        .collect()
}

/// The bookkeeping every golden suite shares: a case's `fires` (rules it must cite) and
/// `misses` (near misses: rules it must not cite), and which rules have had both.
#[derive(Default)]
pub struct Coverage {
    fired: std::collections::BTreeSet<String>,
    missed: std::collections::BTreeSet<String>,
}

impl Coverage {
    /// Checks one case against what its finding cited, recording it for [`Coverage::gaps`];
    /// returns the problems. `known` is every id a case may name.
    pub fn check(
        &mut self,
        known: &std::collections::BTreeSet<&str>,
        cited: &std::collections::BTreeSet<&str>,
        fires: &[String],
        misses: &[String],
    ) -> Vec<String> {
        let mut problems = Vec::new();
        for id in fires {
            if !known.contains(id.as_str()) {
                problems.push(format!("no rule {id:?}"));
            } else if !cited.contains(id.as_str()) {
                problems.push(format!("does not cite {id} (cites {cited:?})"));
            }
            self.fired.insert(id.clone());
        }
        for id in misses {
            if !known.contains(id.as_str()) {
                problems.push(format!("no rule {id:?}"));
            } else if cited.contains(id.as_str()) {
                problems.push(format!("cites {id}, which should not apply"));
            }
            self.missed.insert(id.clone());
        }
        problems
    }

    /// Every rule not yet fired by a case, or not yet missed by a near one; `always_cited`
    /// rules (cited by every finding) need no near miss.
    pub fn gaps<'a>(
        &self,
        place: &str,
        rules: impl IntoIterator<Item = (&'a str, bool)>,
    ) -> Vec<String> {
        let mut gaps = Vec::new();
        for (id, always_cited) in rules {
            if !self.fired.contains(id) {
                gaps.push(format!("{place}: no case fires {id}"));
            }
            if !always_cited && !self.missed.contains(id) {
                gaps.push(format!("{place}: no near miss for {id}"));
            }
        }
        gaps
    }
}
