// The app as an officer uses it, served over HTTP by `cargo xtask test` (BASE_URL): choosing a
// council, checking requests, correcting a section, the officer's answers that change a verdict,
// autosave across reload, the reply, the protocol, export, clearing, bad input, keyboard-only
// use, accessibility, and no network.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, openPage, assertAccessible, screenshot, BASE_URL } from "./browser.mjs";
import { REPORT, REQUESTS, VERDICTS, REVISED, REVISION_VERDICTS } from "./fixtures.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const url = `${BASE_URL}/`;

const verdicts = (page) => page.locator(".pc-finding[data-verdict]").evaluateAll((cards) => cards.map((c) => c.dataset.verdict));
const verdict = (page, i) => page.locator(`#finding-${i}-card`).getAttribute("data-verdict");

test("an officer checks a Member's requests under Bolsover's protocol, and the work survives a reload", async () => {
  const { page, context, errors, network } = await openPage(browser, url);
  await assertAccessible(page, "start");
  await screenshot(page, "01-start");

  await page.selectOption("#council", "bolsover");
  await page.waitForSelector("text=Guidance, not a decision");
  await page.fill("#report-title", "Disposal of the Mill Lane depot");
  await page.fill("#report-text", REPORT);
  await page.waitForSelector("#section-5-kind");
  assert.equal(await page.inputValue("#section-3-kind"), "options");
  await page.fill("#requests-text", REQUESTS);
  await page.waitForFunction((n) => document.querySelectorAll(".pc-finding[data-verdict]").length === n, VERDICTS.length);
  assert.deepEqual(await verdicts(page), VERDICTS);
  const drop = page.locator("#finding-1-card");
  assert.match(await drop.innerText(), /Not permitted/);
  assert.match(await drop.innerText(), /Paragraph 5\.4\.7/);
  assert.match(await drop.innerText(), /Take out 5\.1/);

  // The unclear request: the officer says what it asks, and the verdict follows.
  await page.selectOption("#finding-4-action", "alter");
  await page.selectOption("#finding-4-target", "recommendation");
  assert.notEqual(await verdict(page, 4), "unclear");
  await assertAccessible(page, "check with findings");
  await screenshot(page, "02-check");

  // Correcting a section's kind changes the verdict of a request about it.
  await page.fill("#requests-text", "Can you reword paragraph 1.1 to make it clearer?");
  await page.waitForFunction(() => document.querySelectorAll(".pc-finding[data-verdict]").length === 1);
  assert.equal(await verdict(page, 0), "permitted");
  await page.selectOption("#section-1-kind", "key_decision");
  await page.waitForFunction(() => document.querySelector("#finding-0-card").dataset.verdict !== "permitted");
  assert.equal(await verdict(page, 0), "officer_judgement");

  // The officer answers the question the verdict turns on, and the verdict follows; the answer
  // is kept with the request's words and survives a reload.
  const substance = page.locator("#finding-0 fieldset", { hasText: "Would the change alter the substance" });
  await substance.getByLabel("No", { exact: true }).check();
  await page.waitForFunction(() => document.querySelector("#finding-0-card").dataset.verdict === "permitted");
  await assertAccessible(page, "answers");
  await screenshot(page, "12-answers");
  await substance.getByLabel("Yes", { exact: true }).check();
  await page.waitForFunction(() => document.querySelector("#finding-0-card").dataset.verdict === "not_permitted");
  await page.reload();
  await page.waitForSelector("#finding-0-card");
  assert.equal(await verdict(page, 0), "not_permitted");
  assert.equal(await page.isChecked("#finding-0-changes_substance-yes"), true);
  await page.fill("#requests-text", REQUESTS);
  await page.waitForFunction((n) => document.querySelectorAll(".pc-finding[data-verdict]").length === n, VERDICTS.length);

  await page.reload();
  await page.waitForSelector("#finding-4-card");
  assert.equal(await page.inputValue("#council"), "bolsover");
  assert.equal(await page.inputValue("#report-title"), "Disposal of the Mill Lane depot");
  assert.equal(await page.inputValue("#requests-text"), REQUESTS);
  assert.equal(await page.inputValue("#section-1-kind"), "key_decision");
  assert.equal(await page.inputValue("#finding-4-action"), "alter");

  await page.click("#tab-reply");
  await page.fill("#reply-member", "Councillor Patel");
  const reply = await page.inputValue("#reply-text");
  assert.match(reply, /^Dear Councillor Patel,/);
  assert.match(reply, /Disposal of the Mill Lane depot/);
  assert.match(reply, /5\.4\.7/);
  await assertAccessible(page, "reply");
  await screenshot(page, "03-reply");

  await page.click("#tab-protocol");
  assert.match(await page.locator("#panel-protocol").innerText(), /Paragraph 5\.4\.7/);
  await assertAccessible(page, "protocol");
  await screenshot(page, "04-protocol");

  await page.click("#tab-export");
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
  const exported = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(exported.council, "bolsover");
  assert.deepEqual(exported.findings.slice(0, 4).map((f) => f.verdict), VERDICTS.slice(0, 4));
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
  assert.match(readFileSync(await csv.path(), "utf8"), /not_permitted/);
  await assertAccessible(page, "export");
  await screenshot(page, "05-export");
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "06-print");
  await page.emulateMedia({ media: "screen" });

  await page.click("#clear-all");
  await page.click("#clear-confirm");
  assert.equal(await page.inputValue("#council"), "");
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await page.waitForSelector(".pc-app");
  assert.equal(await page.inputValue("#council"), "");

  assert.deepEqual(network(), [], "no network requests after load");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Member's revised copy: each change with its diff and verdict", async () => {
  const { page, context, errors } = await openPage(browser, url);
  await page.selectOption("#council", "bolsover");
  await page.fill("#report-text", REPORT);
  await page.check("#source-revision");
  await page.fill("#revised-text", REVISED);
  await page.waitForFunction((n) => document.querySelectorAll(".pc-finding[data-verdict]").length === n, REVISION_VERDICTS.length);
  assert.deepEqual(await verdicts(page), REVISION_VERDICTS);
  const figure = page.locator("#finding-0-card");
  assert.match(await figure.locator("del").first().innerText(), /deleted:\s*£95,000/);
  assert.match(await figure.locator("ins").first().innerText(), /£59,000/);
  await assertAccessible(page, "revision");
  await screenshot(page, "09-revision");
  assert.deepEqual(errors, []);
  await context.close();
});

