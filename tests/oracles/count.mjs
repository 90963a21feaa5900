// Test oracle: counts texts with the platforms' own reference implementations.
// Input on stdin: a JSON array of strings. Output on stdout: a JSON array with, per text,
// X's weighted length and URLs (twitter-text), Bluesky's graphemes and UTF-8 bytes
// (@atproto/api RichText) and the SMS encoding, segments and non-GSM characters
// (sms-segments-calculator). Packages resolve from tests/js/node_modules.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(new URL("../js/package.json", import.meta.url));
const twitter = require("twitter-text");
const { RichText } = await import(require.resolve("@atproto/api"));
const { SegmentedMessage } = require("sms-segments-calculator");

const texts = JSON.parse(readFileSync(0, "utf8"));
const results = texts.map((text) => {
  const tweet = twitter.parseTweet(text);
  const rich = new RichText({ text });
  const sms = new SegmentedMessage(text);
  return {
    x_weighted_length: tweet.weightedLength,
    x_valid: tweet.valid,
    x_urls: twitter.extractUrls(text),
    bluesky_graphemes: rich.graphemeLength,
    bluesky_bytes: rich.length,
    sms_encoding: sms.encodingName === "GSM-7" ? "gsm7" : "ucs2",
    sms_segments: sms.segmentsCount,
  };
});
process.stdout.write(JSON.stringify(results));
