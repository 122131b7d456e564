import type { Kysely } from "kysely";
import type { InterviewDetails, InterviewStatus } from "../core/interview.js";
import { toColumns, toUtc, type InterviewRepository } from "./interview.repository.js";
import type { Database } from "./schema.js";

/** The version of a calendar invite an interview was last brought up to date with. */
export interface InviteVersion {
  uid: string;
  sequence: number;
  /** DTSTAMP as an ISO 8601 UTC instant, when the invite had one. */
  stamp: string | null;
  /** For a repeating invite: the original start (ISO 8601 UTC) of the occurrence imported. */
  occurrence: string | null;
  summary: string | null;
  description: string | null;
}

export interface StoredInvite {
  interviewId: number;
  status: InterviewStatus;
  needsDetails: boolean;
  sequence: number;
  stamp: string | null;
  occurrence: string | null;
}

/** Interviews as calendar invites know them: found by UID, created, moved and cancelled. */
export class InviteRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly interviews: InterviewRepository,
  ) {}

  /** Every interview imported from the invite with this UID (one per occurrence imported). */
  async findByUid(uid: string): Promise<StoredInvite[]> {
    const rows = await this.db
      .selectFrom("interviews")
      .select([
        "id",
        "status",
        "needs_details",
        "calendar_sequence",
        "calendar_stamp",
        "calendar_occurrence",
      ])
      .where("calendar_uid", "=", uid)
      .orderBy("id")
      .execute();
    return rows.map((row) => ({
      interviewId: row.id,
      status: row.status as InterviewStatus,
      needsDetails: row.needs_details === 1,
      sequence: row.calendar_sequence ?? 0,
      stamp: row.calendar_stamp,
      occurrence: row.calendar_occurrence,
    }));
  }

  /** A calendar interview that still needs details and starts at `start`, if there is one. */
  async findNeedingDetailsAt(start: string): Promise<number | null> {
    const row = await this.db
      .selectFrom("interviews")
      .select("id")
      .where("needs_details", "=", 1)
      .where("calendar_uid", "is not", null)
      .where("start_at", "=", toUtc(start))
      .orderBy("id")
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async create(
    details: InterviewDetails,
    status: InterviewStatus,
    version: InviteVersion,
    now: string,
  ): Promise<number> {
    const inserted = await this.db
      .insertInto("interviews")
      .values({
        ...toColumns(details),
        ...versionColumns(version),
        status,
        source: "calendar",
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await this.interviews.saveParticipants(inserted.id, details, now);
    return inserted.id;
  }

  /** Brings interview `id` up to a newer version of its invite. */
  async update(
    id: number,
    details: InterviewDetails,
    status: InterviewStatus,
    version: InviteVersion,
    now: string,
  ): Promise<void> {
    await this.interviews.replace(id, details, now);
    await this.db
      .updateTable("interviews")
      .set({ ...versionColumns(version), status })
      .where("id", "=", id)
      .execute();
  }

  /** Marks interview `id` cancelled by a newer version of its invite. */
  async cancel(
    id: number,
    version: Pick<InviteVersion, "sequence" | "stamp">,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable("interviews")
      .set({
        status: "cancelled",
        calendar_sequence: version.sequence,
        calendar_stamp: version.stamp,
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
  }
}

function versionColumns(version: InviteVersion) {
  return {
    calendar_uid: version.uid,
    calendar_sequence: version.sequence,
    calendar_stamp: version.stamp,
    calendar_occurrence: version.occurrence,
    invite_summary: version.summary,
    invite_description: version.description,
  };
}
