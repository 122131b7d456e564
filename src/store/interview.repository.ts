import type { Kysely } from "kysely";
import { DateTime } from "luxon";
import type {
  Format,
  Interview,
  InterviewDetails,
  InterviewStatus,
  Interviewer,
  InviteOrigin,
  Stage,
} from "../core/interview.js";
import { missingDetails } from "../core/missing-details.js";
import { formatInstant } from "../core/time/wall-time.js";
import { ContactRepository } from "./contact.repository.js";
import { fromJson, toJson } from "./json-column.js";
import type { Database, InterviewRow } from "./schema.js";

type Details = Pick<
  InterviewDetails,
  | "discussed"
  | "impressed"
  | "fit"
  | "concerns"
  | "unanswered"
  | "promised"
  | "nextSteps"
  | "decisionBy"
>;

export type InterviewSource = "record" | "calendar" | "interactive";

export interface SavedInterview {
  id: number;
  created: boolean;
}

export class InterviewRepository {
  private readonly contacts: ContactRepository;

  constructor(private readonly db: Kysely<Database>) {
    this.contacts = new ContactRepository(db);
  }

  /** The interview with the same company, position and start, if one is stored. */
  async findSame(details: Pick<InterviewDetails, "company" | "position" | "start">) {
    const same = (await this.atSameTime(details)).find(
      (row) => foldCase(row.position) === foldCase(details.position),
    );
    return same?.id ?? null;
  }

  /** The interview at the same company and start, whatever its position, if one is stored. */
  async findAtSameTime(details: Pick<InterviewDetails, "company" | "start">) {
    const [first] = await this.atSameTime(details);
    return first ?? null;
  }

  /**
   * Interviews at the same company (in any case) and the same instant. The case is folded here
   * rather than in SQL, where SQLite folds only ASCII letters and PostgreSQL all of them.
   */
  private async atSameTime(details: Pick<InterviewDetails, "company" | "start">) {
    const rows = await this.db
      .selectFrom("interviews")
      .select(["id", "company", "position"])
      .where("start_at", "=", toUtc(details.start))
      .orderBy("id")
      .execute();
    return rows
      .filter((row) => foldCase(row.company) === foldCase(details.company))
      .map(({ id, position }) => ({ id, position }));
  }

