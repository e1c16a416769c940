// How an intranet uses the npm package: the JS API for its own markup, and mount() for the app.
import init, { checkRequests, mount } from "./pkg/protocol_check_web.js";

await init();

const result = checkRequests({
  council: "west-lindsey",
  requests: [
    { action: "exclude", target: "statutory_statement", text: "Take out the key decision paragraph." },
  ],
});
const finding = result.findings[0];
const answer = document.getElementById("quick-check-answer");
// textContent, never innerHTML: findings quote Members' own words.
answer.textContent = `${finding.verdict.replace("_", " ")}: ${finding.reason} (paragraph ${finding.rules.map((r) => r.paragraph).join(", ")})`;

mount(document.getElementById("protocol-check"), { council: "west-lindsey", storageKey: "intranet-example" });
