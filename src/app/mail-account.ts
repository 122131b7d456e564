import { formatFieldError } from "../core/record/field-error.js";
import { fail, ok, type Result } from "../core/result.js";
import type { Inbox } from "../mail/inbox.js";
import type { MailAccount } from "../mail/mail-config.js";
import type { MailTransport } from "../mail/mail-transport.js";
import { mailConfigPath, readMailConfig } from "../mail/read-mail-config.js";
import { readSecret } from "../mail/read-secret.js";

export type Env = Record<string, string | undefined>;

/** The account of `mail.yaml`, or why there is none usable, in words. */
export async function loadMailAccount(home: string): Promise<Result<MailAccount, string>> {
  const read = await readMailConfig(home);
  if (!read.ok) {
    return fail(
      [
        `${mailConfigPath(home)} has mistakes:`,
        ...read.errors.map((error) => `  ${formatFieldError(error)}`),
      ].join("\n"),
    );
  }
  if (!read.value) {
    return fail(
      `No mail account yet: run \`afterword mail setup\`, or write ${mailConfigPath(home)} (see docs/mail.md).`,
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
  account: MailAccount,
  env: Env,
  home: string,
): Promise<Result<MailConnections, string>> {
  // The mail libraries load only when a command talks to a server, not with every command.
  const [{ SmtpTransport }, { ImapInbox }] = await Promise.all([
    import("../mail/smtp-transport.js"),
    import("../mail/imap-inbox.js"),
  ]);
  if (account.oauth) {
    const { accessTokenSource } = await import("./mail-signin.js");
    const token = (service: "smtp" | "imap") => ({
      accessToken: accessTokenSource(account, home, env, service),
    });
    const inbox = account.imap
      ? new ImapInbox(account.imap, token("imap"), account.sentFolder)
      : null;
    return ok({ account, transport: new SmtpTransport(account.smtp, token("smtp")), inbox });
  }
  const smtpPassword = await readSecret(account.smtp.password, env, home);
  if (!smtpPassword.ok) return fail(`SMTP: ${smtpPassword.errors[0]}`);
  let inbox: Inbox | null = null;
  if (account.imap) {
    const imapPassword = await readSecret(account.imap.password, env, home);
    if (!imapPassword.ok) return fail(`IMAP: ${imapPassword.errors[0]}`);
    inbox = new ImapInbox(
      account.imap,
      { pass: imapPassword.value },
      account.sentFolder,
      waitMs(env),
    );
  }
  const transport = new SmtpTransport(
    account.smtp,
    { pass: smtpPassword.value },
    {
      connectMs: waitMs(env),
      idleMs: Math.max(waitMs(env), 60_000),
    },
  );
  return ok({ account, transport, inbox });
}

/** How long a server that accepted the connection may stay silent before it is given up on. */
export const SERVER_WAIT_MS = 20_000;

/** `AFTERWORD_MAIL_TIMEOUT` (seconds) sets the wait, for a slow line or a quick test; the default otherwise. */
function waitMs(env: Env): number {
  const seconds = Number(env.AFTERWORD_MAIL_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : SERVER_WAIT_MS;
}
