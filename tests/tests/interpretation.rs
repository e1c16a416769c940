//! Golden cases for reading reports and Members' words: realistic reports written in different
//! councils' styles (`tests/golden/reports/*/cases.toml`), each with requests in natural
//! phrasing and the verdict the correct reading gets, and a revised copy with the changes the
//! comparison must find.
//!
//! The hard line is safety: a request the protocol does not allow, that the tool calls
//! `permitted`, fails the test whatever else is right. Beyond that, accuracy (verdict, action,
//! target) is measured and must not fall below the floor recorded here; the README reports it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use protocol_check::consult::strictness;
use protocol_check::text::{MissingPart, Outline};
use protocol_check::{
    check_requests, check_revision, councils, evaluate, Action, ChangeRequest, Finding, Requester,
    Settings, Target, Verdict,
};
use protocol_check_tests::workspace_root;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Golden {
    council: String,
    report: String,
    /// Who is asking; the officer's choice, `executive_member` unless given.
    #[serde(default)]
    requester: Requester,
    revised: Option<String>,
    #[serde(default)]
    request: Vec<RequestCase>,
    #[serde(default)]
    change: Vec<ChangeCase>,
}

/// One line of the Member's words: one expectation, or several in `expect`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestCase {
    text: String,
    #[serde(flatten)]
    single: Expect,
    #[serde(default)]
    expect: Vec<Expect>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
struct Expect {
    action: Option<Action>,
    #[serde(default)]
    targets: Vec<Target>,
    verdict: Option<Verdict>,
    #[serde(default)]
    missing: Vec<MissingPart>,
}

