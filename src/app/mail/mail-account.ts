import { formatFieldError } from "../../core/record/field-error.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { Inbox } from "../../mail/inbox.js";
import type { MailAccount } from "../../mail/mail-config.js";
import type { MailTransport } from "../../mail/mail-transport.js";
import type { MailAccounts } from "./mail-accounts.js";
import { userError, type UserError } from "../user-error.js";

/** The candidate's mail account, or why there is none usable, in words. */
export async function loadMailAccount(
  mail: MailAccounts,
): Promise<Result<MailAccount, UserError<"no-mail-account" | "bad-mail-account">>> {
  const read = await mail.read();
  if (!read.ok) {
    return fail(
      userError(
        "bad-mail-account",
        [
          `${mail.where} has mistakes:`,
          ...read.errors.map((error) => `  ${formatFieldError(error)}`),
        ].join("\n"),
      ),
    );
  }
  if (!read.value) {
    return fail(
      userError(
        "no-mail-account",
        `No mail account yet: there is no ${mail.where} (docs/mail.md describes it).`,
      ),
    );
  }
  return ok(read.value);
}

/** The account's servers, ready to start; the passwords are read now and kept only in memory. */
export interface MailConnections {
  account: MailAccount;
  transport: MailTransport;
  inbox: Inbox | null;
}

export async function connectionsFor(
  mail: MailAccounts,
  account: MailAccount,
): Promise<Result<MailConnections, string>> {
  // The mail libraries load only when a command talks to a server, not with every command.
  const [{ SmtpTransport }, { ImapInbox }] = await Promise.all([
    import("../../mail/smtp-transport.js"),
    import("../../mail/imap-inbox.js"),
  ]);
  if (account.oauth) {
    const { accessTokenSource } = await import("./mail-signin.js");
    const token = (service: "smtp" | "imap") => ({
      accessToken: accessTokenSource(mail, account, service),
    });
    const inbox = account.imap
      ? new ImapInbox(account.imap, token("imap"), account.sentFolder)
      : null;
    return ok({ account, transport: new SmtpTransport(account.smtp, token("smtp")), inbox });
  }
  const smtpPassword = await mail.secret(account.smtp.password);
  if (!smtpPassword.ok) return fail(`SMTP: ${smtpPassword.errors[0]}`);
  let inbox: Inbox | null = null;
  if (account.imap) {
    const imapPassword = await mail.secret(account.imap.password);
    if (!imapPassword.ok) return fail(`IMAP: ${imapPassword.errors[0]}`);
    inbox = new ImapInbox(
      account.imap,
      { pass: imapPassword.value },
      account.sentFolder,
      mail.serverWaitMs,
    );
  }
  const transport = new SmtpTransport(
    account.smtp,
    { pass: smtpPassword.value },
    {
      connectMs: mail.serverWaitMs,
      idleMs: Math.max(mail.serverWaitMs, 60_000),
    },
  );
  return ok({ account, transport, inbox });
}
