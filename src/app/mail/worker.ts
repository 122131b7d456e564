import { DateTime } from "luxon";
import type { RetryPolicy } from "../../core/outbox/retry-policy.js";
import { MailFailure } from "../../mail/mail-problem.js";
import { ok, type Result } from "../../core/result.js";
import type { Store } from "../../store/store.js";
import type { AppContext } from "../context.js";
import type { UserError } from "../user-error.js";
import { deliverDue, fileSentCopies, type Delivery, type DeliveryEvent } from "./deliver.js";
import { connectionsFor, loadMailAccount } from "./mail-account.js";
import { syncInbox, type FolderSync } from "../inbox/sync-inbox.js";

export interface WorkerSettings {
  /** This worker's name in the claims it takes. */
  worker: string;
  /** Send what is due and read the mailbox once, then stop. */
  once: boolean;
  /** How long a claim holds without renewal: after a crash, the item waits this long. */
  leaseSeconds: number;
  /** How often the mailbox is read for replies. */
  pollSeconds: number;
  retry: RetryPolicy;
  clock: () => DateTime;
}

export type WorkerEvent =
  | DeliveryEvent
  | { type: "synced"; folders: FolderSync[] }
  /** Whether the server tells the worker of new mail at once (IMAP IDLE), or it polls. */
  | { type: "watching"; idle: boolean }
  /** Connected: sending what is due, and reading the mailbox when the account has one. */
  | { type: "started"; reading: boolean }
  | { type: "stopped" };

/** What the worker on the candidate's own machine runs with: their store and their mail account. */
export type LocalWorkerContext = Pick<AppContext, "store" | "mail">;

/**
 * The worker's loop: send what is due, file the Sent copies, read the mailbox for replies, sleep
 * until the next thing is due. Where the server offers IMAP IDLE, new mail in INBOX wakes it at
 * once; the mailbox is read every `pollSeconds` all the same (other folders, a lost watch).
 * `signal` stops it between two steps; a message being handed to the server is never cut off.
 * It connects with the context's mail account; when that cannot be used, it says why and stops.
 */
export async function runWorker(
  ctx: LocalWorkerContext,
  settings: WorkerSettings,
  signal: AbortSignal,
  report: (event: WorkerEvent) => void,
): Promise<Result<void, UserError<"no-mail-account" | "bad-mail-account"> | string>> {
  const { store } = ctx;
  const loaded = await loadMailAccount(ctx.mail);
  if (!loaded.ok) return loaded;
  const connections = await connectionsFor(ctx.mail, loaded.value);
  if (!connections.ok) return connections;
  const { transport, inbox, account } = connections.value;
  report({ type: "started", reading: inbox !== null });
  const delivery: Delivery = {
    store,
    account,
    transport,
    inbox,
    worker: settings.worker,
    leaseSeconds: settings.leaseSeconds,
    retry: settings.retry,
    clock: settings.clock,
  };
  await transport.start();
  let lastPoll: DateTime | null = null;
  let news = false;
  const bell = new Bell();
  const watch =
    inbox && !settings.once
      ? inbox.watch("INBOX", {
          news: () => {
            news = true;
            bell.ring();
          },
          pushing: (idle) => report({ type: "watching", idle }),
          problem: (problem) => report({ type: "inbox-problem", problem }),
        })
      : null;
  try {
    while (!signal.aborted) {
      await deliverDue(delivery, report, () => signal.aborted);
      if (signal.aborted) break;
      await fileSentCopies(delivery, report);
      const now = settings.clock();
      if (
        inbox &&
        (news || !lastPoll || now.diff(lastPoll).as("seconds") >= settings.pollSeconds)
      ) {
        lastPoll = now;
        news = false;
        try {
          report({
            type: "synced",
            folders: await syncInbox({ store }, inbox, account, settings.clock),
          });
        } catch (error) {
          if (!(error instanceof MailFailure)) throw error;
          report({ type: "inbox-problem", problem: error.problem });
        }
      }
      if (settings.once) break;
      if (!news) await sleep(await wakeIn(store, settings, lastPoll), signal, bell);
    }
  } finally {
    await watch?.stop();
    await transport.stop();
    await inbox?.stop();
    report({ type: "stopped" });
  }
  return ok(undefined);
}

/** Milliseconds until something is due, a claim runs out, or the mailbox is to be read. */
async function wakeIn(
  store: Store,
  settings: WorkerSettings,
  lastPoll: DateTime | null,
): Promise<number> {
  const now = settings.clock();
  const next = await store.outbox.nextWake();
  const candidates = [settings.pollSeconds * 1000];
  if (next) candidates.push(DateTime.fromISO(next).diff(now).as("milliseconds"));
  if (lastPoll) {
    candidates.push(lastPoll.plus({ seconds: settings.pollSeconds }).diff(now).as("milliseconds"));
  }
  // Other processes queue items too: look again at least every few seconds.
  candidates.push(5_000);
  return Math.max(50, Math.min(...candidates));
}

/** Wakes a sleeping worker early: rung when the server says new mail has arrived. */
class Bell {
  private waiter: (() => void) | null = null;

  ring(): void {
    this.waiter?.();
  }

  listen(waiter: (() => void) | null): void {
    this.waiter = waiter;
  }
}

function sleep(ms: number, signal: AbortSignal, bell: Bell): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      bell.listen(null);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
    bell.listen(done);
  });
}