impl RequestCase {
    fn expectations(&self) -> Vec<Expect> {
        if self.expect.is_empty() {
            vec![self.single.clone()]
        } else {
            self.expect.clone()
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeCase {
    draft: Option<String>,
    revised: Option<String>,
    kind: String,
    action: Action,
    verdict: Verdict,
}

/// Reports in the golden set at least (different councils and styles).
const MIN_REPORTS: usize = 4;

fn golden_dir() -> PathBuf {
    workspace_root().join("tests/golden/reports")
}

fn load_all() -> Vec<(String, PathBuf, Golden)> {
    let mut all = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden/reports exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.join("cases.toml").exists())
        .collect();
    dirs.sort();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(dir.join("cases.toml")).unwrap();
        let golden: Golden =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{name}/cases.toml: {e}"));
        all.push((name, dir, golden));
    }
    assert!(all.len() >= MIN_REPORTS, "expected several golden reports");
    all
}

fn settings(golden: &Golden) -> Settings {
    Settings {
        requester: golden.requester,
        ..Settings::default()
    }
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The requests as an officer would paste them: a comment, a blank line, then one per line.
fn requests_text(golden: &Golden) -> (String, usize) {
    let mut text = String::from("# The Member's e-mail, one request a line\n\n");
    let first_line = 3;
    for case in &golden.request {
        text.push_str(&case.text);
        text.push('\n');
    }
    (text, first_line)
}

/// The strictest verdict the correct reading gets under the council's rules.
fn verdict_of_correct_reading(golden: &Golden, expect: &Expect) -> Option<Verdict> {
    let protocol = councils::find(&golden.council).unwrap();
    let action = expect.action?;
    expect
        .targets
        .iter()
        .map(|t| {
            let request = ChangeRequest::new(action, *t).by(golden.requester);
            evaluate(protocol, &request).verdict
        })
        .max_by_key(|v| strictness(*v))
}

#[derive(Default)]
struct Score {
    expectations: usize,
    verdict_right: usize,
    more_cautious: usize,
    less_cautious: usize,
    action_right: usize,
    target_right: usize,
    with_reading: usize,
}

/// What running the golden requests found.
struct Outcomes {
    scores: BTreeMap<String, Score>,
    unsafe_outcomes: Vec<String>,
    lenient: Vec<String>,
    cautious: Vec<String>,
    /// Requests whose main action was read otherwise than expected.
    misread: Vec<String>,
}

/// Runs every golden request, scoring each against its expectation.
fn run_requests() -> Outcomes {
    let mut scores = BTreeMap::new();
    let mut cautious = Vec::new();
    let mut misread = Vec::new();
    let mut unsafe_outcomes = Vec::new();
    let mut lenient = Vec::new();
    for (name, dir, golden) in load_all() {
        let protocol = councils::find(&golden.council).unwrap();
        let outline = Outline::parse(&read(&dir, &golden.report)).unwrap();
        let (text, first_line) = requests_text(&golden);
        let findings = check_requests(protocol, Some(&outline), &text, &settings(&golden)).unwrap();
        let mut by_line: BTreeMap<usize, Vec<&Finding>> = BTreeMap::new();
        for finding in &findings {
            let line = finding
                .interpretation
                .as_ref()
                .and_then(|i| i.line)
                .unwrap();
            by_line.entry(line).or_default().push(finding);
        }
        let score: &mut Score = scores.entry(name.clone()).or_default();
        for (i, case) in golden.request.iter().enumerate() {
            let got = by_line.get(&(first_line + i)).cloned().unwrap_or_default();
            let expectations = case.expectations();
            let strictest_expected = expectations
                .iter()
                .filter_map(|e| e.verdict)
                .max_by_key(|v| strictness(*v));
            // Each finding against its own expectation when the line split as expected,
            // else against them all.
            for (k, finding) in got.iter().enumerate() {
                let against: Vec<&Expect> = if got.len() == expectations.len() {
                    vec![&expectations[k]]
                } else {
                    expectations.iter().collect()
                };
                let allowed = against
                    .iter()
                    .all(|e| e.verdict == Some(Verdict::Permitted));
                if finding.verdict == Verdict::Permitted && !allowed {
                    unsafe_outcomes.push(format!(
                        "{name}: {:?} was called permitted; expected {:?}",
                        case.text, strictest_expected
                    ));
                }
            }
            for (k, expect) in expectations.iter().enumerate() {
                score.expectations += 1;
                let Some(finding) = got.get(k) else { continue };
                let expected = expect.verdict.expect("every expectation has a verdict");
                if finding.verdict == expected {
                    score.verdict_right += 1;
                } else if strictness(finding.verdict) > strictness(expected)
                    || finding.verdict == Verdict::Unclear
                {
                    score.more_cautious += 1;
                    cautious.push(format!(
                        "{name}: {:?} got {} where {} was expected",
                        case.text, finding.verdict, expected
                    ));
                } else {
                    score.less_cautious += 1;
                    lenient.push(format!(
                        "{name}: {:?} got {} where {} was expected",
                        case.text, finding.verdict, expected
                    ));
                }
                let reading = finding.interpretation.as_ref().unwrap();
                if let Some(action) = expect.action {
                    score.with_reading += 1;
                    let first = reading.actions.first().map(|a| a.value);
                    if first == Some(action) {
                        score.action_right += 1;
                    } else {
                        misread.push(format!(
                            "{name}: {:?} read as {first:?}, not {action}",
                            case.text
                        ));
                    }
                    let targets: Vec<Target> = reading.targets.iter().map(|t| t.value).collect();
                    if expect.targets.iter().all(|t| targets.contains(t)) {
                        score.target_right += 1;
                    }
                } else {
                    let missing: Vec<MissingPart> =
                        reading.missing.iter().map(|m| m.part).collect();
                    if expected == Verdict::Unclear && missing != expect.missing {
                        lenient.push(format!(
                            "{name}: {:?} is missing {missing:?}, expected {:?}",
                            case.text, expect.missing
                        ));
                    }
                }
            }
        }
    }
    Outcomes {
        scores,
        unsafe_outcomes,
        lenient,
        cautious,
        misread,
    }
}

#[test]
fn no_request_the_protocol_does_not_allow_is_called_permitted() {
    let unsafe_outcomes = run_requests().unsafe_outcomes;
    assert!(
        unsafe_outcomes.is_empty(),
        "UNSAFE outcomes:\n{}",
        unsafe_outcomes.join("\n")
    );
}

#[test]
fn golden_verdicts_follow_from_the_rules() {
    for (name, _, golden) in load_all() {
        for case in &golden.request {
            for expect in case.expectations() {
                if let Some(verdict) = verdict_of_correct_reading(&golden, &expect) {
                    assert_eq!(
                        Some(verdict),
                        expect.verdict,
                        "{name}: {:?}: the correct reading gets {verdict}",
                        case.text
                    );
                }
            }
        }
        assert!(golden.request.len() >= 20, "{name} needs 20+ requests");
    }
}

/// Accuracy on the golden set, printed with `--nocapture`; the floors stop regressions.
#[test]
fn interpretation_accuracy_stays_above_its_floor() {
    let Outcomes {
        scores,
        lenient,
        cautious,
        misread,
        ..
    } = run_requests();
    let mut total = Score::default();
    println!("report | expectations | verdict right | more cautious | less cautious | action right | target right");
    for (name, s) in &scores {
        println!(
            "{name} | {} | {} | {} | {} | {}/{} | {}/{}",
            s.expectations,
            s.verdict_right,
            s.more_cautious,
            s.less_cautious,
            s.action_right,
            s.with_reading,
            s.target_right,
            s.with_reading
        );
        total.expectations += s.expectations;
        total.verdict_right += s.verdict_right;
        total.more_cautious += s.more_cautious;
        total.less_cautious += s.less_cautious;
        total.action_right += s.action_right;
        total.target_right += s.target_right;
        total.with_reading += s.with_reading;
    }
    let rate = |n: usize, d: usize| n as f64 / d.max(1) as f64;
    let verdicts = rate(total.verdict_right, total.expectations);
    let actions = rate(total.action_right, total.with_reading);
    let targets = rate(total.target_right, total.with_reading);
    println!(
        "all | {} | {} ({:.0}%) | {} | {} | {:.0}% | {:.0}%",
        total.expectations,
        total.verdict_right,
        verdicts * 100.0,
        total.more_cautious,
        total.less_cautious,
        actions * 100.0,
        targets * 100.0
    );
    for miss in &misread {
        println!("action misread: {miss}");
    }
    for miss in &cautious {
        println!("more cautious: {miss}");
    }
    for miss in &lenient {
        println!("less cautious or misread: {miss}");
    }
    assert!(verdicts >= 0.9, "verdict accuracy fell to {verdicts:.2}");
    assert!(actions >= 0.9, "action accuracy fell to {actions:.2}");
    assert!(targets >= 0.9, "target accuracy fell to {targets:.2}");
    assert_eq!(
        total.less_cautious,
        0,
        "less cautious than the correct reading:\n{}",
        lenient.join("\n")
    );
}

#[test]
fn every_change_in_the_revised_copies_is_found_and_judged() {
    for (name, dir, golden) in load_all() {
        let Some(revised) = &golden.revised else {
            continue;
        };
        let protocol = councils::find(&golden.council).unwrap();
        let findings = check_revision(
            protocol,
            &read(&dir, &golden.report),
            &read(&dir, revised),
            &settings(&golden),
        )
        .unwrap();
        let mut unexpected: Vec<String> = Vec::new();
        let mut matched = vec![false; golden.change.len()];
        for finding in &findings {
            let reading = finding.interpretation.as_ref().unwrap();
            let change = reading.change.as_ref().unwrap();
            let draft = change.draft.as_ref().map(|p| p.paragraph.clone());
            let revised = change.revised.as_ref().map(|p| p.paragraph.clone());
            let expected = golden
                .change
                .iter()
                .position(|c| c.draft == draft && c.revised == revised);
            let Some(k) = expected else {
                unexpected.push(format!(
                    "{name}: unexpected {} {:?} → {:?} ({})",
                    change.kind, draft, revised, change.reason
                ));
                continue;
            };
            matched[k] = true;
            let case = &golden.change[k];
            let shown = format!(
                "{name}: {:?} → {:?}: {} ({})",
                draft, revised, change.kind, change.reason
            );
            assert_eq!(change.kind.to_string(), case.kind, "{shown}");
            assert_eq!(reading.actions[0].value, case.action, "{shown}");
            assert!(
                !(finding.verdict == Verdict::Permitted && case.verdict != Verdict::Permitted),
                "UNSAFE: {shown} was called permitted, expected {}",
                case.verdict
            );
            assert_eq!(finding.verdict, case.verdict, "{shown}");
            assert!(
                !change.diff.is_empty(),
                "{shown}: the change shows its diff"
            );
        }
        let missed: Vec<String> = golden
            .change
            .iter()
            .zip(&matched)
            .filter(|(_, m)| !**m)
            .map(|(c, _)| format!("{name}: missed {} {:?} → {:?}", c.kind, c.draft, c.revised))
            .collect();
        assert!(
            unexpected.is_empty() && missed.is_empty(),
            "{}\n{}",
            unexpected.join("\n"),
            missed.join("\n")
        );
    }
}
