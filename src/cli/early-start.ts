import { setFlagsFromString } from "node:v8";
import { commandWord } from "./command-word.js";

/**
 * The command lines that proofread with the grammar engine (harper.js), the words with which they
 * do not, and whether the dictionary will likely be asked too. harper's 16 MB of WebAssembly takes
 * longer to compile, off the main thread, than the rest of the command takes to load and read the
 * store: these start it before anything else.
 */
const PROOFREADING: Record<string, { unless: readonly string[]; dictionary: boolean }> = {
  // A note the candidate wrote: harper doubts a word of about a third of them (a name, a
  // possessive), and the dictionary is then asked for a second opinion.
  check: { unless: ["--quick", "--rules", "--help", "-h"], dictionary: true },
  // Written from the record's own words, which harper is taught: it seldom doubts one.
  draft: { unless: ["show", "--help", "-h"], dictionary: false },
};

/** The commands that keep running until stopped; every other one exits when its work is done. */
const LASTING = new Set(["serve", "worker"]);

/**
 * What this command line will proofread with, when it will: a wrong guess costs only time and
 * memory, never a result.
 */
export function proofreadingOf(argv: readonly string[]): { dictionary: boolean } | null {
  const word = commandWord(argv);
  const known = word === undefined ? undefined : PROOFREADING[word];
  if (!known || argv.some((arg) => known.unless.includes(arg))) return null;
  return { dictionary: known.dictionary };
}

/**
 * Sets up the process for the command line before anything else is loaded: starts the engines a
 * proofreading command needs, and keeps a command that exits when done from optimising harper's
 * WebAssembly. V8 recompiles the functions harper's start-up runs most with its optimising compiler,
 * on other threads, and the process waits for that work at exit: about 3 s of processor time and
 * 200 MB for code a one-off check never runs. Its baseline compiler alone is as fast for one check.
 */
export function startEarly(argv: readonly string[]): { done(code: number): Promise<void> } {
  const word = commandWord(argv);
  // Before any WebAssembly is compiled, as V8 asks of a flag set at run time.
  if (word === undefined || !LASTING.has(word)) setFlagsFromString("--liftoff-only");
  const proofreading = proofreadingOf(argv);
  if (!proofreading) return { done: async () => undefined };
  import("../engines/node-engines.js").then(
    (engines) => engines.preloadNodeEngines(proofreading),
    // The command reports an engine that cannot load when it checks; here it is only early.
    () => undefined,
  );
  return {
    // A command that stopped before it proofread (a file it could not read, an unknown interview)
    // would otherwise wait for the engines to finish loading before its process ends.
    async done(code) {
      await Promise.all([process.stdout, process.stderr].map((stream) => flushed(stream)));
      process.exit(code);
    },
  };
}

/** Resolves once everything written to the stream so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}
