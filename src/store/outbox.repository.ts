import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { OutboxState } from "../core/outbox/outbox-state.js";
import { queueSendJob } from "./job-queue.js";
import { JOB_SCHEMA, SEND_QUEUE } from "./job-queues.js";
import { fromJson, toJson } from "./json-column.js";
import { onPostgres } from "./migrations/portable.js";
import type { Database, OutboxRow } from "./schema.js";

export interface OutboxPerson {
  name: string | null;
  email: string;
}

export interface NewOutboxItem {
  messageId: string;
  interviewId: number | null;
  draftId: number | null;
  kind: string | null;
  from: OutboxPerson;
  to: OutboxPerson[];
  subject: string;
  body: string;
  inReplyTo: string | null;
  references: string[];
  /** ISO 8601 UTC instant. */
  dueAt: string;
}

/** One outbox item as the rest of Afterword reads it. Instants are ISO 8601 UTC. */
export interface OutboxItem {
  id: number;
  messageId: string;
  interviewId: number | null;
  draftId: number | null;
  kind: string | null;
  from: OutboxPerson;
  to: OutboxPerson[];
  subject: string;
  body: string;
  inReplyTo: string | null;
  references: string[];
  raw: string | null;
  state: OutboxState;
  dueAt: string;
  nextAttemptAt: string;
  attempts: number;
  maybeSent: boolean;
  leaseOwner: string | null;
  leaseUntil: string | null;
  problem: string | null;
  serverResponse: string | null;
  queuedAt: string;
  sentAt: string | null;
  filedAt: string | null;
  finishedAt: string | null;
  note: string | null;
}

/**
 * The outbox. Every change of state is one conditional UPDATE: it names the state (and, while
 * sending, the worker holding the lease) it expects, so a worker that lost its claim changes nothing.
 *
 * On PostgreSQL, each write that makes an item due (queued, queued again, retried, released) also
 * queues the job that sends it, in the same transaction: the job exists exactly when the write does.
 */
