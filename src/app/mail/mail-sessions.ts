import { fail, ok, type Result } from "../../core/result.js";
import type { UserError } from "../user-error.js";
import { connectionsFor, loadMailAccount, type MailConnections } from "./mail-account.js";
import type { MailAccounts } from "./mail-accounts.js";

interface Session {
  /** The account as it was read: one changed since is connected afresh. */
  account: string;
  connections: MailConnections;
  openedAt: number;
}

/**
 * The mail connections of the candidates a worker has lately worked for, kept open from one job
 * to the next so that a run of messages is one SMTP login, not one each. A candidate's account is
 * read again at every job: one whose settings changed is connected afresh, and none is kept past
 * `maxAgeMs`, so a new password is in use within that span. At most `limit` are kept; the one
 * used longest ago is closed first.
 */
export class MailSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly limit = 32,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  /** The candidate's connections, started; or why their account cannot be used. */
  async open(
    key: string,
    mail: MailAccounts,
  ): Promise<Result<MailConnections, UserError | string>> {
    const account = await loadMailAccount(mail);
    if (!account.ok) return fail(account.errors[0]!);
    const settings = JSON.stringify(account.value);
    const kept = this.sessions.get(key);
    if (kept) {
      this.sessions.delete(key);
      if (kept.account === settings && Date.now() - kept.openedAt < this.maxAgeMs) {
        this.sessions.set(key, kept);
        return ok(kept.connections);
      }
      await stop(kept.connections);
    }
    const made = await connectionsFor(mail, account.value);
    if (!made.ok) return made;
    await made.value.transport.start();
    this.sessions.set(key, { account: settings, connections: made.value, openedAt: Date.now() });
    for (const [oldest, session] of this.sessions) {
      if (this.sessions.size <= this.limit) break;
      this.sessions.delete(oldest);
      await stop(session.connections);
    }
    return ok(made.value);
  }

  async close(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((session) => stop(session.connections)));
  }
}

async function stop(connections: MailConnections): Promise<void> {
  await connections.transport.stop();
  await connections.inbox?.stop();
}
