import { Option, type Command } from "commander";
import { connectionsFor, loadMailAccount } from "../../app/mail/mail-account.js";
import { receiveFiles } from "../../app/inbox/receive-files.js";
import { decideReply, listReplies } from "../../app/inbox/reply-decisions.js";
import { syncInbox } from "../../app/inbox/sync-inbox.js";
import { DECISION_KINDS } from "../../core/reply/decision-kind.js";
import { MailFailure } from "../../mail/mail-problem.js";
import { parseId } from "../arguments.js";
import { ExitCode } from "../exit-code.js";
import {
  decidedLines,
  receivedTable,
  receptionJson,
  receptionLines,
} from "../present/reception.js";
import { mailWithHint } from "../hints.js";
import { refuse } from "../refusal.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";

export function registerInbox(program: Command, rt: Runtime): void {
  const inbox = program
    .command("inbox")
    .description(
      "list replies about your interviews, each with a suggested kind waiting for your decision",
    )
    .option("--waiting", "only the messages you have not decided on")
    .action(async (options: { waiting?: boolean }) => {
      const ctx = await rt.context();
      const messages = await listReplies(ctx, { waiting: Boolean(options.waiting) });
      if (rt.json) rt.printJson(messages);
      else rt.print(receivedTable(messages, (await ctx.store.profile.get())?.timeZone ?? "UTC"));
    });

  inbox
    .command("accept")
    .description(
      "take a message as its suggested kind (or --as another): an invitation imports the next round, a rejection or offer records the outcome, a request drafts an additional-information message",
    )
    .argument("<id>", "the message's ID, as `afterword inbox` lists it")
    .addOption(new Option("--as <kind>", "what the message is").choices(DECISION_KINDS))
    .action(async (idText: string, options: { as?: string }) => {
      await decide(rt, parseId(idText), { decision: "accept", as: options.as ?? null });
    });

  inbox
    .command("dismiss")
    .description("set a message aside without changing the plan")
    .argument("<id>", "the message's ID, as `afterword inbox` lists it")
    .action(async (idText: string) => {
      await decide(rt, parseId(idText), { decision: "dismiss" });
    });

  inbox
    .command("add")
    .description("record received messages from .eml files, exactly as reading the mailbox would")
    .argument("<files...>", "saved messages (.eml)")
    .action(async (given: string[]) => {
      const files = given.map((file) => userPath(file));
      const ctx = await rt.context();
      const results = await receiveFiles(ctx, files);
      if (results.some((result) => !result.ok)) rt.exitCode = ExitCode.refused;
      if (rt.json) {
        rt.printJson(
          results.map((result) =>
            result.ok
              ? receptionJson(result.file, result.reception)
              : { file: result.file, error: result.error },
          ),
        );
        return;
      }
      for (const result of results) {
        if (result.ok) rt.print(receptionLines(result.file, result.reception).join("\n"));
        else rt.warn(`${result.file}: ${result.error}`);
      }
    });

  inbox
    .command("sync")
    .description("read the mailbox for replies now (the worker does this on its own)")
    .action(async () => {
      const ctx = await rt.context();
      const account = await loadMailAccount(ctx.mail);
      if (!account.ok) return refuse(rt, account.errors[0]!);
      if (!account.value.imap)
        return refuse(rt, "mail.yaml has no imap section: there is no mailbox to read.");
      const connections = await connectionsFor(ctx.mail, account.value);
      if (!connections.ok) return refuse(rt, connections.errors[0]!);
      const mailbox = connections.value.inbox!;
      try {
        const folders = await syncInbox(
          ctx,
          mailbox,
          account.value,
          () => rt.now(),
          (folder, done, total) => rt.warn(`${folder}: ${done}/${total} messages looked at`),
        );
        if (rt.json) return rt.printJson(folders);
        for (const folder of folders) {
          rt.print(
            `${folder.folder}: ${folder.looked} new message${folder.looked === 1 ? "" : "s"}, ${folder.receptions.length} about your interviews${folder.renumbered ? " (the server renumbered the folder; read again)" : ""}`,
          );
          for (const reception of folder.receptions) {
            rt.print(receptionLines(`  UID ${reception.uid}`, reception).join("\n  "));
          }
        }
      } catch (error) {
        if (!(error instanceof MailFailure)) throw error;
        refuse(rt, mailWithHint(error.problem));
      } finally {
        await mailbox.stop();
      }
    });
}

async function decide(
  rt: Runtime,
  id: number,
  step: Parameters<typeof decideReply>[2],
): Promise<void> {
  const decided = await decideReply(await rt.context(), id, step);
  if (!decided.ok) return refuse(rt, decided.errors[0]!);
  if (rt.json) rt.printJson(decided.value);
  else rt.print(decidedLines(decided.value).join("\n"));
}
