// The single-file page opened from disk (file://), as an officer who saved it would: it works
// with no server and no network, keeps work across reloads, and renders fast enough.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { launch, openPage, assertAccessible, screenshot, SINGLE_FILE_URL, DIST_DIR } from "./browser.mjs";
import { REPORT, REQUESTS, VERDICTS } from "./fixtures.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the offline page works from file:// with no network", async () => {
  const { page, context, errors, network } = await openPage(browser, SINGLE_FILE_URL);
  assert.equal(await page.locator("#save-offline").count(), 0, "no download link in the saved copy");
  await page.selectOption("#council", "bolsover");
  await page.fill("#report-text", REPORT);
  await page.fill("#requests-text", REQUESTS);
  const verdicts = () => page.locator(".pc-finding[data-verdict]").evaluateAll((cards) => cards.map((c) => c.dataset.verdict));
  await page.waitForFunction((n) => document.querySelectorAll(".pc-finding[data-verdict]").length === n, VERDICTS.length);
  assert.deepEqual(await verdicts(), VERDICTS);
  await assertAccessible(page, "offline page");
  await screenshot(page, "10-offline");

  await page.reload();
  await page.waitForSelector("#finding-4-card");
  assert.equal(await page.inputValue("#requests-text"), REQUESTS);
  assert.deepEqual(await verdicts(), VERDICTS);
  await page.click("#clear-all");
  await page.click("#clear-confirm");
  assert.equal(await page.locator(".pc-finding").count(), 0);

  assert.deepEqual(network(), [], "no network requests after load");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page saved with the app already rendered shows the app once", async () => {
  const { page, context } = await openPage(browser, SINGLE_FILE_URL);
  await page.selectOption("#council", "bolsover");
  // What "Save Page As" writes: the DOM as it is now, scripts included.
  const saved = await page.content();
  const file = path.join(DIST_DIR, "saved-copy.html");
  writeFileSync(file, saved);
  await context.close();
  const copy = await openPage(browser, `file://${path.resolve(file)}`);
  assert.equal(await copy.page.locator(".pc-app").count(), 1);
  assert.equal(await copy.page.locator("#council").count(), 1);
  assert.deepEqual(copy.errors, []);
  await copy.context.close();
});

test("first render from file:// (measured for the budget)", async () => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(SINGLE_FILE_URL);
    await page.waitForSelector(".pc-app");
    times.push(await page.evaluate(() => performance.getEntriesByName("protocol-check:first-render")[0].startTime));
    await context.close();
  }
  const file = process.env.METRICS_FILE;
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ firstRenderMs: times }) + "\n");
  }
  console.log(`first render from file:// (ms): ${times.map((t) => t.toFixed(0)).join(", ")}`);
});
