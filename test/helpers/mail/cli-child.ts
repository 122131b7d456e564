// A real `afterword` process whose code is loaded before it is told to start: it prints "ready",
// waits for a line on stdin, then runs the command line it was given. Crash tests spawn the next
// one while the current one works, so starting Node does not dominate a trial.
import { processIo } from "../../../src/cli/io.js";
import { run } from "../../../src/cli/run.js";

process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  process.stdin.pause();
  process.exitCode = await run(process.argv.slice(2), processIo());
});