test("need to know: a ward councillor asks for an exempt report", async () => {
  const { page, context, errors } = await openPage(browser, url);
  await page.selectOption("#council", "tower-hamlets");
  await page.click("#tab-access");
  await page.selectOption("#access-document-kind", "exempt_report");
  await page.selectOption("#access-meeting", "executive");
  await page.selectOption("#access-exempt-paragraph", "3");
  await page.check("#access-role-ward_member");
  await page.fill("#access-role-ward_member-wards", "Bow East");
  await page.selectOption("#access-purpose", "curiosity");
  const outcome = page.locator("#access-outcome");
  await outcome.waitFor();
  const shown = await outcome.getAttribute("data-outcome");
  assert.ok(["no_right", "must_show_need"].includes(shown), `curiosity is never a need to know (got ${shown})`);
  assert.match(await page.inputValue("#access-letter"), /^Dear /);
  await assertAccessible(page, "need to know");
  await screenshot(page, "11-access");
  assert.deepEqual(errors, []);
  await context.close();
});

test("bad input shows an error summary and keeps the work", async () => {
  const { page, context, errors } = await openPage(browser, url);
  await page.selectOption("#council", "manchester");
  await page.fill("#report-text", "4. OPTIONS\n4.1 Option A: sell.");
  // A 20 MB paste, as the browser delivers it: one input event with the whole text.
  await page.evaluate(() => {
    const area = document.getElementById("report-text");
    area.value = "x".repeat(20 * 1024 * 1024);
    area.dispatchEvent(new InputEvent("input", { bubbles: true }));
  });
  const summary = page.locator(".govuk-error-summary");
  await summary.waitFor();
  assert.match(await summary.innerText(), /20\.0 MB/);
  assert.equal(await page.inputValue("#report-text"), "4. OPTIONS\n4.1 Option A: sell.");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("govuk-error-summary")), true);
  await assertAccessible(page, "error summary");
  await screenshot(page, "07-error");

  await page.setInputFiles("#report-text-file", { name: "report.txt", mimeType: "text/plain", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]) });
  await page.waitForSelector("text=looks like a binary file");
  await page.setInputFiles("#report-text-file", { name: "report.md", mimeType: "text/markdown", buffer: Buffer.from("2. RECOMMENDATIONS\n2.1 Approve the sale.") });
  await page.waitForFunction(() => document.getElementById("report-text").value.startsWith("2. RECOMMENDATIONS"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the CSP forbids network connections", async () => {
  const { page, context } = await openPage(browser, url);
  const outcome = await page.evaluate(() => fetch("http://127.0.0.1:9/").then(() => "connected", () => "blocked"));
  assert.equal(outcome, "blocked");
  const csp = await page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content");
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:/);
  await context.close();
});

