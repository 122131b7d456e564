import type { DateTime } from "luxon";
import { MailFailure } from "../../mail/mail-problem.js";
import type { JobQueue, TakenJob } from "../../store/job-queue.js";
import { SEND_QUEUE, type CandidateJob, type SendJob } from "../../store/job-queues.js";
import type { Scope } from "../../store/scope.js";
import type { Store } from "../../store/store.js";
import { deliverClaimed, fileSentCopies, fileSentCopy, type Delivery } from "./deliver.js";
import type { MailConnections } from "./mail-account.js";
import { syncInbox } from "../inbox/sync-inbox.js";
import type { WorkerEvent, WorkerSettings } from "./worker.js";

/** What a worker on PostgreSQL runs with: the job queue, and each candidate's store and mail. */
export interface JobWorld {
  jobs: JobQueue;
  storeFor(scope: Scope): Store;
  /** The candidate's mail connections, started; null when this worker holds no account of theirs. */
  mailFor(scope: Scope): Promise<MailConnections | null>;
  /** The candidates whose accounts this worker holds: it keeps their mailboxes read. */
  served: Scope[];
}

export type JobWorkerEvent =
  | WorkerEvent
  /** A job for a candidate whose mail account this worker does not hold: left for a later try. */
  | { type: "no-account"; scope: Scope };

const iso = (at: DateTime) => at.toUTC().toISO()!;

/**
 * The worker on PostgreSQL: takes one job at a time from the queue (a message to send, a mailbox
 * to read), runs it for the candidate the job names, in that candidate's store alone, and marks
 * it done. Sending keeps every rule of the outbox: a job only says which item to look at; the
 * item's own claim decides who sends it, so two jobs for one item never send it twice.
 * `signal` stops it between two jobs; a job taken but not begun is given back.
 */
export async function runJobWorker(
  world: JobWorld,
  settings: WorkerSettings,
  signal: AbortSignal,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  try {
    for (const scope of world.served) {
      await world.storeFor(scope).outbox.redispatch();
      if ((await world.mailFor(scope))?.inbox) {
        await world.jobs.readMailbox(scope, 0, settings.pollSeconds);
      }
    }
    while (!signal.aborted) {
      const job = await world.jobs.take();
      if (!job) {
        if (settings.once) break;
        await pause(world.jobs.idleMs, signal);
        continue;
      }
      if (signal.aborted) {
        await world.jobs.release(job);
        break;
      }
      await runJob(world, settings, job, report);
    }
  } finally {
    report({ type: "stopped" });
  }
}

async function runJob(
  world: JobWorld,
  settings: WorkerSettings,
  job: TakenJob,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  const scope = scopeOf(job.data);
  const mail = await world.mailFor(scope);
  if (!mail) {
    report({ type: "no-account", scope });
    await world.jobs.fail(job, new Error("this worker holds no mail account of the candidate"));
    return;
  }
  const delivery: Delivery = {
    store: world.storeFor(scope),
    account: mail.account,
    transport: mail.transport,
    inbox: mail.inbox,
    worker: settings.worker,
    leaseSeconds: settings.leaseSeconds,
    retry: settings.retry,
    clock: settings.clock,
  };
  try {
    if (job.queue === SEND_QUEUE) await send(delivery, job.data, report);
    else await readMailbox(world, delivery, settings, scope, report);
  } catch (error) {
    await world.jobs.fail(job, error);
    throw error;
  }
  await world.jobs.finish(job);
}

/**
 * Sends the item if it is due (or its last claim ran out). Held by another worker: looks again when
 * that claim runs out, in case its worker died. Not yet due by this worker's clock (another
 * machine's clock, or the database's, ran ahead): looks again when it is. Sent, failed or
 * cancelled: nothing to do.
 */
async function send(
  delivery: Delivery,
  job: SendJob,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  const { store, worker } = delivery;
  const now = delivery.clock();
  const item = await store.outbox.claim(
    job.outboxId,
    worker,
    iso(now),
    iso(now.plus({ seconds: delivery.leaseSeconds })),
  );
  if (!item) {
    const current = await store.outbox.get(job.outboxId);
    const again =
      current?.state === "sending"
        ? current.leaseUntil
        : current?.state === "queued"
          ? current.nextAttemptAt
          : null;
    if (current && again) {
      const soonest = iso(delivery.clock().plus({ seconds: 1 }));
      await store.outbox.lookAgain(current.id, again > soonest ? again : soonest);
    }
    return;
  }
  const event = await deliverClaimed(delivery, item);
  report(event);
  if (delivery.inbox && (event.type === "sent" || event.type === "already-sent")) {
    const sent = await store.outbox.get(item.id);
    if (sent) await fileSentCopy(delivery, sent, report);
  }
}

/** Reads the candidate's mailbox, files what was sent, and asks for the next reading. */
async function readMailbox(
  world: JobWorld,
  delivery: Delivery,
  settings: WorkerSettings,
  scope: Scope,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  const { inbox } = delivery;
  if (!inbox) return;
  try {
    const folders = await syncInbox(
      { store: delivery.store },
      inbox,
      delivery.account,
      settings.clock,
    );
    report({ type: "synced", folders });
    await fileSentCopies(delivery, report);
  } catch (error) {
    if (!(error instanceof MailFailure)) throw error;
    report({ type: "inbox-problem", problem: error.problem });
  }
  await world.jobs.readMailbox(scope, settings.pollSeconds, settings.pollSeconds);
}

function scopeOf(job: CandidateJob): Scope {
  return { organisationId: job.organisationId, candidateId: job.candidateId };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
