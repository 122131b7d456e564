// Warm checks, as shipped: bundled like the CLI and run in a fresh process by bench.ts. Every
// message is checked by raw harper.js, by our full check, by a second raw harper.js (the control:
// how far apart two identical linters read on this machine) and by our check's own harper call
// alone (the same linter configuration our check uses, without our rules), in a shuffled order.
// Each call's wall-clock and CPU time is written as JSON to the file named second.
//
// harper.js keeps the lints of each stretch of text it has read, so a text it has checked before
// comes back about four times faster. In `new` mode every round has fresh harper engines, loaded
// and warmed up, so each check is harper's first of its text, as a candidate's check of a new
// message is. In `again` mode the same engines check the same texts round after round.
import { readFileSync, writeFileSync } from "node:fs";
import { LocalLinter } from "harper.js";
import { slimBinary } from "harper.js/slimBinary";
import { proofread, type CheckContext } from "../../../src/core/check/index.js";
import { vocabularyOf } from "../../../src/core/check/vocabulary.js";
import { readEnglishDictionary } from "../../../src/engines/dictionary-files.js";
import { WARM_UP } from "../../../src/engines/harper-config.js";
import { HarperEngine } from "../../../src/engines/harper.engine.js";
import { NspellEngine } from "../../../src/engines/nspell.engine.js";
import { random } from "../inject.js";

interface Message {
  text: string;
  context: CheckContext;
}
interface Sample {
  wall: number;
  cpu: number;
}

const { messages, rounds, mode } = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as {
  messages: Message[];
  rounds: number;
  mode: "new" | "again";
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

/** Raw harper.js as its documentation sets it up, warmed up on the same text our engine uses. */
async function rawHarper(): Promise<LocalLinter> {
  const linter = new LocalLinter({ binary: slimBinary });
  await linter.setup();
  for (const lint of await linter.lint(WARM_UP, { language: "plaintext" })) lint.free();
  return linter;
}

interface Engines {
  raw: LocalLinter;
  control: LocalLinter;
  full: HarperEngine;
  /**
   * The harper call of our check measured alone. For new messages it is an engine of its own, so
   * neither reads the other's memory of the text; for texts checked again it is `full` itself.
   */
  alone: HarperEngine;
}

/** The dictionary is loaded once, as in a session: it is tens of megabytes of objects to collect. */
const instant = new NspellEngine(readEnglishDictionary);
await instant.start();

async function startEngines(): Promise<Engines> {
  const full = new HarperEngine();
  const alone = mode === "new" ? new HarperEngine() : full;
  await Promise.all([full.start(), alone.start()]);
  // A session that has checked notes for these interviews already knows their words.
  for (const { context } of messages) {
    const words = vocabularyOf(context).terms;
    await full.check("", words);
    await alone.check("", words);
    await instant.check("", words);
  }
  return { raw: await rawHarper(), control: await rawHarper(), full, alone };
}

async function stopEngines(engines: Engines): Promise<void> {
  await Promise.all([
    engines.raw.dispose(),
    engines.control.dispose(),
    engines.full.stop(),
    engines.alone.stop(),
  ]);
  // The last round's linters are garbage now: collected here rather than during a reading.
  (globalThis as { gc?: () => void }).gc?.();
}

const lintWith = (linter: LocalLinter, text: string) => async () => {
  const lints = await linter.lint(text, { language: "plaintext" });
  for (const lint of lints) lint.free();
};
const checks = {
  theirs: (engines: Engines, message: Message) => lintWith(engines.raw, message.text),
  ours: (engines: Engines, message: Message) => () =>
    proofread(message.text, message.context, { full: engines.full, instant }),
  control: (engines: Engines, message: Message) => lintWith(engines.control, message.text),
  engine: (engines: Engines, message: Message) => () =>
    engines.alone.check(message.text, vocabularyOf(message.context).terms),
};
const order = Object.keys(checks) as (keyof typeof checks)[];
const samples = Object.fromEntries(
  order.map((name) => [name, messages.map((): Sample[] => [])]),
) as Record<keyof typeof checks, Sample[][]>;

/**
 * The order of the four checks is shuffled for each message: a check that always follows the same
 * other reads a few percent off. Seeded, so every run draws the same orders.
 */
const draw = random(20261123);

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(draw() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function checkEach(engines: Engines, record: boolean): Promise<void> {
  for (const [i, message] of messages.entries()) {
    for (const name of shuffled(order)) {
      const sample = await measure(checks[name](engines, message));
      if (record) samples[name][i]!.push(sample);
    }
  }
}

if (mode === "new") {
  // One unrecorded round first, so the code of every path has been compiled before any reading.
  for (let round = 0; round <= rounds; round++) {
    const engines = await startEngines();
    await checkEach(engines, round > 0);
    await stopEngines(engines);
  }
} else {
  const engines = await startEngines();
  await checkEach(engines, false);
  for (let round = 0; round < rounds; round++) await checkEach(engines, true);
  await stopEngines(engines);
}
await instant.stop();
// A file, not stdout: exiting straight after a large write to a pipe can cut it short.
writeFileSync(process.argv[3]!, JSON.stringify(samples));
process.exit(0);
