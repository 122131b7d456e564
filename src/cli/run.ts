import { CommanderError } from "commander";
import { storeProblemOf } from "../store/store-problem.js";
import { EXIT_CODE_OF, ExitCode, UsageError } from "./exit-code.js";
import { logCrash } from "./crash-log.js";
import { withHint } from "./hints.js";
import { terminalSafe, type Io } from "./io.js";
import { buildProgram } from "./program.js";
import { Runtime, type GlobalOptions, type Provided } from "./runtime.js";

/** Runs one command line and returns its exit status. The one place errors become exit codes. */
export async function run(argv: string[], given: Io, provided: Provided = {}): Promise<number> {
  const io = terminalSafe(given);
  let options: GlobalOptions = {};
  const rt = new Runtime(io, () => options, provided);
  try {
    const program = await buildProgram(rt, argv);
    program.hook("preAction", (_command, action) => {
      options = action.optsWithGlobals<GlobalOptions>();
    });
    await program.parseAsync(argv, { from: "user" });
    return rt.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpShown = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(
        error.code,
      );
      return helpShown ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UsageError) {
      rt.error(error.message);
      return ExitCode.usage;
    }
    const problem = storeProblemOf(error, safeStoreWhere(rt));
    if (problem) {
      const field = rt.databaseUrl() ? "database" : "home";
      rt.error(withHint({ code: problem.code, message: problem.message, field }));
      return EXIT_CODE_OF[problem.code];
    }
    const log = logCrash(safeHome(rt), error, argv);
    rt.error(
      `something went wrong that is not your doing. The details are in ${log}; please include them if you report it.`,
    );
    return ExitCode.internal;
  } finally {
    await rt.close();
  }
}

function safeStoreWhere(rt: Runtime): string {
  try {
    return rt.storeWhere();
  } catch {
    return "";
  }
}

function safeHome(rt: Runtime): string | null {
  try {
    return rt.home();
  } catch {
    return null;
  }
}
