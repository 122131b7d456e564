import { setFlagsFromString } from "node:v8";
import { commandWord } from "./command-word.js";

/**
 * The command lines that proofread with the grammar engine (harper.js), and the words with which
 * they do not. Its 16 MB of WebAssembly takes longer to compile, off the main thread, than the rest
 * of the command takes to load and read the store: these start it before anything else.
 */
const PROOFREADING: Record<string, readonly string[]> = {
  check: ["--quick", "--rules", "--help", "-h"],
  draft: ["show", "--help", "-h"],
};

/** The commands that keep running until stopped; every other one exits when its work is done. */
const LASTING = new Set(["serve", "worker"]);

/** True when this command line will proofread: a wrong guess costs only time, never a result. */
export function willProofread(argv: readonly string[]): boolean {
  const word = commandWord(argv);
  const unless = word === undefined ? undefined : PROOFREADING[word];
  return unless !== undefined && !argv.some((arg) => unless.includes(arg));
}

/**
 * Sets up the process for the command line before anything else is loaded: starts the engines a
 * proofreading command needs, and keeps a command that exits when done from optimising harper's
 * WebAssembly. V8 recompiles the functions harper's start-up runs most with its optimising compiler,
 * on other threads, and the process waits for that work at exit: about 3 s of processor time and
 * 200 MB for code a one-off check never runs. Its baseline compiler alone is as fast for one check.
 */
export function startEarly(argv: readonly string[]): void {
  const word = commandWord(argv);
  // Before any WebAssembly is compiled, as V8 asks of a flag set at run time.
  if (word === undefined || !LASTING.has(word)) setFlagsFromString("--liftoff-only");
  if (!willProofread(argv)) return;
  import("../engines/node-engines.js").then(
    (engines) => engines.preloadNodeEngines(),
    // The command reports an engine that cannot load when it checks; here it is only early.
    () => undefined,
  );
}
