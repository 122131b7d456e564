import { hintFor, mailWithHint } from "../hints.js";
import type { Command } from "commander";
import { checkMail, type ConnectionCheck, type MailCheck } from "../../app/mail/check-mail.js";
import { loadMailAccount } from "../../app/mail/mail-account.js";
import { signIn } from "../../app/mail/mail-signin.js";
import { refuse } from "../refusal.js";
import { ExitCode, UsageError } from "../exit-code.js";
import { Cancelled, prompterFor } from "../interactive/prompter.js";
import { setUpMail } from "../interactive/mail-setup.js";
import { keptWhere, signInMethod } from "../sign-in-method.js";
import { setUpMailFromFlags, type SetupFlags } from "./mail-setup-flags.js";
import { signInFlows } from "../../app/mail/mail-setup.js";
import type { Runtime } from "../runtime.js";

export function registerMail(program: Command, rt: Runtime): void {
  const mail = program.command("mail").description("your mail account: set it up and check it");

  mail
    .command("setup")
    .description(
      "set up the account Afterword sends from and reads replies in: asks questions, or takes them as flags",
    )
    .option("--address <address>", "the address you send from (default: your profile's)")
    .option(
      "--signin <how>",
      "microsoft, google, custom (another OAuth 2.0 provider, with --issuer), or password",
    )
    .option("--client-id <id>", "the application (client) ID registered at the provider")
    .option(
      "--tenant <tenant>",
      "Microsoft: common, consumers, organizations, or your organisation's",
    )
    .option("--issuer <url>", "--signin custom: the issuer's address (OpenID Connect discovery)")
    .option("--scopes <scopes>", "--signin custom: the scopes to ask for, separated by spaces")
    .option("--browser", "sign in with the browser here instead of a code typed in any browser")
    .option("--user <name>", "the login at both servers (default: the address)")
    .option("--smtp <host[:port]>", "the sending server (default for Microsoft and Google)")
    .option("--imap <host[:port]>", "the mailbox server (default for Microsoft and Google)")
    .option("--security <mode>", "tls (default), starttls, or none (a server on this machine only)")
    .option("--password-env <name>", "--signin password: the variable that holds the password")
    .option("--password-file <file>", "--signin password: a file only you can read")
    .option("--sent <who>", "server: the provider files sent mail itself; append: Afterword does")
    .action(async (options: SetupFlags) => {
      const ctx = await rt.context();
      if (Object.keys(options).length > 0) return setUpMailFromFlags(rt, ctx, options);
      if (!rt.io.interactive) {
        throw new UsageError(
          "`afterword mail setup` asks questions at a terminal. Without one, give the answers as flags (`afterword mail setup --help`), or write mail.yaml in the data folder (see docs/mail.md), then run `afterword mail test`.",
        );
      }
      const ask = prompterFor(rt.io);
      try {
        await setUpMail(rt, ctx, ask);
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
      const account = await loadMailAccount(ctx.mail);
      if (!account.ok) return refuse(rt, account.errors[0]!);
      const provider = account.value.oauth?.provider ?? "custom";
      const flow = options.browser ? "browser" : signInFlows(provider)[0]!;
      const signedIn = await signIn(
        ctx.mail,
        account.value,
        signInMethod(flow, (text) => rt.warn(text)),
      );
      if (!signedIn.ok) return refuse(rt, signedIn.errors[0]!.message);
      if (rt.json) return rt.printJson(signedIn.value);
      rt.print(
        `Signed in as ${signedIn.value.account} (${signedIn.value.provider}). The tokens are kept ${keptWhere(signedIn.value)}; run \`afterword mail test\` to check both servers.`,
      );
    });

  mail
    .command("test")
    .description("log in to both servers (nothing is sent) and say what is wrong, if anything")
    .action(async () => {
      const check = await checkMail(await rt.mailAccounts());
      const failed =
        Boolean(check.account) || !check.smtp?.ok || (check.imap !== null && !check.imap.ok);
      if (failed) rt.exitCode = ExitCode.refused;
      if (rt.json) return rt.printJson(check);
      rt.print(mailCheckLines(check).join("\n"));
    });
}

export function mailCheckLines(check: MailCheck): string[] {
  if (check.account) {
    const hint = check.accountCode ? hintFor({ code: check.accountCode, message: "" }) : null;
    return [hint ? `${check.account} ${hint}` : check.account];
  }
  const lines: string[] = [];
  if (check.smtp) {
    lines.push(
      check.smtp.ok
        ? `Sending (SMTP) ${check.smtp.server}: OK, logged in.`
        : `Sending (SMTP) ${check.smtp.server}: ${problemWords(check.smtp)}`,
    );
  }
  if (!check.imap) {
    lines.push(
      "Mailbox (IMAP): not set up. Replies are not read, and an interrupted send cannot be checked.",
    );
    return lines;
  }
  if (check.imap.problem) {
    lines.push(`Mailbox (IMAP) ${check.imap.server}: ${problemWords(check.imap)}`);
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

/** A connection's problem with the CLI's hint, keyed by what the check found about the sign-in. */
function problemWords(connection: ConnectionCheck): string {
  const problem = connection.problem!;
  return mailWithHint({ ...problem, signIn: connection.signIn ?? problem.signIn });
}
