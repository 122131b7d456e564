import { startEarly } from "./early-start.js";
import { ExitCode } from "./exit-code.js";

// Before the rest of the command line is even parsed: see early-start.ts.
const early = startEarly(process.argv.slice(2));

process.on("SIGINT", () => {
  // A command that stops gracefully on Ctrl-C (the worker) listens for it itself.
  if (process.listenerCount("SIGINT") > 1) return;
  // Every write is one transaction, run whole between two ticks: a signal never lands inside one.
  process.stderr.write(
    "\nafterword: stopped (Ctrl-C). Everything saved before it was kept; nothing half-written was saved.\n",
  );
  process.exit(ExitCode.interrupted);
});

// `afterword --help | head`: a reader that stops reading early has all it wanted. What is left to
// print goes nowhere, quietly; the command's work is done or, being one transaction, not begun.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok);
  });
}

const [{ processIo }, { run }] = await Promise.all([import("./io.js"), import("./run.js")]);
process.exitCode = await run(process.argv.slice(2), processIo());
await early.done(process.exitCode);
