import { ExitCode } from "./exit-code.js";
import { processIo } from "./io.js";
import { run } from "./run.js";

process.on("SIGINT", () => {
  // A command that stops gracefully on Ctrl-C (the worker) listens for it itself.
  if (process.listenerCount("SIGINT") > 1) return;
  // Every write is one transaction, run whole between two ticks: a signal never lands inside one.
  process.stderr.write(
    "\nafterword: stopped (Ctrl-C). Everything saved before it was kept; nothing half-written was saved.\n",
  );
  process.exit(ExitCode.interrupted);
});

process.exitCode = await run(process.argv.slice(2), processIo());
