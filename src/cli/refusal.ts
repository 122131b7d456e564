import { ExitCode } from "./exit-code.js";
import type { Runtime } from "./runtime.js";

/** Says why a command could not do what was asked (as JSON too under --json); exit status 1. */
export function refuse(rt: Runtime, words: string): void {
  rt.exitCode = ExitCode.refused;
  if (rt.json) rt.printJson({ error: words });
  rt.error(words);
}
