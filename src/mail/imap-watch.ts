import type { ImapFlow } from "imapflow";
import type { FolderWatch, WatchEvents } from "./inbox.js";
import { imapProblem } from "./imap-problem.js";
import { MailFailure } from "./mail-problem.js";
import type { ServerSettings } from "./mail-config.js";

/** Seconds before the n-th reconnection: 1, 2, 4 … up to five minutes. */
export function reconnectDelay(attempt: number): number {
  return Math.min(300, 2 ** Math.max(0, attempt - 1));
}

/** IDLE is renewed this often: servers drop an IDLE left alone for 30 minutes (RFC 2177). */
const IDLE_RENEW_MS = 25 * 60_000;

/**
 * Watches one folder with IMAP IDLE on its own connection, so the server says at once when mail
 * arrives. A server without IDLE is reported (`pushing(false)`) and left to the caller's polling.
 * A dropped connection is made again after a growing pause.
 */
export class ImapWatch implements FolderWatch {
  private client: ImapFlow | null = null;
  private stopped = false;
  private attempt = 0;
  private pause: { timer: NodeJS.Timeout; resolve: () => void } | null = null;
  private readonly done: Promise<void>;

  constructor(
    private readonly settings: ServerSettings,
    private readonly connect: (options: { maxIdleTime: number }) => Promise<ImapFlow>,
    private readonly folder: string,
    private readonly events: WatchEvents,
  ) {
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pause) {
      clearTimeout(this.pause.timer);
      this.pause.resolve();
    }
    const client = this.client;
    this.client = null;
    client?.close();
    await this.done;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        const idle = await this.watchOnce();
        if (!idle) return;
        this.attempt = 0;
      } catch (error) {
        if (this.stopped) return;
        const problem =
          error instanceof MailFailure
            ? error.problem
            : imapProblem(this.settings, error, this.folder);
        this.attempt++;
        const seconds = reconnectDelay(this.attempt);
        this.events.problem(problem, seconds);
        await this.sleep(seconds * 1000);
      }
    }
  }

  /** One connection's life: false when the server has no IDLE, else until the connection ends. */
  private async watchOnce(): Promise<boolean> {
    const client = await this.connect({ maxIdleTime: IDLE_RENEW_MS });
    if (this.stopped) {
      client.close();
      return false;
    }
    this.client = client;
    const closed = new Promise<void>((resolve) => client.once("close", () => resolve()));
    if (!client.capabilities.has("IDLE")) {
      this.events.pushing(false);
      await client.logout().catch(() => client.close());
      return false;
    }
    await client.mailboxOpen(this.folder, { readOnly: true });
    client.on("exists", () => this.events.news());
    this.attempt = 0;
    this.events.pushing(true);
    // idle() returns when IDLE ends; imapflow renews it every IDLE_RENEW_MS.
    while (!this.stopped && client.usable) await client.idle();
    await closed;
    if (!this.stopped) throw new Error("the server closed the connection");
    return true;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.pause = { timer: setTimeout(resolve, ms), resolve };
    });
  }
}
