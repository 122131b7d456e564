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

const [{ processIo }, { run }] = await Promise.all([import("./io.js"), import("./run.js")]);
process.exitCode = await run(process.argv.slice(2), processIo());
await early.done(process.exitCode);
