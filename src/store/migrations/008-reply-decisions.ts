import type { Kysely } from "kysely";
import { bytes } from "./portable.js";

/**
 * Each received message carries the kind Afterword suggests, what a request asks for, and, once
 * the candidate has decided, what they decided; an invitation keeps its message so its calendar part can be imported then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    "suggestion",
    "suggestion_reason",
    "requested",
    "decision",
    "decided_as",
    "decided_at",
  ]) {
    await db.schema.alterTable("received_messages").addColumn(column, "text").execute();
  }
  await db.schema.alterTable("received_messages").addColumn("invite_source", bytes(db)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    "invite_source",
    "decided_at",
    "decided_as",
    "decision",
    "requested",
    "suggestion_reason",
    "suggestion",
  ]) {
    await db.schema.alterTable("received_messages").dropColumn(column).execute();
  }
}
