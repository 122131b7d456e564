// Cold start of harper.js alone, the baseline: from process start to its first lints of a message.
import { readFileSync } from "node:fs";
import { LocalLinter } from "harper.js";
import { slimBinary } from "harper.js/slimBinary";

const { text } = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as { text: string };
const linter = new LocalLinter({ binary: slimBinary });
await linter.setup();
const lints = await linter.lint(text, { language: "plaintext" });
const loadMs = performance.now();
console.log(JSON.stringify({ loadMs, lints: lints.length }));
process.exit(0);
