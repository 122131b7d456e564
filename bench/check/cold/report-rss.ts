// Preloaded with --import into a measured process: reports its peak resident set size at exit.
import { writeSync } from "node:fs";

process.on("exit", () => {
  writeSync(2, `\nafterword-bench-maxrss ${process.resourceUsage().maxRSS}\n`);
});