  /** Stores the interview, updating the stored one with the same company, position and start. */
  async save(
    details: InterviewDetails,
    source: InterviewSource,
    now: string,
  ): Promise<SavedInterview> {
    const columns = toColumns(details);
    const existing = await this.findSame(details);
    let id: number;
    if (existing !== null) {
      await this.db
        .updateTable("interviews")
        .set({ ...columns, updated_at: now })
        .where("id", "=", existing)
        .execute();
      await this.db
        .deleteFrom("interview_participants")
        .where("interview_id", "=", existing)
        .execute();
      id = existing;
    } else {
      const inserted = await this.db
        .insertInto("interviews")
        .values({ ...columns, status: "scheduled", source, created_at: now, updated_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      id = inserted.id;
    }
    await this.saveParticipants(id, details, now);
    return { id, created: existing === null };
  }

  /** Replaces everything about interview `id` with `details`, keeping its status and origin. */
  async replace(id: number, details: InterviewDetails, now: string): Promise<void> {
    await this.db
      .updateTable("interviews")
      .set({ ...toColumns(details), updated_at: now })
      .where("id", "=", id)
      .execute();
    await this.db.deleteFrom("interview_participants").where("interview_id", "=", id).execute();
    await this.saveParticipants(id, details, now);
  }

  /**
   * Deletes interview `id` with its interviewers, history and drafts; outbox items and received
   * mail keep their rows, no longer tied to it. False when there was no such interview.
   */
  async remove(id: number): Promise<boolean> {
    const result = await this.db.deleteFrom("interviews").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async get(id: number): Promise<Interview | null> {
    const [interview] = await this.withInterviewers(
      selectInterviews(this.db).where("i.id", "=", id),
    );
    return interview ?? null;
  }

  /** Every interview, earliest first. */
  async list(): Promise<Interview[]> {
    return this.withInterviewers(selectInterviews(this.db));
  }

  async saveParticipants(interviewId: number, details: InterviewDetails, now: string) {
    for (const [ordinal, person] of details.interviewers.entries()) {
      const contactId = await this.contacts.upsert(
        { name: person.name, email: person.email, company: details.company, title: person.title },
        now,
      );
      await this.db
        .insertInto("interview_participants")
        .values({
          interview_id: interviewId,
          contact_id: contactId,
          ordinal,
          title: person.title,
          discussed: toJson(person.discussed),
          notes: person.notes,
        })
        .onConflict((oc) =>
          oc.columns(["interview_id", "contact_id"]).doUpdateSet({
            discussed: toJson(person.discussed),
          }),
        )
        .execute();
    }
  }

  private async withInterviewers(query: ReturnType<typeof selectInterviews>): Promise<Interview[]> {
    return interviewsOf(await query.execute());
  }
}

/**
 * Interviews with their interviewers, one row per interviewer (or one with none), in one
 * statement: a round trip fewer than asking for the interviewers apart, on every read.
 * `interviewsOf` reads the rows back.
 */
export function selectInterviews(db: Kysely<Database>) {
  return db
    .selectFrom("interviews as i")
    .leftJoin("interview_participants as p", "p.interview_id", "i.id")
    .leftJoin("contacts as c", "c.id", "p.contact_id")
    .selectAll("i")
    .select([
      "p.title as interviewer_title",
      "p.discussed as interviewer_discussed",
      "p.notes as interviewer_notes",
      "c.name as interviewer_name",
      "c.email as interviewer_email",
      "p.ordinal as interviewer_ordinal",
    ])
    .orderBy("i.start_at")
    .orderBy("i.id")
    .orderBy("p.ordinal");
}

/** A row of `selectInterviews`: an interview with one of its interviewers, or with none. */
export type InterviewerRow = InterviewRow & {
  interviewer_title: string | null;
  interviewer_discussed: string | null;
  interviewer_notes: string | null;
  interviewer_name: string | null;
  interviewer_email: string | null;
  interviewer_ordinal: number | null;
};

/** The interviews in rows of `selectInterviews`, in the rows' order, each with its interviewers. */
export function interviewsOf(rows: readonly InterviewerRow[]): Interview[] {
  const interviews: Interview[] = [];
  let current: { row: InterviewRow; interviewers: Interviewer[] } | null = null;
  const flush = () => {
    if (current) interviews.push(fromRow(current.row, current.interviewers));
  };
  for (const row of rows) {
    if (current?.row.id !== row.id) {
      flush();
      current = { row, interviewers: [] };
    }
    if (row.interviewer_name !== null)
      current.interviewers.push({
        name: row.interviewer_name,
        title: row.interviewer_title,
        email: row.interviewer_email,
        discussed: fromJson<string[]>(row.interviewer_discussed ?? "[]"),
        notes: row.interviewer_notes,
      });
  }
  flush();
  return interviews;
}

/** Company and position compared without regard to case, in every alphabet. */
function foldCase(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/** How instants are stored: ISO 8601 in UTC. */
export function toUtc(instant: string): string {
  return DateTime.fromISO(instant, { setZone: true }).toUTC().toISO() ?? instant;
}

export function toColumns(details: InterviewDetails) {
  const extra: Details = {
    discussed: details.discussed,
    impressed: details.impressed,
    fit: details.fit,
    concerns: details.concerns,
    unanswered: details.unanswered,
    promised: details.promised,
    nextSteps: details.nextSteps,
    decisionBy: details.decisionBy,
  };
  return {
    company: details.company,
    position: details.position,
    stage: details.stage,
    format: details.format,
    location: details.location,
    join_url: details.joinUrl,
    time_zone: details.timeZone,
    start_at: toUtc(details.start),
    end_at: toUtc(details.end),
    details: toJson(extra),
    needs_details: missingDetails(details).length > 0 ? 1 : 0,
  };
}

function fromRow(row: InterviewRow, interviewers: Interviewer[]): Interview {
  const inZone = (utc: string) => formatInstant(DateTime.fromISO(utc, { zone: row.time_zone }));
  return {
    id: row.id,
    company: row.company,
    position: row.position,
    stage: row.stage as Stage,
    format: row.format as Format | null,
    location: row.location,
    joinUrl: row.join_url,
    timeZone: row.time_zone,
    start: inZone(row.start_at),
    end: inZone(row.end_at),
    status: row.status as InterviewStatus,
    needsDetails: row.needs_details === 1,
    ...(row.calendar_uid === null ? {} : { invite: inviteOf(row, row.calendar_uid) }),
    interviewers,
    ...fromJson<Details>(row.details),
  };
}

function inviteOf(row: InterviewRow, uid: string): InviteOrigin {
  return {
    uid,
    sequence: row.calendar_sequence ?? 0,
    occurrence: row.calendar_occurrence,
    summary: row.invite_summary,
    description: row.invite_description,
  };
}
