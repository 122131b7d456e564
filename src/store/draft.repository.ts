import type { Kysely } from "kysely";
import type { ProvenanceEntry } from "../core/compose/composed-message.js";
import type { Finding } from "../core/check/finding.js";
import type { Channel, MessageKind } from "../core/message.js";
import type { Recipient } from "../core/plan/planned-message.js";
import { fromJson, toJson } from "./json-column.js";
import type { Database, DraftRow } from "./schema.js";

/** A message as the composer wrote it, for one planned message. */
export interface DraftText {
  subject: string | null;
  body: string;
  provenance: ProvenanceEntry[];
}

export interface NewDraft extends DraftText {
  planItemId: string;
  interviewId: number;
  kind: MessageKind;
  channel: Channel;
  recipient: Recipient;
  sequence: number;
  reason: string | null;
  notices: string[];
}

export interface StoredDraft extends NewDraft {
  id: number;
  /**
   * The proofreader's findings when the draft was last checked; offsets count in the text
   * `messageText(subject, body)` ("Subject: …", a blank line, then the body).
   */
  findings: Finding[];
  checkedAt: string | null;
  /** True when the candidate's text differs from what the composer last wrote. */
  edited: boolean;
  generatedSubject: string | null;
  generatedBody: string;
  createdAt: string;
  updatedAt: string;
  editedAt: string | null;
}

export class DraftRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(id: number): Promise<StoredDraft | null> {
    const row = await this.db
      .selectFrom("drafts")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async findByPlanItem(planItemId: string): Promise<StoredDraft | null> {
    const row = await this.db
      .selectFrom("drafts")
      .selectAll()
      .where("plan_item_id", "=", planItemId)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** Every draft, or one interview's, by interview and then in the order they were made. */
  async list(interviewId?: number): Promise<StoredDraft[]> {
    let query = this.db.selectFrom("drafts").selectAll();
    if (interviewId !== undefined) query = query.where("interview_id", "=", interviewId);
    const rows = await query.orderBy("interview_id").orderBy("id").execute();
    return rows.map(fromRow);
  }

  async insert(draft: NewDraft, now: string): Promise<StoredDraft> {
    const row = await this.db
      .insertInto("drafts")
      .values({
        plan_item_id: draft.planItemId,
        ...columns(draft),
        generated_subject: draft.subject,
        generated_body: draft.body,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return fromRow(row);
  }

  /** Puts a fresh composition in place of the draft, edits and all. */
  async replace(id: number, draft: NewDraft, now: string): Promise<StoredDraft> {
    const row = await this.db
      .updateTable("drafts")
      .set({
        ...columns(draft),
        generated_subject: draft.subject,
        generated_body: draft.body,
        updated_at: now,
        edited_at: null,
        findings: "[]",
        checked_at: null,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return fromRow(row);
  }

  /** Records what the proofreader found in the draft's current text. */
  async saveFindings(id: number, findings: Finding[], checkedAt: string): Promise<StoredDraft> {
    const row = await this.db
      .updateTable("drafts")
      .set({ findings: toJson(findings), checked_at: checkedAt })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return fromRow(row);
  }

  /** Keeps the candidate's own text; what the composer wrote stays beside it. */
  async saveEdit(id: number, text: DraftText, now: string): Promise<StoredDraft> {
    const row = await this.db
      .updateTable("drafts")
      .set({
        subject: text.subject,
        body: text.body,
        provenance: toJson(text.provenance),
        updated_at: now,
        edited_at: now,
        findings: "[]",
        checked_at: null,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return fromRow(row);
  }
}

function columns(draft: NewDraft) {
  return {
    interview_id: draft.interviewId,
    kind: draft.kind,
    channel: draft.channel,
    recipient_name: draft.recipient.name,
    recipient_email: draft.recipient.email,
    sequence: draft.sequence,
    reason: draft.reason,
    subject: draft.subject,
    body: draft.body,
    provenance: toJson(draft.provenance),
    notices: toJson(draft.notices),
  };
}

function fromRow(row: DraftRow): StoredDraft {
  return {
    id: row.id,
    planItemId: row.plan_item_id,
    interviewId: row.interview_id,
    kind: row.kind as MessageKind,
    channel: row.channel as Channel,
    recipient: { name: row.recipient_name, email: row.recipient_email },
    sequence: row.sequence,
    reason: row.reason,
    subject: row.subject,
    body: row.body,
    provenance: fromJson<ProvenanceEntry[]>(row.provenance),
    notices: fromJson<string[]>(row.notices),
    edited: row.body !== row.generated_body || row.subject !== row.generated_subject,
    findings: fromJson<Finding[]>(row.findings),
    checkedAt: row.checked_at,
    generatedSubject: row.generated_subject,
    generatedBody: row.generated_body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    editedAt: row.edited_at,
  };
}
