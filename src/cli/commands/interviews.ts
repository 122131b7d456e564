import { userError } from "../../app/user-error.js";
import type { Command } from "commander";
import { forgetInterview, type Forgotten } from "../../app/interviews/forget-interview.js";
import { findInterview, listInterviews } from "../../app/interviews/interviews.js";
import type { Interview } from "../../core/interview.js";
import { parseId } from "../arguments.js";
import { ExitCode, UsageError } from "../exit-code.js";
import { Cancelled, prompterFor } from "../interactive/prompter.js";
import { interviewDetail, interviewTable } from "../present/interview.js";
import { timeSpan } from "../present/when.js";
import { refuse } from "../refusal.js";
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
        rt.error(`There is no interview ${id}: \`afterword interviews\` lists them.`);
        return;
      }
      if (rt.json) rt.printJson(interview);
      else rt.print(interviewDetail(interview));
    });

  program
    .command("forget")
    .description(
      "delete an interview entered by mistake or twice, with its drafts and plan; what waits in the outbox for it is cancelled",
    )
    .argument("<id>", "the interview's ID, as `afterword interviews` shows it")
    .option("--yes", "forget without asking")
    .action(async (idText: string, options: { yes?: boolean }) => {
      const id = parseId(idText);
      const ctx = await rt.context();
      const interview = await findInterview(ctx, id);
      if (!interview) {
        return refuse(rt, userError("no-such-interview", `There is no interview ${id}.`, { id }));
      }
      if (!options.yes) {
        if (!rt.io.interactive) {
          throw new UsageError(
            `add --yes to forget interview ${id} without being asked (no terminal to ask at).`,
          );
        }
        if (!(await confirmForgetting(rt, interview))) {
          rt.print("Nothing was forgotten.");
          return;
        }
      }
      const result = await forgetInterview(ctx, id);
      if (!result.ok) return refuse(rt, result.errors[0]!);
      if (rt.json) return rt.printJson(forgottenJson(result.value));
      rt.print(forgottenWords(result.value));
    });
}

function summary(interview: Interview): string {
  const what = [interview.company, interview.position].filter(Boolean).join(", ");
  return `${what || "interview"} (${timeSpan(interview.start, interview.end, interview.timeZone)})`;
}

async function confirmForgetting(rt: Runtime, interview: Interview): Promise<boolean> {
  const ask = prompterFor(rt.io);
  try {
    return await ask.confirm(
      `Forget interview ${interview.id}, ${summary(interview)}? Its drafts, history and plan go; this cannot be undone.`,
      false,
    );
  } catch (error) {
    if (error instanceof Cancelled) return false;
    throw error;
  }
}

function forgottenJson({ interview, drafts, cancelled, sending }: Forgotten) {
  return { forgotten: interview.id, drafts, cancelled, sending };
}

function forgottenWords({ interview, drafts, cancelled, sending }: Forgotten): string {
  const lines = [`Forgot interview ${interview.id}, ${summary(interview)}.`];
  if (drafts > 0) lines.push(`${drafts} draft${drafts === 1 ? "" : "s"} deleted with it.`);
  if (cancelled.length > 0) {
    lines.push(
      `Cancelled in the outbox: item${cancelled.length === 1 ? "" : "s"} ${cancelled.join(", ")}.`,
    );
  }
  if (sending.length > 0) {
    lines.push(
      `Being sent right now, too late to call back: outbox item${sending.length === 1 ? "" : "s"} ${sending.join(", ")}.`,
    );
  }
  return lines.join("\n");
}
