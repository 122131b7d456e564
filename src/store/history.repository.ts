import type { Kysely } from "kysely";
import { DateTime } from "luxon";
import type { HistoryEvent } from "../core/plan/history.js";
import { historyEventSchema } from "../core/plan/history-schema.js";
import { formatInstant } from "../core/time/wall-time.js";
import { fromJson, toJson } from "./json-column.js";
import type { Database, HistoryEventRow } from "./schema.js";

/** The history of each interview: one row per event, read back in the order things happened. */
export class HistoryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Appends one event (already validated) and returns its row id. */
  async add(interviewId: number, event: HistoryEvent, now: string): Promise<number> {
    const { type, at, ...payload } = event;
    const inserted = await this.db
      .insertInto("history_events")
      .values({
        interview_id: interviewId,
        type,
        payload: toJson(payload),
        at: toUtc(at),
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return inserted.id;
  }

  /** One interview's events, earliest first (ties in the order they were recorded). */
  async list(interviewId: number): Promise<HistoryEvent[]> {
    const rows = await this.db
      .selectFrom("history_events")
      .selectAll()
      .where("interview_id", "=", interviewId)
      .orderBy("at")
      .orderBy("id")
      .execute();
    return rows.map(fromRow);
  }

  /** Every interview's events, keyed by interview id. */
  async listAll(): Promise<Map<number, HistoryEvent[]>> {
    const rows = await this.db
      .selectFrom("history_events")
      .selectAll()
      .orderBy("interview_id")
      .orderBy("at")
      .orderBy("id")
      .execute();
    return historiesOf(rows);
  }
}

/** Events in rows ordered by interview and then as `list` orders them, keyed by interview id. */
export function historiesOf(rows: readonly HistoryEventRow[]): Map<number, HistoryEvent[]> {
  const byInterview = new Map<number, HistoryEvent[]>();
  for (const row of rows) {
    const events = byInterview.get(row.interview_id) ?? [];
    events.push(fromRow(row));
    byInterview.set(row.interview_id, events);
  }
  return byInterview;
}

function toUtc(instant: string): string {
  return formatInstant(DateTime.fromISO(instant, { setZone: true }).toUTC());
}

/** A row back into an event; a row that does not parse is a bug, not user input. */
function fromRow(row: HistoryEventRow): HistoryEvent {
  return historyEventSchema.parse({
    ...fromJson<Record<string, unknown>>(row.payload),
    type: row.type,
    at: row.at,
  });
}
