// Compiled by types.test.mjs with `tsc --strict --noEmit` against the built package's .d.ts:
// an intranet developer's use of every export must type-check, and obvious mistakes must not.
import init, {
  checkAccess,
  checkRequests,
  checkRevision,
  councils,
  mount,
  outline,
  rules,
  type AccessFinding,
  type CheckResult,
  type Finding,
  type Verdict,
} from "../../../pkg/protocol_check_web.js";

export async function intranetPage(root: Element): Promise<string[]> {
  await init();
  const ids: string[] = councils().map((c) => c.id);
  const protocol = rules("bolsover");
  const quotes: string[] = protocol.report_rules.map((r) => `${r.paragraph}: ${r.quote}`);
  const accessQuotes: string[] = protocol.access_rules.map((r) => r.quote);
  const sections = outline("1. RECOMMENDATIONS\n1.1 Approve Option A.").sections;
  const kinds = sections.map((s) => s.kind);

  const result: CheckResult = checkRequests({
    council: "bolsover",
    report: "4. OPTIONS\n4.1 Option A: sell.\n4.2 Option B: lease.",
    requests: [
      "Please drop Option B",
      { action: "exclude", target: "option", paragraph: "4.2", answers: { option_relevant: "yes" } },
    ],
    requester: "committee_chair",
    reportKind: "decision_report",
    overrides: [{ section: 0, kind: "options" }],
    answers: [{ words: "Please drop Option B", answers: { changes_substance: "no" } }],
  });
  const verdicts: Verdict[] = result.findings.map((f: Finding) => f.verdict);
  const firstRule: string | undefined = result.findings[0]?.rules[0]?.paragraph;
  const understood: string | undefined = result.findings[0]?.interpretation?.actions[0]?.from;

  const revision = checkRevision({ council: "tower-hamlets", draft: "1.1 A.", revised: "1.1 B." });
  const diff = revision.findings[0]?.interpretation?.change?.diff.map((d) => d.op);

  const access: AccessFinding = checkAccess({
    council: "tower-hamlets",
    member: { roles: [{ role: "ward_member", wards: ["Bow East"] }] },
    document: { kind: "other_council_document", wards: ["Bow East"] },
    purpose: { kind: "ward_casework", reason: "A resident's complaint" },
  });
  const outcome: "statutory_right" | "need_to_know" | "must_show_need" | "no_right" = access.outcome;

  const app = mount(root, { panel: "check", council: "bolsover" });
  app.unmount();
  const whole = mount(root);
  whole.unmount();

  // @ts-expect-error: not a verdict word
  const wrong: Verdict = "allowed";
  // @ts-expect-error: actions are a closed vocabulary
  checkRequests({ council: "bolsover", requests: [{ action: "drop", target: "option" }] });
  // @ts-expect-error: a document needs its kind
  checkAccess({ council: "bolsover", member: {}, document: {} });

  return [
    ...ids, ...quotes, ...accessQuotes, ...kinds, ...verdicts, outcome, wrong,
    firstRule ?? "", understood ?? "", ...(diff ?? []),
  ];
}
