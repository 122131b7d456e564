import type { AppContext } from "../../app/context.js";
import { draftMessages, exportDraftEml, writeDraftText } from "../../app/drafts/draft.js";
import type { StoredDraft } from "../../store/draft.repository.js";
import { copyToClipboard } from "../clipboard.js";
import type { Io } from "../io.js";
import { draftText } from "../present/draft.js";
import { userPath } from "../user-path.js";
import { pickInterview } from "./pick-interview.js";
import type { Prompter } from "./prompter.js";

const EVERYONE = "everyone";

/**
 * Drafts the messages for one interview, to one interviewer or to everyone the plan writes to,
 * shows each with the proofreader's findings, and saves or copies them. The drafts are stored
 * as `afterword draft` stores them.
 */
export async function draftInteractively(ctx: AppContext, ask: Prompter, io: Io): Promise<void> {
  const interview = await pickInterview(ctx, ask, "Draft the messages for which interview?");
  if (!interview) return;
  const to = await ask.select(
    "To whom?",
    [
      { value: EVERYONE, label: "Everyone a message is due to" },
      ...interview.interviewers.map((person, i) => ({ value: String(i), label: person.name })),
    ],
    EVERYONE,
  );
  ask.info("Writing and proofreading (the proofreader takes a moment to load)…");
  const drafted = await draftMessages(ctx, {
    interviewId: interview.id,
    to: to === EVERYONE ? undefined : interview.interviewers[Number(to)]!.name,
  });
  if (!drafted.ok) {
    ask.error(drafted.errors[0]!.message);
    return;
  }
  const drafts = drafted.value.map((outcome) => outcome.draft);
  for (const outcome of drafted.value) {
    ask.note(draftText(outcome.draft, outcome.status), `Draft ${outcome.draft.id}`);
  }
  await keepDrafts(ctx, ask, io, drafts);
}

/** Saves drafts to files or copies them, as often as the person likes. */
async function keepDrafts(
  ctx: AppContext,
  ask: Prompter,
  io: Io,
  drafts: StoredDraft[],
): Promise<void> {
  for (;;) {
    const choice = await ask.select("Keep a draft elsewhere?", [
      ...drafts.flatMap((draft) => [
        { value: `copy:${draft.id}`, label: `Copy draft ${draft.id} (to ${draft.recipient.name})` },
        { value: `save:${draft.id}`, label: `Save draft ${draft.id} to a file` },
      ]),
      { value: "done", label: "Done: back to the menu" },
    ]);
    if (choice === "done") return;
    const [action, id] = choice.split(":");
    const draft = drafts.find((d) => String(d.id) === id)!;
    if (action === "copy") copy(ask, io, draft);
    else await save(ctx, ask, draft);
  }
}

function copy(ask: Prompter, io: Io, draft: StoredDraft): void {
  const by = copyToClipboard(draft.body, io.unfilteredStdout ?? io.stdout, io.env);
  const subject = draft.subject !== null ? ` Its subject: ${draft.subject}` : "";
  ask.info(
    by === "system"
      ? `Copied the text of draft ${draft.id}.${subject}`
      : `Asked your terminal to copy the text of draft ${draft.id} (most terminals do; if yours does not, save it to a file).${subject}`,
  );
}

async function save(ctx: AppContext, ask: Prompter, draft: StoredDraft): Promise<void> {
  const email = draft.channel === "email" && draft.recipient.email !== null;
  const file = userPath(
    await ask.required(
      email
        ? "Save it as (.eml opens in your mail program, ready to send; any other name is plain text)"
        : "Save it as (plain text)",
      { initial: `draft-${draft.id}.${email ? "eml" : "txt"}` },
    ),
  );
  const written =
    file.toLowerCase().endsWith(".eml") && email
      ? await exportDraftEml(ctx, draft.id, file)
      : await writeDraftText(ctx, draft.id, file);
  if (!written.ok) ask.error(written.errors[0]!.message);
  else ask.info(`Wrote draft ${draft.id} to ${written.value.file}.`);
}
