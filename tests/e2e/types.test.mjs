// The package's TypeScript (pkg/protocol_check_web.d.ts, built by `cargo xtask dist`) is what an
// intranet developer compiles against: types/usage.ts uses every export as documented and must
// type-check under --strict, and its @ts-expect-error lines (a wrong verdict word, an unknown
// action, a document without its kind) must be rejected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

test("the package's types compile an intranet page's use of every export, and reject mistakes", () => {
  const tsc = spawnSync(
    process.execPath,
    [`${here}node_modules/typescript/bin/tsc`, "-p", `${here}types/tsconfig.json`],
    { encoding: "utf8" },
  );
  assert.equal(tsc.status, 0, `tsc reported:\n${tsc.stdout}${tsc.stderr}`);
});
