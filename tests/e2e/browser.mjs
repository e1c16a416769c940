// Shared by the end-to-end tests: Debian's Chromium through playwright-core, axe-core for
// accessibility, screenshots kept in ./screenshots, and a recorder of network requests.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import assert from "node:assert/strict";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = path.join(here, "screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8000";
export const DIST_DIR = process.env.DIST_DIR ?? path.join(here, "../../www/dist");
export const SINGLE_FILE_URL = pathToFileURL(path.join(DIST_DIR, "protocol-check.html")).href;

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// The flags Chromium needs on these machines: as root in a container, and with no network to
// reach Google's services (without them it tries, many times at once).
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/// A fresh page (own storage) that records every request made after its first load, and fails
/// the test on any uncaught page error.
export async function openPage(browser, url) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector(".pc-app");
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  return {
    page, context, errors, requests,
    /// Requests other than reloading the page itself.
    network: () => requests.filter((u) => u !== url && !u.startsWith("blob:") && !u.startsWith("data:")),
  };
}

/// Runs axe-core (WCAG 2.x A/AA and best practice) on the page as it is; fails on any violation.
/// axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so the
/// CSP under test stays exactly as shipped.
export async function assertAccessible(page, screen) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] }),
  );
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${screen}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
