import { Option, type Command } from "commander";
import {
  draftMessages,
  exportDraftEml,
  findDraft,
  listDrafts,
  saveDraftEdit,
  type DraftError,
} from "../../app/drafts/draft.js";
import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from "../../core/message.js";
import { parseId } from "../arguments.js";
import { chosenEditor, editInEditor } from "../editor.js";
import { EXIT_CODE_OF, ExitCode, UsageError } from "../exit-code.js";
import { draftSendings } from "../../app/drafts/draft-sending.js";
import { candidateZone } from "../../app/plan/plan.js";
import { draftJson, draftOutcomes, draftTable, draftText } from "../present/draft.js";
import type { Runtime } from "../runtime.js";
import { withHint } from "../hints.js";

interface DraftOptions {
  kind?: MessageKind;
  channel?: Channel;
  to?: string;
  reason?: string;
  sequence?: string;
  force?: boolean;
}

export function registerDraft(program: Command, rt: Runtime): void {
  program
    .command("draft")
    .description("write the messages for an interview, ready to edit and send")
    .argument("<id>", "the interview's ID, as `afterword interviews` shows it; or `show DRAFT`")
    .argument("[draft]", "with show: the draft's ID, as `afterword drafts` shows it")
    .addOption(
      new Option("--kind <kind>", "which message (default: the most urgent one)").choices(
        MESSAGE_KINDS,
      ),
    )
    .addOption(
      new Option(
        "--channel <channel>",
        "email, card, linkedin (a connection note) or linkedin-message (to a connection); default: the plan's first choice, e-mail where the person has an address",
      ).choices(CHANNELS),
    )
    .option("--to <name>", "only this interviewer (full name, given name or e-mail address)")
    .option(
      "--reason <text>",
      "your reason to write now, in a sentence of your own (a check-in needs one)",
    )
    .option("--sequence <n>", "which follow-up or check-in this is (default 1)")
    .option("--force", "re-draft even messages you have edited")
    .action(async (idText: string, draftText: string | undefined, options: DraftOptions) => {
      if (idText === "show") {
        if (draftText === undefined)
          throw new UsageError("say which draft: `afterword draft show ID`.");
        return showDraft(rt, parseId(draftText, "draft"));
      }
      if (draftText !== undefined) {
        throw new UsageError(`one interview at a time: \`afterword draft ${idText}\`.`);
      }
      const interviewId = parseId(idText);
      const result = await draftMessages(await rt.context(), {
        interviewId,
        kind: options.kind,
        channel: options.channel,
        to: options.to,
        reason: options.reason,
        sequence: options.sequence === undefined ? undefined : parseSequence(options.sequence),
        force: options.force,
      });
      if (!result.ok) return refuse(rt, result.errors[0]!, options);
      if (rt.json) rt.printJson(result.value.map((o) => draftJson(o.draft, o.status)));
      else rt.print(draftOutcomes(result.value));
    });

  program
    .command("drafts")
    .description("list your drafts, or show one in full with its findings")
    .argument("[draft]", "a draft's ID: show that draft in full")
    .option("--interview <id>", "only this interview's drafts")
    .action(async (draftText: string | undefined, options: { interview?: string }) => {
      if (draftText !== undefined) return showDraft(rt, parseId(draftText, "draft"));
      const interviewId = options.interview === undefined ? undefined : parseId(options.interview);
      const ctx = await rt.context();
      const drafts = await listDrafts(ctx, interviewId);
      const sendings = await draftSendings(ctx, drafts);
      if (rt.json) {
        rt.printJson(
          drafts.map((draft) => ({ ...draftJson(draft), sending: sendings.get(draft.id) })),
        );
      } else {
        const zone = candidateZone(await ctx.store.profile.get());
        rt.print(draftTable(drafts, sendings, zone));
      }
    });

  program
    .command("edit")
    .description("edit a draft in your editor ($VISUAL or $EDITOR)")
    .argument("<draft>", "the draft's ID, as `afterword drafts` shows it")
    .action(async (idText: string) => {
      const id = parseId(idText, "draft");
      const ctx = await rt.context();
      const found = await findDraft(ctx, id);
      if (!found.ok) return refuse(rt, found.errors[0]!);
      const editor = chosenEditor(rt.io.env);
      if (!editor) {
        rt.exitCode = ExitCode.refused;
        rt.warn(
          "No editor is set: set VISUAL or EDITOR (for example `export EDITOR=nano`) and run `afterword edit` again.",
        );
        return;
      }
      const draft = found.value;
      const before =
        draft.subject !== null ? `Subject: ${draft.subject}\n\n${draft.body}\n` : `${draft.body}\n`;
      const edited = editInEditor(editor, before, `afterword-draft-${id}.txt`, rt.io.env);
      if (!edited.ok) {
        rt.exitCode = ExitCode.refused;
        rt.error(edited.errors[0]!);
        return;
      }
      if (edited.value === before) {
        report(rt, { id, changed: false }, `No changes: draft ${id} is as it was.`);
        return;
      }
      const saved = await saveDraftEdit(
        ctx,
        id,
        splitSubject(edited.value, draft.subject !== null),
      );
      if (!saved.ok) return refuse(rt, saved.errors[0]!);
      report(
        rt,
        { id, changed: saved.value.changed, draft: draftJson(saved.value.draft) },
        saved.value.changed
          ? `Saved your changes to draft ${id}.`
          : `No changes: draft ${id} is as it was.`,
      );
    });

  program
    .command("export")
    .description("write an e-mail draft as an .eml file your mail program opens")
    .argument("<draft>", "the draft's ID, as `afterword drafts` shows it")
    .requiredOption("--eml <file>", "the .eml file to write")
    .action(async (idText: string, options: { eml: string }) => {
      const id = parseId(idText, "draft");
      const result = await exportDraftEml(await rt.context(), id, options.eml);
      if (!result.ok) return refuse(rt, result.errors[0]!);
      report(
        rt,
        { id, file: result.value.file },
        `Wrote draft ${id} to ${result.value.file}: open it in your mail program to check and send it.`,
      );
    });
}

