// A small Bolsover-style report, a Member's requests and a revised copy, with the verdicts
// core gives them (checked against `protocol-check consult`), for the end-to-end tests.
export const REPORT = `Disposal of the Mill Lane depot

1. PURPOSE OF REPORT
1.1 To decide the future of the Mill Lane depot.

2. RECOMMENDATIONS
2.1 That Executive approves Option B, the sale of the depot.

3. OPTIONS CONSIDERED
3.1 Option A: retain the depot.
3.2 Option B: sell the depot for £95,000.
3.3 Option C: lease the depot.

4. CONSULTATION
4.1 A petition of 300 signatures opposed the sale.

5. KEY DECISION
5.1 This is a key decision.
`;

export const REQUESTS = [
  "Please drop Option C from section 3.",
  "Take out 5.1 - I do not want this flagged as a key decision",
  "Leave out the petition",
  "Could you fix the typo in 1.1?",
  "Make it nicer",
].join("\n");

export const VERDICTS = ["not_permitted", "not_permitted", "not_permitted", "permitted", "unclear"];

/// £95,000 → £59,000 (a figure: alter), Option C reworded, the petition deleted.
export const REVISED = REPORT
  .replace("sell the depot for £95,000", "sell the depot for £59,000")
  .replace("Option C: lease the depot.", "Option C: lease the depot to the trust.")
  .replace("4.1 A petition of 300 signatures opposed the sale.\n", "");

export const REVISION_VERDICTS = ["officer_judgement", "permitted", "not_permitted"];
