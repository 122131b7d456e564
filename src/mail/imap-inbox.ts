import { ImapFlow } from "imapflow";
import type { Credential, ServerSettings } from "./mail-config.js";
import type { FetchedHeaders, FolderStatus, FolderWatch, Inbox, WatchEvents } from "./inbox.js";
import { ImapWatch } from "./imap-watch.js";
import { imapProblem } from "./imap-problem.js";
import { MailFailure, withToken } from "./mail-problem.js";

/**
 * Inbox over IMAP with imapflow: one connection, each folder locked while it is used. A dropped
 * connection is made again on the next call, so a long-running worker survives a server restart.
 */
export class ImapInbox implements Inbox {
  private client: ImapFlow | null = null;
  private sent: string | null;

  constructor(
    private readonly settings: ServerSettings,
    private readonly credential: Credential,
    sentFolder: string | null = null,
    /** How long a silent server is waited for when connecting. */
    private readonly connectMs = 20_000,
  ) {
    this.sent = sentFolder;
  }

  async start(): Promise<void> {
    await this.connected();
  }

  watch(folder: string, events: WatchEvents): FolderWatch {
    return new ImapWatch(this.settings, (options) => this.connect(options), folder, events);
  }

  /** A token the server refuses before its time is renewed once (`renew`) and the login tried again. */
  private async connect(extra: { maxIdleTime?: number } = {}, renew = false): Promise<ImapFlow> {
    const { host, port, security, user } = this.settings;
    const client = new ImapFlow({
      host,
      port,
      secure: security === "tls",
      doSTARTTLS: security === "starttls" ? true : security === "none" ? false : undefined,
      auth:
        "pass" in this.credential
          ? { user, pass: this.credential.pass }
          : { user, accessToken: await this.credential.accessToken(renew) },
      logger: false,
      connectionTimeout: this.connectMs,
      greetingTimeout: this.connectMs,
      socketTimeout: 5 * 60_000,
      disableAutoIdle: true,
      ...extra,
    });
    // A dropped connection also emits "error"; the failing call reports it in words.
    client.on("error", () => undefined);
    try {
      await client.connect();
    } catch (error) {
      client.close();
      const problem = imapProblem(this.settings, error);
      if (problem.kind === "auth" && "accessToken" in this.credential && !renew) {
        return this.connect(extra, true);
      }
      throw new MailFailure("pass" in this.credential ? problem : withToken(problem));
    }
    return client;
  }

  private async connected(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    this.client?.close();
    this.client = null;
    this.client = await this.connect();
    return this.client;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (!client) return;
    try {
      await client.logout();
    } catch {
      client.close();
    }
  }

  async folders(): Promise<string[]> {
    const list = await this.guard((client) => client.list());
    return list.map((folder) => folder.path);
  }

  async sentFolder(): Promise<string> {
    if (this.sent) return this.sent;
    const list = await this.guard((client) => client.list());
    const marked = list.find((folder) => folder.specialUse === "\\Sent");
    const named = list.find((folder) => /^(?:sent|sent items|sent messages)$/i.test(folder.name));
    const found = marked?.path ?? named?.path;
    if (found) {
      this.sent = found;
      return found;
    }
    await this.guard((client) => client.mailboxCreate("Sent"));
    this.sent = "Sent";
    return "Sent";
  }

  async status(folder: string): Promise<FolderStatus> {
    const status = await this.guard(async (client) => {
      // STATUS on the folder this connection has open answers from the connection's last view of
      // it (Dovecot does): a NOOP first brings in what arrived since.
      if (client.mailbox && client.mailbox.path === folder) await client.noop();
      return client.status(folder, { uidValidity: true, uidNext: true });
    }, folder);
    return { uidValidity: String(status.uidValidity ?? ""), uidNext: status.uidNext ?? 1 };
  }

  async uids(folder: string, from: { afterUid: number } | { since: Date }): Promise<number[]> {
    return this.inFolder(folder, async (client) => {
      const query = "since" in from ? { since: from.since } : { uid: `${from.afterUid + 1}:*` };
      const found = (await client.search(query, { uid: true })) || [];
      const after = "afterUid" in from ? from.afterUid : 0;
      return found.filter((uid) => uid > after).sort((a, b) => a - b);
    });
  }

  async headers(folder: string, uids: number[]): Promise<FetchedHeaders[]> {
    if (uids.length === 0) return [];
    return this.inFolder(folder, async (client) => {
      const fetched: FetchedHeaders[] = [];
      for await (const message of client.fetch(
        uids.join(","),
        { uid: true, headers: true },
        { uid: true },
      )) {
        if (message.headers) fetched.push({ uid: message.uid, headers: message.headers });
      }
      return fetched.sort((a, b) => a.uid - b.uid);
    });
  }

  async source(folder: string, uid: number): Promise<Buffer | null> {
    return this.inFolder(folder, async (client) => {
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      return message && message.source ? message.source : null;
    });
  }

  async find(folder: string, messageId: string): Promise<number[]> {
    return this.inFolder(folder, async (client) => {
      const found =
        (await client.search({ header: { "message-id": messageId } }, { uid: true })) || [];
      return found;
    });
  }

  async append(folder: string, raw: Buffer, flags: string[]): Promise<void> {
    await this.guard((client) => client.append(folder, raw, flags), folder);
  }

  async remove(folder: string, uids: number[]): Promise<void> {
    if (uids.length === 0) return;
    await this.inFolder(
      folder,
      (client) => client.messageDelete(uids.join(","), { uid: true }),
      false,
    );
  }

  private async inFolder<T>(
    folder: string,
    work: (client: ImapFlow) => Promise<T>,
    readOnly = true,
  ): Promise<T> {
    return this.guard(async (client) => {
      const lock = await client.getMailboxLock(folder, { readOnly });
      try {
        return await work(client);
      } finally {
        lock.release();
      }
    }, folder);
  }

  private async guard<T>(work: (client: ImapFlow) => Promise<T>, folder?: string): Promise<T> {
    const client = await this.connected();
    try {
      return await work(client);
    } catch (error) {
      if (error instanceof MailFailure) throw error;
      throw new MailFailure(imapProblem(this.settings, error, folder));
    }
  }
}