/** "Subject: …" on the first line, a blank line, then the body; without the line, the whole text is the body. */
function splitSubject(text: string, hasSubject: boolean): { subject: string | null; body: string } {
  const normalised = text.replace(/\r\n?/g, "\n");
  const match = hasSubject ? /^Subject:[ \t]*(.*)\n\n?/i.exec(normalised) : null;
  if (!match) return { subject: null, body: normalised };
  return { subject: match[1]!.trim(), body: normalised.slice(match[0].length) };
}

function parseSequence(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 3) {
    throw new UsageError(
      `--sequence must be 1, 2 or 3 (which follow-up or check-in); got "${text}".`,
    );
  }
  return n;
}

function refuse(rt: Runtime, error: DraftError, options?: DraftOptions): void {
  rt.exitCode = EXIT_CODE_OF[error.code];
  const hint =
    error.code === "reason-needed" && !options?.reason
      ? ' Give it with --reason "…", for example --reason "I read about your new office in Lisbon."'
      : "";
  const message = withHint(error) + hint;
  if (rt.json) rt.printJson({ errors: [{ code: error.code, message }] });
  else rt.error(message);
}

/** One draft in full, with the proofreader's findings under their lines. */
async function showDraft(rt: Runtime, id: number): Promise<void> {
  const ctx = await rt.context();
  const found = await findDraft(ctx, id);
  if (!found.ok) return refuse(rt, found.errors[0]!);
  const sending = (await draftSendings(ctx, [found.value])).get(id);
  if (rt.json) rt.printJson({ ...draftJson(found.value), sending });
  else rt.print(`${draftText(found.value)}\n  sending: ${sending}`);
}

function report(rt: Runtime, json: object, text: string): void {
  if (rt.json) rt.printJson(json);
  else rt.print(text);
}
