import type { DateTime } from "luxon";
import { retryDelay, type RetryPolicy } from "../../core/outbox/retry-policy.js";
import type { Inbox } from "../../mail/inbox.js";
import type { MailAccount } from "../../mail/mail-config.js";
import { certainlyNotSent, MailFailure, type MailProblem } from "../../mail/mail-problem.js";
import type { MailTransport } from "../../mail/mail-transport.js";
import { buildMessage } from "../../mail/outgoing-message.js";
import type { OutboxItem } from "../../store/outbox.repository.js";
import type { Store } from "../../store/store.js";
import { noteSent } from "../plan/plan-events.js";

/** What the delivery loop runs with. The clock is live: a worker runs for hours. */
export interface Delivery {
  store: Store;
  account: MailAccount;
  transport: MailTransport;
  /** Null when no IMAP account is set up: nothing can be checked or filed then. */
  inbox: Inbox | null;
  worker: string;
  leaseSeconds: number;
  retry: RetryPolicy;
  clock: () => DateTime;
}

export type DeliveryEvent =
  | {
      type: "sent";
      item: OutboxItem;
      response: string;
      rejected: string[];
      planNote: string | null;
    }
  | { type: "already-sent"; item: OutboxItem; folder: string; planNote: string | null }
  | { type: "retry"; item: OutboxItem; problem: MailProblem | string; at: string }
  | { type: "failed"; item: OutboxItem; problem: string }
  | { type: "lost-claim"; item: OutboxItem }
  | { type: "filed"; item: OutboxItem; appended: boolean }
  | { type: "inbox-problem"; problem: MailProblem };

const iso = (at: DateTime) => at.toUTC().toISO()!;

/**
 * Sends every item that is due, one claim at a time, until none is left or `stopping()` says so.
 * Returns how many items it handled.
 */
export async function deliverDue(
  delivery: Delivery,
  report: (event: DeliveryEvent) => void,
  stopping: () => boolean = () => false,
): Promise<number> {
  let handled = 0;
  while (!stopping()) {
    const now = delivery.clock();
    const item = await delivery.store.outbox.claimNext(
      delivery.worker,
      iso(now),
      iso(now.plus({ seconds: delivery.leaseSeconds })),
    );
    if (!item) break;
    report(await deliverClaimed(delivery, item));
    handled++;
  }
  return handled;
}

/**
 * One claimed item: if an earlier try may have reached the server, look for the message in the
 * mailbox first; otherwise (or when it is not there) send it and record what the server said.
 */
export async function deliverClaimed(delivery: Delivery, item: OutboxItem): Promise<DeliveryEvent> {
  const { store, worker } = delivery;
  if (item.maybeSent) {
    const checked = await checkEarlierTry(delivery, item);
    if (checked) return checked;
  }
  const raw = item.raw ?? (await build(item, delivery.clock()));
  if (!(await store.outbox.startAttempt(item.id, worker, raw, iso(delivery.clock())))) {
    return { type: "lost-claim", item };
  }
  const selfCopy = witnessedBySelfCopy(delivery);
  const renewal = keepLease(delivery, item.id);
  const result = await delivery.transport
    .send({
      messageId: item.messageId,
      envelope: {
        from: item.from.email,
        to: [...item.to.map((person) => person.email), ...(selfCopy ? [item.from.email] : [])],
      },
      raw: Buffer.from(raw),
    })
    .finally(() => clearInterval(renewal));
  const now = iso(delivery.clock());

  if (result.ok) {
    const refused = result.value.rejected.filter(
      (r) => r.address.toLowerCase() !== item.from.email.toLowerCase(),
    );
    if (refused.length >= item.to.length) {
      // Only our own copy went through: for the recipients this is a refusal, not a send.
      await removeSelfCopies(delivery, item).catch(() => undefined);
      const serverSays = refused.map((r) => r.serverSays).join("; ");
      const code = Number(/^\d{3}/.exec(serverSays)?.[0] ?? 550);
      return settleFailure(delivery, item, {
        service: "smtp",
        kind: code < 500 ? "transient" : "permanent",
        message: `The sending server refused the recipient: ${serverSays}.`,
        serverSays,
        code,
      });
    }
    if (!(await store.outbox.recordSent(item.id, worker, result.value.response, now))) {
      return { type: "lost-claim", item };
    }
    if (refused.length > 0) {
      await store.outbox.addNote(
        item.id,
        `Refused for ${refused.map((r) => `${r.address} (${r.serverSays})`).join(", ")}`,
        now,
      );
    }
    return {
      type: "sent",
      item,
      response: result.value.response,
      rejected: refused.map((r) => r.address),
      planNote: await notePlanner(delivery, item),
    };
  }
  return settleFailure(delivery, item, result.errors[0]!);
}

async function settleFailure(
  delivery: Delivery,
  item: OutboxItem,
  problem: MailProblem,
): Promise<DeliveryEvent> {
  const { store, worker } = delivery;
  const now = delivery.clock();
  const certain = certainlyNotSent(problem);
  const delay = problem.kind === "permanent" ? null : retryDelay(item.attempts, delivery.retry);
  if (delay === null) {
    const words =
      problem.kind === "permanent"
        ? problem.message
        : `Gave up after ${item.attempts} tries. The last problem: ${problem.message}`;
    const recorded = await store.outbox.recordFailed(
      item.id,
      worker,
      { problem: words, serverSays: problem.serverSays, certain },
      iso(now),
    );
    return recorded ? { type: "failed", item, problem: words } : { type: "lost-claim", item };
  }
  const at = iso(now.plus({ seconds: delay }));
  const recorded = await store.outbox.recordRetry(
    item.id,
    worker,
    { at, problem: problem.message, serverSays: problem.serverSays, certain },
    iso(now),
  );
  return recorded ? { type: "retry", item, problem, at } : { type: "lost-claim", item };
}

