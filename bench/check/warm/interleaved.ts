// Warm checks, as shipped: bundled like the CLI and run in a fresh process by bench.ts. Every
// message is checked by raw harper.js, by our full check, by a second raw harper.js (the control:
// how far apart two identical linters read on this machine) and by our check's own harper call
// alone (the same linter our check uses, without our rules), in an order that rotates. Each
// call's wall-clock and CPU time is written as JSON to the file named second.
import { readFileSync, writeFileSync } from "node:fs";
import { LocalLinter } from "harper.js";
import { slimBinary } from "harper.js/slimBinary";
import { proofread, type CheckContext } from "../../../src/core/check/index.js";
import { vocabularyOf } from "../../../src/core/check/vocabulary.js";
import { readEnglishDictionary } from "../../../src/engines/dictionary-files.js";
import { HarperEngine } from "../../../src/engines/harper.engine.js";
import { NspellEngine } from "../../../src/engines/nspell.engine.js";

interface Message {
  text: string;
  context: CheckContext;
}
interface Sample {
  wall: number;
  cpu: number;
}

const { messages, rounds } = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as {
  messages: Message[];
  rounds: number;
};

/** Wall-clock and CPU milliseconds of one call; CPU time is what the call costs on a busy machine. */
async function measure(work: () => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const raw = new LocalLinter({ binary: slimBinary });
await raw.setup();
const control = new LocalLinter({ binary: slimBinary });
await control.setup();
const full = new HarperEngine();
await full.start();
const instant = new NspellEngine(readEnglishDictionary);
await instant.start();
const engines = { full, instant };
const lintWith = (linter: LocalLinter) => (message: Message) => async () => {
  const lints = await linter.lint(message.text, { language: "plaintext" });
  for (const lint of lints) lint.free();
};
const checks = {
  theirs: lintWith(raw),
  ours: (message: Message) => () => proofread(message.text, message.context, engines),
  control: lintWith(control),
  engine: (message: Message) => () => full.check(message.text, vocabularyOf(message.context).terms),
};
const order = Object.keys(checks) as (keyof typeof checks)[];

for (const message of messages) {
  for (const name of order) await checks[name](message)();
  await checks.ours(message)();
}
const samples = Object.fromEntries(
  order.map((name) => [name, messages.map((): Sample[] => [])]),
) as Record<keyof typeof checks, Sample[][]>;
for (let round = 0; round < rounds; round++) {
  for (const [i, message] of messages.entries()) {
    for (let k = 0; k < order.length; k++) {
      const name = order[(round + i + k) % order.length]!;
      samples[name][i]!.push(await measure(checks[name](message)));
    }
  }
}
await full.stop();
await instant.stop();
await raw.dispose();
await control.dispose();
// A file, not stdout: exiting straight after a large write to a pipe can cut it short.
writeFileSync(process.argv[3]!, JSON.stringify(samples));
process.exit(0);
