import type { UserError } from "../app/user-error.js";
import { EXIT_CODE_OF, ExitCode } from "./exit-code.js";
import { withHint } from "./hints.js";
import type { Runtime } from "./runtime.js";

/**
 * Says why a command could not do what was asked (as JSON too under --json): a use case's error
 * with the CLI's hint and the exit status of its code, or the CLI's own words with status 1.
 */
export function refuse(rt: Runtime, error: string | UserError): void {
  const words = typeof error === "string" ? error : withHint(error);
  rt.exitCode = typeof error === "string" ? ExitCode.refused : EXIT_CODE_OF[error.code];
  if (rt.json) {
    rt.printJson(typeof error === "string" ? { error: words } : { error: words, code: error.code });
  }
  rt.error(words);
}
