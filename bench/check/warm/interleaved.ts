// Warm checks, as shipped: bundled like the CLI and run in a fresh process by bench.ts. Every
// message is checked by raw harper.js and by our full check in turn, the order alternating, and
// each call's wall-clock and CPU time is printed as JSON.
import { readFileSync } from "node:fs";
import { LocalLinter } from "harper.js";
import { slimBinary } from "harper.js/slimBinary";
import { proofread, type CheckContext } from "../../../src/core/check/index.js";
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
const full = new HarperEngine();
await full.start();
const instant = new NspellEngine(readEnglishDictionary);
await instant.start();
const engines = { full, instant };
const rawCheck = (text: string) => async () => {
  const lints = await raw.lint(text, { language: "plaintext" });
  for (const lint of lints) lint.free();
};
const ourCheck = (message: Message) => () => proofread(message.text, message.context, engines);

for (const message of messages) {
  await rawCheck(message.text)();
  await ourCheck(message)();
  await ourCheck(message)();
}
const theirs: Sample[][] = messages.map(() => []);
const ours: Sample[][] = messages.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [i, message] of messages.entries()) {
    if ((round + i) % 2 === 0) {
      theirs[i]!.push(await measure(rawCheck(message.text)));
      ours[i]!.push(await measure(ourCheck(message)));
    } else {
      ours[i]!.push(await measure(ourCheck(message)));
      theirs[i]!.push(await measure(rawCheck(message.text)));
    }
  }
}
await full.stop();
await instant.stop();
await raw.dispose();
console.log(JSON.stringify({ theirs, ours }));
process.exit(0);
