import { Command } from "commander";
import { registerDetails } from "./commands/details.js";
import { registerHistory } from "./commands/history.js";
import { registerCheck } from "./commands/check.js";
import { registerDoctor } from "./commands/doctor.js";
import { registerDraft } from "./commands/draft.js";
import { registerImport } from "./commands/import.js";
import { registerInbox } from "./commands/inbox.js";
import { registerInterviews } from "./commands/interviews.js";
import { registerMail } from "./commands/mail.js";
import { registerOutbox } from "./commands/outbox.js";
import { registerPlan } from "./commands/plan.js";
import { registerProfile } from "./commands/profile.js";
import { registerReminders } from "./commands/reminders.js";
import { registerSend } from "./commands/send.js";
import { registerWorker } from "./commands/worker.js";
import { registerWords } from "./commands/words.js";
import { runInteractive } from "./interactive/welcome.js";
import { UsageError } from "./exit-code.js";
import type { Runtime } from "./runtime.js";

/** The whole command line. Global options are read wherever they appear. */
export function buildProgram(rt: Runtime): Command {
  const program = new Command("afterword")
    .description("After the interview: the right message to the right person at the right time.")
    .option("--home <dir>", "data folder (default: your user data folder; also AFTERWORD_HOME)")
    .option(
      "--now <instant>",
      "act as if it were this moment, e.g. 2026-11-20T16:00Z (also AFTERWORD_NOW)",
    )
    .option("--json", "print data as JSON")
    .showHelpAfterError("(run `afterword --help` for the commands)")
    .configureOutput({
      writeOut: (text) => rt.io.stdout.write(text),
      writeErr: (text) => rt.io.stderr.write(text),
    })
    .exitOverride()
    .usage("[options] [command]")
    .argument("[command...]")
    .action(async ([command, topic]: string[]) => {
      if (command === "help") {
        const about = program.commands.find((c) => c.name() === topic);
        (about ?? program).outputHelp();
        return;
      }
      if (command !== undefined) {
        throw new UsageError(`there is no command "${command}": \`afterword --help\` lists them.`);
      }
      if (!rt.io.interactive) {
        program.outputHelp();
        return;
      }
      await runInteractive(rt);
    });

  registerProfile(program, rt);
  registerImport(program, rt);
  registerInterviews(program, rt);
  registerMail(program, rt);
  registerSend(program, rt);
  registerOutbox(program, rt);
  registerInbox(program, rt);
  registerWorker(program, rt);
  registerDetails(program, rt);
  registerPlan(program, rt);
  registerHistory(program, rt);
  registerReminders(program, rt);
  registerCheck(program, rt);
  registerWords(program, rt);
  registerDraft(program, rt);
  registerDoctor(program, rt);

  for (const command of program.commands) command.exitOverride();
  return program;
}
