import { sql, type Kysely } from "kysely";
import { JOB_QUEUES, JOB_SCHEMA } from "../job-queues.js";
import { onPostgres } from "./portable.js";

/**
 * PostgreSQL's job queue (pg-boss): its schema and Afterword's queues, made here so that the first
 * command that queues a message finds them. pg-boss wraps its plan in a transaction of its own;
 * the migration already runs in one, so the plan runs without that wrapper. SQLite has no job
 * queue: its worker reads the outbox itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!onPostgres(db)) return;
  const { default: PgBoss } = await import("pg-boss");
  await sql.raw(unwrapped(PgBoss.getConstructionPlans(JOB_SCHEMA))).execute(db);
  for (const [name, options] of Object.entries(JOB_QUEUES)) {
    await sql`select ${sql.id(JOB_SCHEMA, "create_queue")}(${name}, ${JSON.stringify(options)}::json)`.execute(
      db,
    );
  }
}

/** The statements of a pg-boss plan without its `BEGIN; … COMMIT;`. */
function unwrapped(plan: string): string {
  const inner = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/.exec(plan);
  if (!inner) throw new Error("pg-boss's construction plan is no longer one transaction");
  return inner[1]!;
}
