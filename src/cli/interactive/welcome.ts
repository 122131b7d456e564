import type { AppContext } from "../../app/context.js";
import { importFiles } from "../../app/interviews/import-files.js";
import { listInterviews } from "../../app/interviews/interviews.js";
import { loadAgenda } from "../../app/plan/plan.js";
import { ok } from "../../core/result.js";
import { ExitCode } from "../exit-code.js";
import { agendaView } from "../present/agenda.js";
import { fieldErrorLines } from "../present/field-errors.js";
import { detailsHint, interviewTable } from "../present/interview.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";
import { addWhatWasDiscussed } from "./discussed-form.js";
import { draftInteractively } from "./drafting.js";
import { addInterviewByQuestions } from "./interview-form.js";
import { pickInterview } from "./pick-interview.js";
import { editProfile } from "./profile-form.js";
import { Cancelled, prompterFor, type Prompter } from "./prompter.js";
import { reasonWithHint } from "../hints.js";

type Action = "draft" | "agenda" | "discussed" | "add" | "import" | "list" | "profile" | "quit";

const MENU: { value: Action; label: string }[] = [
  { value: "draft", label: "Draft the messages for an interview" },
  { value: "agenda", label: "See my agenda: what to send now and this week" },
  {
    value: "discussed",
    label: "Add what was discussed to an interview (one imported from an invite, say)",
  },
  { value: "add", label: "Add an interview by answering a few questions" },
  { value: "import", label: "Import an interview file (.yaml, .json) or an invite (.ics, .eml)" },
  { value: "list", label: "Show my interviews" },
  { value: "profile", label: "Change my profile" },
  { value: "quit", label: "Quit" },
];

/** `afterword` at a terminal: set up the profile, then draft, see the agenda and keep interviews up to date. */
export async function runInteractive(rt: Runtime): Promise<void> {
  const ctx = await rt.context();
  const ask = prompterFor(rt.io);
  ask.intro("Afterword");
  try {
    if (!(await ctx.store.profile.get())) await editProfile(ctx, ask);
    for (;;) {
      // Nothing to draft before there is an interview: adding one comes first then.
      const first = (await listInterviews(ctx)).length > 0 ? "draft" : "add";
      const action = await ask.select<Action>("What would you like to do?", MENU, first);
      if (action === "quit") break;
      await perform(action, ctx, ask, rt);
    }
    ask.outro("See you after the next interview.");
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    rt.exitCode = ExitCode.interrupted;
    ask.cancelled("Stopped. What you saved before is kept; nothing from the unfinished step was.");
  }
}

async function perform(
  action: Exclude<Action, "quit">,
  ctx: AppContext,
  ask: Prompter,
  rt: Runtime,
): Promise<void> {
  switch (action) {
    case "draft":
      return draftInteractively(ctx, ask, rt.io);
    case "agenda":
      return ask.note(agendaView(await loadAgenda(ctx)), "Your agenda");
    case "discussed": {
      const interview = await pickInterview(
        ctx,
        ask,
        "Add what was discussed to which interview?",
        {
          needing: "details",
        },
      );
      if (interview) await addWhatWasDiscussed(ctx, ask, interview);
      return;
    }
    case "add":
      return addInterviewByQuestions(ctx, ask);
    case "import":
      return importByPath(ctx, ask);
    case "list":
      return ask.note(interviewTable(await listInterviews(ctx)), "Your interviews");
    case "profile":
      await editProfile(ctx, ask);
      return;
  }
}

async function importByPath(ctx: AppContext, ask: Prompter): Promise<void> {
  const file = userPath(await ask.required("Path of the file to import"));
  const [result] = await importFiles(ctx, [file], async () => ok(new Uint8Array()));
  if (!result) return;
  if (result.errors.length > 0) {
    ask.error(["Nothing was imported:", ...fieldErrorLines(file, result.errors)].join("\n"));
    return;
  }
  const ids = [...result.created, ...result.updated];
  ask.info(`Imported ${ids.length} interview${ids.length === 1 ? "" : "s"}.`);
  if (result.cancelled.length > 0) ask.info(`Cancelled: interview ${result.cancelled.join(", ")}.`);
  for (const skip of result.skipped) {
    ask.info(`Skipped ${skip.uid ?? "an event"}: ${reasonWithHint(skip.reason, skip.code)}`);
  }
  if (result.needsDetails.length > 0) ask.info(detailsHint(result.needsDetails));
  for (const warning of result.warnings) ask.info(warning);
}
