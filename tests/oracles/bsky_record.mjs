// Test oracle: validates Bluesky records against the lexicons shipped in npm @atproto/api.
// Input on stdin: a JSON array of records (with their $type). Output: a JSON array with, per
// record, null when the lexicon accepts it, else the validator's message.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(new URL("../js/package.json", import.meta.url));
const { lexicons, jsonToLex } = await import(require.resolve("@atproto/api"));

const records = JSON.parse(readFileSync(0, "utf8"));
const results = records.map((record) => {
  try {
    lexicons.assertValidRecord(record.$type, jsonToLex(record));
    return null;
  } catch (error) {
    return String(error.message || error);
  }
});
process.stdout.write(JSON.stringify(results));
