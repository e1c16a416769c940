//! Every example request under `examples/access/` gives the outcome its file name promises.
//!
//! Files are named `<council>.<outcome>.<what>.json`, so the examples in the README and the
//! files people copy from cannot drift from what the tool says.

use std::collections::BTreeSet;

use protocol_check::access::{evaluate, AccessRequest, Outcome};
use protocol_check::councils;
use protocol_check::vocab::Vocabulary;
use protocol_check_tests::workspace_root;

#[test]
fn every_example_request_gives_the_outcome_in_its_name() {
    let dir = workspace_root().join("examples/access");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();

    let mut outcomes = BTreeSet::new();
    let mut councils_seen = BTreeSet::new();
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let parts: Vec<&str> = name.split('.').collect();
        let [council, outcome, _what, "json"] = parts[..] else {
            panic!("{name}: expected <council>.<outcome>.<what>.json");
        };
        let protocol = councils::find(council).unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = Outcome::parse(outcome).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = std::fs::read_to_string(path).unwrap();
        let request: AccessRequest =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let finding = evaluate(protocol, &request).unwrap_or_else(|e| panic!("{name}: {e}"));
        if finding.outcome != expected {
            failures.push(format!(
                "{name}: {} ({})",
                finding.outcome.name(),
                finding.reason
            ));
        }
        outcomes.insert(expected);
        councils_seen.insert(council.to_string());
    }
    assert!(paths.len() >= 6, "at least six examples");
    assert_eq!(outcomes.len(), Outcome::ALL.len(), "an example per outcome");
    assert!(
        councils_seen.len() >= 2,
        "examples from at least two councils"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
