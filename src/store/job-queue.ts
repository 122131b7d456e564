import { CompiledQuery, type Kysely } from "kysely";
import pg from "pg";
import type PgBoss from "pg-boss";
import {
  JOB_SCHEMA,
  MAILBOX_QUEUE,
  SEND_QUEUE,
  type CandidateJob,
  type SendJob,
} from "./job-queues.js";
import type { Scope } from "./scope.js";

/** A job a worker has taken: it runs it, then finishes it, gives it back, or says it failed. */
export type TakenJob =
  | { id: string; queue: typeof SEND_QUEUE; data: SendJob }
  | { id: string; queue: typeof MAILBOX_QUEUE; data: CandidateJob };

/** pg-boss's client, loaded once and only where PostgreSQL is used. */
let loaded: Promise<typeof PgBoss> | null = null;
function pgBoss(): Promise<typeof PgBoss> {
  loaded ??= import("pg-boss").then((module) => module.default);
  return loaded;
}

/** Sends jobs through whatever connection it is given; it has none of its own. */
let sender: Promise<PgBoss> | null = null;
function jobSender(): Promise<PgBoss> {
  sender ??= pgBoss().then(
    (Boss) =>
      new Boss({
        schema: JOB_SCHEMA,
        db: {
          executeSql: () => Promise.reject(new Error("jobs are sent through a transaction")),
        },
      }),
  );
  return sender;
}

/** pg-boss's way to run its SQL, through one Kysely connection (a transaction, here). */
function through<DB>(db: Kysely<DB>): PgBoss.Db {
  return {
    executeSql: (text, values) => db.executeQuery(CompiledQuery.raw(text, values)),
  };
}

/**
 * Queues a send job in the transaction `db` is bound to, so it exists exactly when the write that
 * causes it lands: a rolled-back transaction leaves no job behind. `at` is an ISO 8601 UTC instant.
 */
export async function queueSendJob<DB>(db: Kysely<DB>, job: SendJob, at: string): Promise<void> {
  if (!db.isTransaction) throw new Error("a send job is queued inside the write that causes it");
  const boss = await jobSender();
  await boss.send(SEND_QUEUE, job, { startAfter: at, db: through(db) });
}

/**
 * Queues a reading of the candidate's mailbox, due now, in the transaction `db` is bound to: the
 * write that keeps their mail account, so a worker reads a new account's mailbox without being
 * told. After that, each reading queues the next. At most one such first reading a minute.
 */
export async function queueMailboxJob<DB>(db: Kysely<DB>, scope: Scope): Promise<void> {
  if (!db.isTransaction) throw new Error("a mailbox job is queued inside the write that causes it");
  const boss = await jobSender();
  await boss.sendThrottled(
    MAILBOX_QUEUE,
    candidateJob(scope),
    { db: through(db) },
    60,
    mailboxKey(scope),
  );
}

const candidateJob = (scope: Scope): CandidateJob => ({
  organisationId: scope.organisationId,
  candidateId: scope.candidateId,
});

/** One candidate's mailbox readings share this key: however many ask, one is queued at a time. */
const mailboxKey = (scope: Scope) => `${scope.organisationId}:${scope.candidateId}`;

/** How often an idle worker looks for a job, at least. */
const IDLE_POLL_MS = 500;

/**
 * The job queue as a worker sees it: pg-boss on its own connections. Jobs are taken one at a time
 * (`FOR UPDATE SKIP LOCKED`, so workers never take the same one); one not finished within its
 * queue's expiry (its worker was killed) goes back to the queue, by the maintenance pg-boss runs
 * in every worker.
 */
export class JobQueue {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly boss: PgBoss,
  ) {}

  /** Connects; brings pg-boss's schema up to date if a newer pg-boss needs it. */
  static async open(url: string): Promise<JobQueue> {
    const Boss = await pgBoss();
    const pool = new pg.Pool({
      connectionString: url,
      max: 4,
      application_name: "afterword-worker",
    });
    pool.on("error", () => {});
    const boss = new Boss({
      schema: JOB_SCHEMA,
      db: { executeSql: (text, values) => pool.query(text, values) },
      migrate: true,
      supervise: true,
      schedule: false,
      maintenanceIntervalSeconds: 30,
    });
    boss.on("error", () => {});
    try {
      await boss.start();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new JobQueue(pool, boss);
  }

  /** The next job due: a message to send before a mailbox to read. Null when none is due. */
  async take(): Promise<TakenJob | null> {
    for (const queue of [SEND_QUEUE, MAILBOX_QUEUE] as const) {
      const [job] = await this.boss.fetch<SendJob & CandidateJob>(queue, { batchSize: 1 });
      if (job) return { id: job.id, queue, data: job.data } as TakenJob;
    }
    return null;
  }

  /** How long to wait before looking again when nothing was due. */
  get idleMs(): number {
    return IDLE_POLL_MS;
  }

  async finish(job: TakenJob): Promise<void> {
    await this.boss.complete(job.queue, job.id);
  }

  /** The handler threw: pg-boss tries the job again later (a longer wait each time). */
  async fail(job: TakenJob, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.boss.fail(job.queue, job.id, { message });
  }

  /**
   * Gives a job back untouched (the worker is stopping): a copy is queued, due now, and this one
   * finished, in one transaction, so another worker takes it at once and no try is counted.
   */
  async release(job: TakenJob): Promise<void> {
    const client = await this.pool.connect();
    const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
    try {
      await client.query("begin");
      await this.boss.send(job.queue, job.data, { db });
      await this.boss.complete(job.queue, job.id, { db });
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Asks for the candidate's mailbox to be read in `afterSeconds` (0: now). At most one such job
   * is queued per candidate in each span of `everySeconds`, however many workers ask.
   */
  async readMailbox(scope: Scope, afterSeconds: number, everySeconds: number): Promise<void> {
    await this.boss.sendDebounced(
      MAILBOX_QUEUE,
      candidateJob(scope),
      afterSeconds > 0 ? { startAfter: afterSeconds } : {},
      Math.max(1, Math.round(everySeconds)),
      mailboxKey(scope),
    );
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, close: false });
    await this.pool.end();
  }
}
