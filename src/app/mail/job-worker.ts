import type { DateTime } from "luxon";
import { MailFailure } from "../../mail/mail-problem.js";
import type { JobQueue, TakenJob } from "../../store/job-queue.js";
import { SEND_QUEUE, type CandidateJob, type SendJob } from "../../store/job-queues.js";
import type { Scope } from "../../store/scope.js";
import type { AppContext } from "../context.js";
import { deliverClaimed, fileSentCopies, fileSentCopy, type Delivery } from "./deliver.js";
import { MailSessions } from "./mail-sessions.js";
import { syncInbox } from "../inbox/sync-inbox.js";
import type { WorkerEvent, WorkerSettings } from "./worker.js";

/** What a job needs of a candidate's world: their store alone, their mail account, the moment. */
export type WorkerContext = Pick<AppContext, "store" | "mail" | "now">;

/** What a worker on PostgreSQL runs with: the job queue, and a context for any candidate. */
export interface JobWorld {
  jobs: JobQueue;
  /** The context of the candidate a job names, at `now`. */
  contextFor(scope: Scope, now: DateTime): WorkerContext;
  /** Candidates looked after on starting: their outbox dispatched again, their mailbox read. */
  served: Scope[];
}

export type JobWorkerEvent =
  | WorkerEvent
  /** A job for a candidate whose mail account cannot be used (none yet, or wrong): tried later. */
  | { type: "no-account"; scope: Scope; problem: string };

const iso = (at: DateTime) => at.toUTC().toISO()!;

/**
 * The worker on PostgreSQL: takes one job at a time from the queue (a message to send, a mailbox
 * to read), builds the context of the candidate the job names (their store alone, their own mail
 * account), runs the job in it, and marks it done. Sending keeps every rule of the outbox: a job
 * only says which item to look at; the item's own claim decides who sends it, so two jobs for one
 * item never send it twice. `signal` stops it between two jobs; a job taken but not begun is
 * given back.
 */
export async function runJobWorker(
  world: JobWorld,
  settings: WorkerSettings,
  signal: AbortSignal,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  const sessions = new MailSessions();
  report({ type: "started", reading: true });
  try {
    for (const scope of world.served) {
      const ctx = world.contextFor(scope, settings.clock());
      await ctx.store.outbox.redispatch();
      const account = await ctx.mail.read();
      if (account.ok && account.value?.imap) {
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
      await runJob(world, sessions, settings, job, report);
    }
  } finally {
    await sessions.close();
    report({ type: "stopped" });
  }
}

async function runJob(
  world: JobWorld,
  sessions: MailSessions,
  settings: WorkerSettings,
  job: TakenJob,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  const scope = scopeOf(job.data);
  const ctx = world.contextFor(scope, settings.clock());
  const mail = await sessions.open(`${scope.organisationId}:${scope.candidateId}`, ctx.mail);
  if (!mail.ok) {
    const problem = mail.errors[0]!;
    const words = typeof problem === "string" ? problem : problem.message;
    report({ type: "no-account", scope, problem: words });
    await world.jobs.fail(job, new Error(words));
    return;
  }
  const delivery: Delivery = {
    store: ctx.store,
    account: mail.value.account,
    transport: mail.value.transport,
    inbox: mail.value.inbox,
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
