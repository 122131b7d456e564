import type { Command } from "commander";
import { checkMail, type MailCheck } from "../../app/check-mail.js";
import { ExitCode, UsageError } from "../exit-code.js";
import { Cancelled, prompterFor } from "../interactive/prompter.js";
import { setUpMail } from "../interactive/mail-setup.js";
import type { Runtime } from "../runtime.js";

export function registerMail(program: Command, rt: Runtime): void {
  const mail = program.command("mail").description("your mail account: set it up and check it");

  mail
    .command("setup")
    .description("set up the account Afterword sends from and reads replies in (asks questions)")
    .action(async () => {
      if (!rt.io.interactive) {
        throw new UsageError(
          "`afterword mail setup` asks questions at a terminal. Without one, write mail.yaml in the data folder (see docs/mail.md), then run `afterword mail test`.",
        );
      }
      const ctx = await rt.context();
      const ask = prompterFor(rt.io);
      try {
        await setUpMail(ctx, ask, rt.io.env);
      } catch (error) {
        if (!(error instanceof Cancelled)) throw error;
        ask.cancelled("Stopped. mail.yaml was not changed.");
      }
    });

  mail
    .command("test")
    .description("log in to both servers (nothing is sent) and say what is wrong, if anything")
    .action(async () => {
      const check = await checkMail(rt.home(), rt.io.env);
      const failed =
        Boolean(check.account) || !check.smtp?.ok || (check.imap !== null && !check.imap.ok);
      if (failed) rt.exitCode = ExitCode.refused;
      if (rt.json) return rt.printJson(check);
      rt.print(mailCheckLines(check).join("\n"));
    });
}

export function mailCheckLines(check: MailCheck): string[] {
  if (check.account) return [check.account];
  const lines: string[] = [];
  if (check.smtp) {
    lines.push(
      check.smtp.ok
        ? `Sending (SMTP) ${check.smtp.server}: OK, logged in.`
        : `Sending (SMTP) ${check.smtp.server}: ${check.smtp.problem!.message}`,
    );
  }
  if (!check.imap) {
    lines.push(
      "Mailbox (IMAP): not set up. Replies are not read, and an interrupted send cannot be checked.",
    );
    return lines;
  }
  if (check.imap.problem) {
    lines.push(`Mailbox (IMAP) ${check.imap.server}: ${check.imap.problem.message}`);
    return lines;
  }
  lines.push(
    `Mailbox (IMAP) ${check.imap.server}: OK, logged in. Sent mail is filed in "${check.imap.sentFolder}".`,
  );
  for (const folder of check.imap.missing) {
    lines.push(
      `  The folder "${folder}" named in mail.yaml does not exist. Folders: ${check.imap.folders.join(", ")}`,
    );
  }
  return lines;
}