test("every control can be reached and used with the keyboard alone", async () => {
  const { page, context } = await openPage(browser, url);
  await page.selectOption("#council", "west-lindsey");
  await page.fill("#report-text", REPORT);
  await page.fill("#requests-text", "Drop option C\nMake it nicer");
  await page.waitForSelector("#finding-1-action");
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.evaluate(() => document.activeElement.blur());

  // A radio group is one Tab stop (arrow keys move within it), so it counts once, by name.
  const key = () => {
    window.controlKey = (e) => (e.type === "radio" ? `radios:${e.name}` : e.id || e.name || e.textContent.trim());
  };
  await page.evaluate(key);
  const controls = [...new Set(await page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input, select, textarea, summary")]
      .filter((e) => !e.disabled && e.offsetParent !== null)
      .map(window.controlKey)))];
  const reached = new Set();
  for (let i = 0; i < controls.length * 3 && reached.size < controls.length + 1; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => window.controlKey(document.activeElement)));
  }
  const missed = controls.filter((c) => !reached.has(c));
  assert.deepEqual(missed, [], "controls the Tab key never reached");

  // Operate: a screen by Enter, a select by arrow keys, a radio by Space.
  await page.focus("#tab-protocol");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#panel-protocol");
  await page.focus("#tab-check");
  await page.keyboard.press("Enter");
  await page.focus("#finding-1-target");
  await page.keyboard.press("ArrowDown");
  assert.notEqual(await page.inputValue("#finding-1-target"), "");
  await page.focus("#source-revision");
  await page.keyboard.press("Space");
  await page.waitForSelector("#revised-text");
  await context.close();
});

test("the embedding example uses the JS API and mounts the app", async () => {
  const { page, context, errors, network } = await openPage(browser, `${BASE_URL}/embed-example.html`);
  const answer = page.locator("#quick-check-answer");
  await page.waitForFunction(() => !document.getElementById("quick-check-answer").textContent.startsWith("Checking"));
  assert.match(await answer.innerText(), /^not permitted: /);
  assert.equal(await page.inputValue("#council"), "west-lindsey");
  await assertAccessible(page, "embed example");
  await screenshot(page, "08-embed-example");
  assert.deepEqual(network(), []);
  assert.deepEqual(errors, []);
  await context.close();

  const hosted = await openPage(browser, `${BASE_URL}/hosted.html`);
  await hosted.page.selectOption("#council", "broxtowe");
  await hosted.page.waitForSelector("text=Guidance, not a decision");
  assert.deepEqual(hosted.errors, []);
  await hosted.context.close();
});

test("markup in the report, the requests and the title is shown as text, never run", async () => {
  const { page, context, errors, network } = await openPage(browser, url);
  await page.selectOption("#council", "bolsover");
  const hostile = `<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>`;
  await page.fill("#report-title", `Depot ${hostile}`);
  await page.fill("#report-text", `4. OPTIONS\n4.1 Option A: sell ${hostile}\n4.2 Option B: lease.`);
  await page.fill("#requests-text", `Please drop Option B ${hostile}`);
  await page.waitForFunction(() => document.querySelectorAll(".pc-finding[data-verdict]").length === 1);
  assert.equal(await verdict(page, 0), "not_permitted");
  assert.match(await page.locator("#finding-0-card").innerText(), /<img src=x onerror=/);
  await page.click("#tab-reply");
  assert.match(await page.inputValue("#reply-text"), /<script>window\.__ran=2<\/script>/);
  await page.click("#tab-check");
  assert.equal(await page.evaluate(() => window.__ran), undefined, "no injected script ran");
  assert.equal(await page.locator(".pc-app img, .pc-app script").count(), 0, "no injected element");
  assert.deepEqual(network(), [], "no network requests (not even for src=x)");
  assert.deepEqual(errors, []);
  await context.close();
});
