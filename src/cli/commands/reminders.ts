import type { Command } from "commander";
import { buildReminders, exportReminders } from "../../app/plan/reminders.js";
import { DEFAULT_AGENDA_DAYS } from "../../core/plan/agenda.js";
import { ExitCode } from "../exit-code.js";
import { draftCommand } from "../present/agenda.js";
import type { Runtime } from "../runtime.js";
import { parseDays } from "./plan.js";
import { userPath } from "../user-path.js";

export function registerReminders(program: Command, rt: Runtime): void {
  program
    .command("reminders")
    .description("write your agenda as calendar reminders (.ics); - writes to standard output")
    .argument("<file>", "the .ics file to write (re-exporting updates the same events)")
    .option("--days <n>", `how many days ahead to include (default ${DEFAULT_AGENDA_DAYS})`)
    .action(async (given: string, options: { days?: string }) => {
      const file = userPath(given);
      const days = parseDays(options.days);
      const ctx = await rt.context();
      if (file === "-") {
        rt.io.stdout.write((await buildReminders(ctx, days, draftCommand)).text);
        return;
      }
      const result = await exportReminders(ctx, file, days, draftCommand);
      if (!result.ok) {
        rt.exitCode = ExitCode.refused;
        if (rt.json) rt.printJson({ file, errors: result.errors });
        for (const error of result.errors) rt.error(error);
        return;
      }
      const { events } = result.value;
      if (rt.json) rt.printJson(result.value);
      else
        rt.print(
          `Wrote ${events} reminder${events === 1 ? "" : "s"} to ${file}. Import it into your calendar; exporting again updates the same events.`,
        );
    });
}
