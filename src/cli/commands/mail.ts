import type { Command } from "commander";
import { checkMail, type MailCheck } from "../../app/check-mail.js";
import { loadMailAccount } from "../../app/mail-account.js";
import { signIn } from "../../app/mail-signin.js";
import { refuse } from "../refusal.js";
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
        rt.exitCode = ExitCode.interrupted;
        ask.cancelled("Stopped. mail.yaml was not changed.");
      }
    });

  mail
    .command("signin")
    .description(
      "sign in to Microsoft or Google (mail.yaml's oauth section) with a code typed in any browser, or --browser on this machine",
    )
    .option("--browser", "open the browser here instead of showing a code to type elsewhere")
    .action(async (options: { browser?: boolean }) => {
      const ctx = await rt.context();
      const account = await loadMailAccount(ctx.home);
      if (!account.ok) return refuse(rt, account.errors[0]!);
      const signedIn = await signIn(
        account.value,
        ctx.home,
        rt.io.env,
        options.browser
          ? {
              type: "browser",
              open: async (url) => {
                rt.warn(`Opening the browser to sign in. If it does not open, visit:\n  ${url}`);
                const { default: open } = await import("open");
                await open(url).catch(() => undefined);
              },
            }
          : {
              type: "device",
              show: (prompt) =>
                rt.warn(
                  `To sign in, visit ${prompt.verificationUri} and enter the code ${prompt.userCode} (valid ${Math.round(prompt.expiresInSeconds / 60)} minutes). Waiting…`,
                ),
            },
      );
      if (!signedIn.ok) return refuse(rt, signedIn.errors[0]!.message);
      if (rt.json) return rt.printJson(signedIn.value);
      rt.print(
        `Signed in as ${signedIn.value.account} (${signedIn.value.provider}). The tokens are kept ${signedIn.value.where === "keyring" ? "in your system's keyring" : "encrypted in the data folder (see docs/mail.md)"}; run \`afterword mail test\` to check both servers.`,
      );
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