/**
 * An earlier try was cut off after the message may have reached the server. The mailbox is the
 * witness: the server files it in Sent, or delivers our own envelope copy to the INBOX, at the
 * moment it accepts it. Found: it left, record that. Not found: it did not, send it.
 * Null means "send it now".
 */
async function checkEarlierTry(
  delivery: Delivery,
  item: OutboxItem,
): Promise<DeliveryEvent | null> {
  const { store, worker, inbox } = delivery;
  const now = iso(delivery.clock());
  if (!inbox) {
    const words = `A try to send this was cut off after the message may have reached the server, and without an IMAP account Afterword cannot check. Look in your Sent folder; if it is not there, retry it from the outbox.`;
    const recorded = await store.outbox.recordFailed(
      item.id,
      worker,
      { problem: words, serverSays: null, certain: false },
      now,
    );
    return recorded ? { type: "failed", item, problem: words } : { type: "lost-claim", item };
  }
  try {
    const folder = await findCopy(inbox, item.messageId);
    if (!folder) return null;
    const recorded = await store.outbox.recordSent(
      item.id,
      worker,
      `found in ${folder} after an interrupted try`,
      now,
    );
    return recorded
      ? { type: "already-sent", item, folder, planNote: await notePlanner(delivery, item) }
      : { type: "lost-claim", item };
  } catch (error) {
    if (!(error instanceof MailFailure)) throw error;
    const at = iso(delivery.clock().plus({ seconds: delivery.retry.firstDelaySeconds }));
    const problem = `Cannot yet check whether an interrupted try went out: ${error.problem.message}`;
    const recorded = await store.outbox.recordRetry(
      item.id,
      worker,
      { at, problem, serverSays: error.problem.serverSays, certain: false },
      now,
    );
    return recorded ? { type: "retry", item, problem, at } : { type: "lost-claim", item };
  }
}

/** Tells the planner a planned message left, so it is no longer suggested. */
function notePlanner(delivery: Delivery, item: OutboxItem): Promise<string | null> {
  if (item.interviewId === null || item.kind === null) return Promise.resolve(null);
  const ctx = { store: delivery.store, now: delivery.clock() };
  return noteSent(ctx, item.interviewId, item.kind, item.to[0]!.email);
}

/** The folder holding a copy of the message, or null. */
async function findCopy(inbox: Inbox, messageId: string): Promise<string | null> {
  const sent = await inbox.sentFolder();
  for (const folder of [sent, "INBOX"]) {
    if ((await inbox.find(folder, messageId)).length > 0) return folder;
  }
  return null;
}

/**
 * When Afterword files the Sent copy itself, the server's acceptance leaves no trace in the mailbox
 * until then; a copy to the sender's own address in the envelope (not in the headers) is that
 * trace. When the server files sent mail itself, its Sent copy is.
 */
function witnessedBySelfCopy(delivery: Delivery): boolean {
  return delivery.inbox !== null && delivery.account.sentCopy === "append";
}

/** Renews the claim while the server takes its time, so no other worker takes the item over. */
function keepLease(delivery: Delivery, id: number): NodeJS.Timeout {
  const every = Math.max(200, (delivery.leaseSeconds * 1000) / 3);
  const timer = setInterval(() => {
    const until = iso(delivery.clock().plus({ seconds: delivery.leaseSeconds }));
    delivery.store.outbox.renewLease(id, delivery.worker, until).catch(() => undefined);
  }, every);
  timer.unref();
  return timer;
}

function build(item: OutboxItem, now: DateTime): Promise<string> {
  return buildMessage({
    messageId: item.messageId,
    from: item.from,
    to: item.to,
    subject: item.subject,
    text: item.body,
    date: now.toJSDate(),
    inReplyTo: item.inReplyTo,
    references: item.references,
  }).then((buffer) => buffer.toString("utf8"));
}

/**
 * Makes sure each sent message has its copy in the Sent folder (appending it when the server did
 * not), and removes the envelope copy from the INBOX. Safe to repeat: it looks before it appends.
 */
export async function fileSentCopies(
  delivery: Delivery,
  report: (event: DeliveryEvent) => void,
): Promise<void> {
  if (!delivery.inbox) return;
  for (const item of await delivery.store.outbox.unfiled()) {
    if (!(await fileSentCopy(delivery, item, report))) return;
  }
}

/** Files one sent item's copy (see `fileSentCopies`); false when the mailbox could not be reached. */
export async function fileSentCopy(
  delivery: Delivery,
  item: OutboxItem,
  report: (event: DeliveryEvent) => void,
): Promise<boolean> {
  const { inbox, store } = delivery;
  if (!inbox || item.state !== "sent" || item.filedAt !== null || item.raw === null) return true;
  try {
    const sent = await inbox.sentFolder();
    let appended = false;
    if (
      delivery.account.sentCopy === "append" &&
      (await inbox.find(sent, item.messageId)).length === 0
    ) {
      await inbox.append(sent, Buffer.from(item.raw), ["\\Seen"]);
      appended = true;
    }
    await removeSelfCopies(delivery, item);
    await store.outbox.markFiled(item.id, iso(delivery.clock()));
    report({ type: "filed", item, appended });
    return true;
  } catch (error) {
    if (!(error instanceof MailFailure)) throw error;
    report({ type: "inbox-problem", problem: error.problem });
    return false;
  }
}

async function removeSelfCopies(delivery: Delivery, item: OutboxItem): Promise<void> {
  if (!delivery.inbox || !witnessedBySelfCopy(delivery)) return;
  const copies = await delivery.inbox.find("INBOX", item.messageId);
  await delivery.inbox.remove("INBOX", copies);
}
