import type { Command } from "commander";
import { loadAgenda, loadInterviewPlan } from "../../app/plan/plan.js";
import { DEFAULT_AGENDA_DAYS } from "../../core/plan/agenda.js";
import { parseId } from "../arguments.js";
import { ExitCode, UsageError } from "../exit-code.js";
import { agendaView } from "../present/agenda.js";
import { planView } from "../present/plan.js";
import type { Runtime } from "../runtime.js";

export function registerPlan(program: Command, rt: Runtime): void {
  program
    .command("plan")
    .description("every message planned after one interview: when, to whom, and why")
    .argument("<id>", "the interview's ID, as `afterword interviews` shows it")
    .action(async (idText: string) => {
      const id = parseId(idText);
      const view = await loadInterviewPlan(await rt.context(), id);
      if (!view) {
        rt.exitCode = ExitCode.refused;
        if (rt.json) rt.printJson(null);
        rt.error(`There is no interview ${id}: \`afterword interviews\` lists them.`);
        return;
      }
      if (rt.json) rt.printJson(view.entries);
      else rt.print(planView(view));
    });

  program
    .command("agenda")
    .description("what to send now, today and this week, across all your interviews")
    .option("--days <n>", `how many days ahead to look (default ${DEFAULT_AGENDA_DAYS})`)
    .action(async (options: { days?: string }) => {
      const days = parseDays(options.days);
      const agenda = await loadAgenda(await rt.context(), days);
      if (rt.json) rt.printJson(agenda.items);
      else rt.print(agendaView(agenda));
    });
}

/** `--days N`: a whole number of days, at least 1. */
export function parseDays(text: string | undefined): number {
  if (text === undefined) return DEFAULT_AGENDA_DAYS;
  const days = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(days) || days < 1 || days > 3660) {
    throw new UsageError(`--days must be a whole number of days such as 14; got "${text}".`);
  }
  return days;
}
