import type { MailProblem } from "../mail/mail-problem.js";
import { MailFailure } from "../mail/mail-problem.js";
import { tokenRefusal } from "../mail/oauth-problem.js";
import { connectionsFor, loadMailAccount, type Env } from "./mail-account.js";

export interface ConnectionCheck {
  ok: boolean;
  server: string;
  problem: MailProblem | null;
}

export interface MailCheck {
  /** Set when the account itself could not be read (no file, a mistake, a missing password). */
  account: string | null;
  smtp: ConnectionCheck | null;
  imap:
    (ConnectionCheck & { sentFolder: string | null; folders: string[]; missing: string[] }) | null;
}

/** Connects to both servers and logs in, without sending anything, and says what is wrong. */
export async function checkMail(home: string, env: Env): Promise<MailCheck> {
  const account = await loadMailAccount(home);
  if (!account.ok) return { account: account.errors[0]!, smtp: null, imap: null };
  const connections = await connectionsFor(account.value, env, home);
  if (!connections.ok) return { account: connections.errors[0]!, smtp: null, imap: null };
  const { transport, inbox } = connections.value;
  const { smtp, imap } = account.value;

  await transport.start();
  const verified = await transport.verify();
  await transport.stop();
  // A refused token means something else than a refused password: say what.
  const inWords = (problem: MailProblem): MailProblem =>
    account.value.oauth && problem.kind === "auth" && problem.serverSays
      ? { ...problem, message: tokenRefusal(problem.serverSays).message }
      : problem;
  const smtpCheck: ConnectionCheck = {
    ok: verified.ok,
    server: `${smtp.host}:${smtp.port} (${smtp.security})`,
    problem: verified.ok ? null : inWords(verified.errors[0]!),
  };
  if (!inbox || !imap) return { account: null, smtp: smtpCheck, imap: null };

  const server = `${imap.host}:${imap.port} (${imap.security})`;
  try {
    await inbox.start();
    const folders = await inbox.folders();
    const sentFolder = await inbox.sentFolder();
    const missing = account.value.folders.filter(
      (folder) => !folders.some((f) => f.toLowerCase() === folder.toLowerCase()),
    );
    return {
      account: null,
      smtp: smtpCheck,
      imap: { ok: missing.length === 0, server, problem: null, sentFolder, folders, missing },
    };
  } catch (error) {
    if (!(error instanceof MailFailure)) throw error;
    return {
      account: null,
      smtp: smtpCheck,
      imap: {
        ok: false,
        server,
        problem: inWords(error.problem),
        sentFolder: null,
        folders: [],
        missing: [],
      },
    };
  } finally {
    await inbox.stop();
  }
}
