import type { MailProblem } from "../../mail/mail-problem.js";
import { MailFailure } from "../../mail/mail-problem.js";
import { tokenRefusal, type OAuthProblem } from "../../mail/oauth-problem.js";
import { mailScopesOf } from "../../mail/oauth-providers.js";
import { connectionsFor, loadMailAccount, type MailConnections } from "./mail-account.js";
import type { MailAccounts } from "./mail-accounts.js";
import type { UserErrorCode } from "../user-error.js";
import { currentTokens } from "./mail-signin.js";

export interface ConnectionCheck {
  ok: boolean;
  server: string;
  problem: MailProblem | null;
  /** With OAuth: why the sign-in or its token was refused (`token-expired`, `wrong-audience`, …). */
  signIn: OAuthProblem["code"] | null;
}

export interface MailCheck {
  /** Set when the account itself could not be read (no file, a mistake, a missing password). */
  account: string | null;
  /** The code of that error, when the account is missing or has mistakes. */
  accountCode?: UserErrorCode;
  smtp: ConnectionCheck | null;
  imap:
    (ConnectionCheck & { sentFolder: string | null; folders: string[]; missing: string[] }) | null;
}

/**
 * Connects to both servers and logs in, without sending anything, and says what is wrong. With
 * OAuth, each connection has already renewed a token refused before its time; what is still
 * refused is explained from what the provider said or granted.
 */
export async function checkMail(mail: MailAccounts): Promise<MailCheck> {
  const account = await loadMailAccount(mail);
  if (!account.ok)
    return {
      account: account.errors[0]!.message,
      accountCode: account.errors[0]!.code,
      smtp: null,
      imap: null,
    };
  const connections = await connectionsFor(mail, account.value);
  if (!connections.ok) return { account: connections.errors[0]!, smtp: null, imap: null };
  const check = await logIn(connections.value);
  const oauth = account.value.oauth;
  if (!oauth) return check;
  const refused = [check.smtp, check.imap].some(refusedByServer);
  const granted = refused ? await currentTokens(mail, account.value) : null;
  const explain = <T extends ConnectionCheck>(connection: T): T => {
    if (refusedByServer(connection)) {
      const why = tokenRefusal({
        serverSays: connection.problem.serverSays,
        granted: granted?.ok ? (granted.value.scope ?? null) : null,
        needed: mailScopesOf(oauth),
      });
      return {
        ...connection,
        problem: { ...connection.problem, message: why.message },
        signIn: why.code,
      };
    }
    const signIn = connection.problem?.signIn;
    return signIn ? { ...connection, signIn } : connection;
  };
  return {
    ...check,
    smtp: check.smtp && explain(check.smtp),
    imap: check.imap && explain(check.imap),
  };
}

async function logIn(connections: MailConnections): Promise<MailCheck> {
  const { account, transport, inbox } = connections;
  const { smtp, imap } = account;
  await transport.start();
  const verified = await transport.verify();
  await transport.stop();
  const smtpCheck: ConnectionCheck = {
    ok: verified.ok,
    server: `${smtp.host}:${smtp.port} (${smtp.security})`,
    problem: verified.ok ? null : verified.errors[0]!,
    signIn: null,
  };
  if (!inbox || !imap) return { account: null, smtp: smtpCheck, imap: null };

  const server = `${imap.host}:${imap.port} (${imap.security})`;
  try {
    await inbox.start();
    const folders = await inbox.folders();
    const sentFolder = await inbox.sentFolder();
    const missing = account.folders.filter(
      (folder) => !folders.some((f) => f.toLowerCase() === folder.toLowerCase()),
    );
    return {
      account: null,
      smtp: smtpCheck,
      imap: {
        ok: missing.length === 0,
        server,
        problem: null,
        signIn: null,
        sentFolder,
        folders,
        missing,
      },
    };
  } catch (error) {
    if (!(error instanceof MailFailure)) throw error;
    return {
      account: null,
      smtp: smtpCheck,
      imap: {
        ok: false,
        server,
        problem: error.problem,
        signIn: null,
        sentFolder: null,
        folders: [],
        missing: [],
      },
    };
  } finally {
    await inbox.stop();
  }
}

/** A server that answered and refused the login (not a token that could not even be had). */
function refusedByServer(
  check: ConnectionCheck | null,
): check is ConnectionCheck & { problem: MailProblem } {
  return check?.problem?.kind === "auth" && check.problem.serverSays !== null;
}