export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  add(item: NewOutboxItem, now: string): Promise<OutboxItem> {
    return this.atomically((outbox) => outbox.insert(item, now));
  }

  private async insert(item: NewOutboxItem, now: string): Promise<OutboxItem> {
    const row = await this.db
      .insertInto("outbox")
      .values({
        message_id: item.messageId,
        interview_id: item.interviewId,
        draft_id: item.draftId,
        kind: item.kind,
        from_name: item.from.name,
        from_address: item.from.email,
        recipients: toJson(item.to),
        subject: item.subject,
        body: item.body,
        in_reply_to: item.inReplyTo,
        references: toJson(item.references),
        state: "queued",
        due_at: item.dueAt,
        next_attempt_at: item.dueAt,
        queued_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await this.dispatch([row]);
    return fromRow(row);
  }

  async get(id: number): Promise<OutboxItem | null> {
    const row = await this.db
      .selectFrom("outbox")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async findByMessageId(messageId: string): Promise<OutboxItem | null> {
    const row = await this.db
      .selectFrom("outbox")
      .selectAll()
      .where("message_id", "=", messageId)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** The items queued from one stored draft. */
  async forDraft(draftId: number): Promise<OutboxItem[]> {
    const rows = await this.db
      .selectFrom("outbox")
      .selectAll()
      .where("draft_id", "=", draftId)
      .orderBy("id")
      .execute();
    return rows.map(fromRow);
  }

  /** Every item, the most recently due first. */
  async list(): Promise<OutboxItem[]> {
    const rows = await this.db
      .selectFrom("outbox")
      .selectAll()
      .orderBy("due_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return rows.map(fromRow);
  }

  /** Message-IDs of everything that may have left, for telling replies and our own copies apart. */
  async sentOrSending(): Promise<OutboxItem[]> {
    const rows = await this.db
      .selectFrom("outbox")
      .selectAll()
      .where((eb) => eb.or([eb("state", "=", "sent"), eb("maybe_sent", "=", 1)]))
      .execute();
    return rows.map(fromRow);
  }

  async isOurs(messageId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("outbox")
      .select("id")
      .where("message_id", "=", messageId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Claims the next item due (or one whose worker's lease ran out) for `worker` until `leaseUntil`.
   * One UPDATE whose WHERE repeats the condition: of two workers, only one changes the row.
   */
  async claimNext(worker: string, now: string, leaseUntil: string): Promise<OutboxItem | null> {
    const row = await this.db
      .updateTable("outbox")
      .set({
        state: "sending",
        lease_owner: worker,
        lease_until: leaseUntil,
        attempts: sql`attempts + 1`,
        updated_at: now,
      })
      .where("id", "=", (eb) => {
        const next = eb
          .selectFrom("outbox")
          .select("id")
          .where((w) => claimable(w, now))
          .orderBy("next_attempt_at")
          .orderBy("id")
          .limit(1);
        // PostgreSQL lets workers claim at the same moment: each passes over the row another
        // is claiming and takes the next, where it would otherwise wait and then find nothing.
        return onPostgres(this.db) ? next.forUpdate().skipLocked() : next;
      })
      .where((w) => claimable(w, now))
      .returningAll()
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** Claims item `id` for `worker` until `leaseUntil`, if it is due or its lease ran out; else null. */
  async claim(
    id: number,
    worker: string,
    now: string,
    leaseUntil: string,
  ): Promise<OutboxItem | null> {
    const row = await this.db
      .updateTable("outbox")
      .set({
        state: "sending",
        lease_owner: worker,
        lease_until: leaseUntil,
        attempts: sql`attempts + 1`,
        updated_at: now,
      })
      .where("id", "=", id)
      .where((w) => claimable(w, now))
      .returningAll()
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /**
   * Queues a job to look at item `id` again at `at` (PostgreSQL): another worker holds it, and if
   * that one dies, this job takes it over once the claim runs out. Nothing on SQLite.
   */
  lookAgain(id: number, at: string): Promise<void> {
    return this.atomically(async (outbox) => {
      const row = await outbox.db
        .selectFrom("outbox")
        .select(["id", "organisation_id", "candidate_id"])
        .where("id", "=", id)
        .executeTakeFirst();
      if (row) await outbox.dispatch([{ ...row, next_attempt_at: at }]);
    });
  }

  /**
   * Queues a send job for each item still to send that no job waits for (PostgreSQL): one whose
   * worker was killed holding its job, or one queued before jobs existed. Returns how many.
   */
  redispatch(): Promise<number> {
    if (!onPostgres(this.db)) return Promise.resolve(0);
    return this.atomically(async (outbox) => {
      const rows = await outbox.db
        .selectFrom("outbox")
        .select([
          "id",
          "organisation_id",
          "candidate_id",
          "state",
          "next_attempt_at",
          "lease_until",
        ])
        .where("state", "in", ["queued", "sending"])
        .where(
          () => sql<boolean>`not exists (
            select 1 from ${sql.table(`${JOB_SCHEMA}.job`)} j
            where j.name = ${SEND_QUEUE} and j.state < 'active'
              and j.data->>'outboxId' = outbox.id::text
              and j.data->>'candidateId' = outbox.candidate_id::text
              and j.data->>'organisationId' = outbox.organisation_id::text)`,
        )
        .execute();
      await outbox.dispatch(
        rows.map((row) => ({
          ...row,
          next_attempt_at:
            row.state === "sending" && row.lease_until ? row.lease_until : row.next_attempt_at,
        })),
      );
      return rows.length;
    });
  }

  /** Keeps the claim alive while the worker is still at it. False when the claim was lost. */
  async renewLease(id: number, worker: string, leaseUntil: string): Promise<boolean> {
    const result = await this.held(id, worker).set({ lease_until: leaseUntil }).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Recorded before the message is handed to the server: from here on it may have left. */
  async startAttempt(id: number, worker: string, raw: string, now: string): Promise<boolean> {
    const result = await this.held(id, worker)
      .set({ raw, maybe_sent: 1, updated_at: now })
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async recordSent(id: number, worker: string, serverResponse: string, now: string) {
    const result = await this.held(id, worker)
      .set({
        state: "sent",
        sent_at: now,
        finished_at: now,
        server_response: serverResponse,
        last_problem: null,
        lease_owner: null,
        lease_until: null,
        updated_at: now,
      })
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Back to the queue after a temporary failure; `certain` when the server surely did not take it. */
  recordRetry(
    id: number,
    worker: string,
    retry: { at: string; problem: string; serverSays: string | null; certain: boolean },
    now: string,
  ): Promise<boolean> {
    return this.atomically((outbox) => outbox.requeue(id, worker, retry, now));
  }

  private async requeue(
    id: number,
    worker: string,
    retry: { at: string; problem: string; serverSays: string | null; certain: boolean },
    now: string,
  ): Promise<boolean> {
    const rows = await this.held(id, worker)
      .set({
        state: "queued",
        next_attempt_at: retry.at,
        last_problem: retry.problem,
        server_response: retry.serverSays,
        ...(retry.certain ? { maybe_sent: 0 } : {}),
        lease_owner: null,
        lease_until: null,
        updated_at: now,
      })
      .returning(DISPATCHED)
      .execute();
    await this.dispatch(rows);
    return rows.length > 0;
  }

  async recordFailed(
    id: number,
    worker: string,
    failure: { problem: string; serverSays: string | null; certain: boolean },
    now: string,
  ) {
    const result = await this.held(id, worker)
      .set({
        state: "failed",
        last_problem: failure.problem,
        server_response: failure.serverSays,
        ...(failure.certain ? { maybe_sent: 0 } : {}),
        finished_at: now,
        lease_owner: null,
        lease_until: null,
        updated_at: now,
      })
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Gives up a claim without a result (the worker is stopping): the item waits for the next one. */
  release(id: number, worker: string, now: string): Promise<void> {
    return this.atomically(async (outbox) => {
      const rows = await outbox
        .held(id, worker)
        .set({
          state: "queued",
          next_attempt_at: now,
          lease_owner: null,
          lease_until: null,
          updated_at: now,
        })
        .returning(DISPATCHED)
        .execute();
      await outbox.dispatch(rows);
    });
  }

  /** Cancels an item that has not started; returns the state it was in when that was refused. */
  async cancel(id: number, note: string, now: string): Promise<OutboxState | null> {
    const result = await this.db
      .updateTable("outbox")
      .set({ state: "cancelled", note, finished_at: now, updated_at: now })
      .where("id", "=", id)
      .where((eb) => eb.or([eb("state", "=", "queued"), eb("state", "=", "failed")]))
      .executeTakeFirst();
    if (result.numUpdatedRows > 0n) return null;
    const current = await this.get(id);
    return current ? current.state : null;
  }

  /** Puts a failed item back in the queue, due now: the user says it did not leave. */
  retry(id: number, now: string): Promise<boolean> {
    return this.atomically(async (outbox) => {
      const rows = await outbox.db
        .updateTable("outbox")
        .set({
          state: "queued",
          next_attempt_at: now,
          attempts: 0,
          maybe_sent: 0,
          finished_at: null,
          updated_at: now,
        })
        .where("id", "=", id)
        .where("state", "=", "failed")
        .returning(DISPATCHED)
        .execute();
      await outbox.dispatch(rows);
      return rows.length > 0;
    });
  }

  /** Queued status follow-ups of an interview, cancelled because someone answered. */
  async cancelFollowUps(interviewId: number, note: string, now: string): Promise<number[]> {
    const rows = await this.db
      .updateTable("outbox")
      .set({ state: "cancelled", note, finished_at: now, updated_at: now })
      .where("interview_id", "=", interviewId)
      .where("kind", "=", "status-follow-up")
      .where("state", "=", "queued")
      .where("maybe_sent", "=", 0)
      .returning("id")
      .execute();
    return rows.map((row) => row.id);
  }

  /** Every queued or failed item of an interview, cancelled: the interview is being forgotten. */
  async cancelForInterview(interviewId: number, note: string, now: string): Promise<number[]> {
    const rows = await this.db
      .updateTable("outbox")
      .set({ state: "cancelled", note, finished_at: now, updated_at: now })
      .where("interview_id", "=", interviewId)
      .where((eb) => eb.or([eb("state", "=", "queued"), eb("state", "=", "failed")]))
      .returning("id")
      .execute();
    return rows.map((row) => row.id);
  }

  async addNote(id: number, note: string, now: string): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set({ note, updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  /** Sent items whose copy in the Sent folder is not yet checked or made. */
  async unfiled(): Promise<OutboxItem[]> {
    const rows = await this.db
      .selectFrom("outbox")
      .selectAll()
      .where("state", "=", "sent")
      .where("filed_at", "is", null)
      .where("raw", "is not", null)
      .orderBy("id")
      .execute();
    return rows.map(fromRow);
  }

  async markFiled(id: number, now: string): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set({ filed_at: now, updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  /** The earliest moment something becomes due or reclaimable, to know how long to sleep. */
  async nextWake(): Promise<string | null> {
    const row = await this.db
      .selectFrom("outbox")
      .select((eb) =>
        eb.fn
          .min(
            eb
              .case()
              .when("state", "=", "queued")
              .then(eb.ref("next_attempt_at"))
              .when("state", "=", "sending")
              .then(eb.ref("lease_until"))
              .end(),
          )
          .as("at"),
      )
      .executeTakeFirst();
    return (row?.at as string | null | undefined) ?? null;
  }

  /** On PostgreSQL, queues the job that sends each item when it is next due, in this transaction. */
  private async dispatch(rows: DispatchedRow[]): Promise<void> {
    if (!onPostgres(this.db)) return;
    for (const row of rows) {
      const job = {
        organisationId: row.organisation_id,
        candidateId: row.candidate_id,
        outboxId: row.id,
      };
      await queueSendJob(this.db, job, row.next_attempt_at);
    }
  }

  /** Runs `work` in a transaction on PostgreSQL (if not in one already), so its jobs land with it. */
  private atomically<T>(work: (outbox: OutboxRepository) => Promise<T>): Promise<T> {
    if (!onPostgres(this.db) || this.db.isTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new OutboxRepository(trx)));
  }

  private held(id: number, worker: string) {
    return this.db
      .updateTable("outbox")
      .where("id", "=", id)
      .where("state", "=", "sending")
      .where("lease_owner", "=", worker);
  }
}

/** What a send job is made from. */
const DISPATCHED = ["id", "organisation_id", "candidate_id", "next_attempt_at"] as const;
type DispatchedRow = Pick<OutboxRow, (typeof DISPATCHED)[number]>;

function claimable(eb: ExpressionBuilder<Database, "outbox">, now: string) {
  return eb.or([
    eb.and([eb("state", "=", "queued"), eb("next_attempt_at", "<=", now)]),
    eb.and([eb("state", "=", "sending"), eb("lease_until", "<=", now)]),
  ]);
}

export function fromRow(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    messageId: row.message_id,
    interviewId: row.interview_id,
    draftId: row.draft_id,
    kind: row.kind,
    from: { name: row.from_name, email: row.from_address },
    to: fromJson<OutboxPerson[]>(row.recipients),
    subject: row.subject,
    body: row.body,
    inReplyTo: row.in_reply_to,
    references: fromJson<string[]>(row.references),
    raw: row.raw,
    state: row.state as OutboxState,
    dueAt: row.due_at,
    nextAttemptAt: row.next_attempt_at,
    attempts: row.attempts,
    maybeSent: row.maybe_sent === 1,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    problem: row.last_problem,
    serverResponse: row.server_response,
    queuedAt: row.queued_at,
    sentAt: row.sent_at,
    filedAt: row.filed_at,
    finishedAt: row.finished_at,
    note: row.note,
  };
}
