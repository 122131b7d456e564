// Cold start, as a person opening Afterword meets it: from process start to the first findings
// (dictionary spelling and our rules), with harper loading behind them. Bundled and run by bench.ts.
import { readFileSync } from "node:fs";
import { Proofreader, type CheckContext } from "../../../src/core/check/index.js";
import { nodeEngines } from "../../../src/engines/node-engines.js";

const { text, context } = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as {
  text: string;
  context: CheckContext;
};
const proofreader = new Proofreader(nodeEngines());
const first = await proofreader.checkNow(text, context);
const firstMs = performance.now();
console.log(JSON.stringify({ firstMs, engine: first.engine, findings: first.findings.length }));
process.exit(0);
