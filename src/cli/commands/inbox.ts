import type { Command } from "commander";
import { connectionsFor, loadMailAccount } from "../../app/mail-account.js";
import { receiveFiles } from "../../app/receive-files.js";
import { syncInbox } from "../../app/sync-inbox.js";
import { MailFailure } from "../../mail/mail-problem.js";
import { ExitCode } from "../exit-code.js";
import { receivedTable, receptionJson, receptionLines } from "../present/reception.js";
import { refuse } from "../refusal.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";

export function registerInbox(program: Command, rt: Runtime): void {
  const inbox = program
    .command("inbox")
    .description("list received replies, auto-replies and bounces about your interviews")
    .action(async () => {
      const ctx = await rt.context();
      const messages = await ctx.store.received.list();
      if (rt.json) rt.printJson(messages);
      else rt.print(receivedTable(messages, (await ctx.store.profile.get())?.timeZone ?? "UTC"));
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
      const account = await loadMailAccount(ctx.home);
      if (!account.ok) return refuse(rt, account.errors[0]!);
      if (!account.value.imap)
        return refuse(rt, "mail.yaml has no imap section: there is no mailbox to read.");
      const connections = await connectionsFor(account.value, rt.io.env, ctx.home);
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
        refuse(rt, error.problem.message);
      } finally {
        await mailbox.stop();
      }
    });
}
