import type { Command } from "commander";
import { findInterview, listInterviews } from "../../app/interviews.js";
import { parseId } from "../arguments.js";
import { ExitCode } from "../exit-code.js";
import { interviewDetail, interviewTable } from "../present/interview.js";
import type { Runtime } from "../runtime.js";

export function registerInterviews(program: Command, rt: Runtime): void {
  program
    .command("interviews")
    .description("list your interviews")
    .action(async () => {
      const interviews = await listInterviews(await rt.context());
      if (rt.json) rt.printJson(interviews);
      else rt.print(interviewTable(interviews));
    });

  program
    .command("show")
    .description("everything about one interview")
    .argument("<id>", "the interview's ID, as `afterword interviews` shows it")
    .action(async (idText: string) => {
      const id = parseId(idText);
      const interview = await findInterview(await rt.context(), id);
      if (!interview) {
        rt.exitCode = ExitCode.refused;
        if (rt.json) rt.printJson(null);
        rt.warn(`There is no interview ${id}: \`afterword interviews\` lists them.`);
        return;
      }
      if (rt.json) rt.printJson(interview);
      else rt.print(interviewDetail(interview));
    });
}
