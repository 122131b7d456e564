import { randomUUID } from "node:crypto";
import { rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { messageText } from "../../core/check/message-text.js";
import { composeMessage } from "../../core/compose/compose.js";
import type { ComposedMessage } from "../../core/compose/composed-message.js";
import { unknownWords } from "./unknown-words.js";
import { relocateProvenance } from "../../core/compose/provenance.js";
import { readerIndexOf } from "../../core/compose/record-facts.js";
import type { Interview } from "../../core/interview.js";
import { joinList } from "../../core/compose/grammar/list-join.js";
import { missingDetails } from "../../core/missing-details.js";
import { CHANNEL_NAMES, type Channel, type MessageKind } from "../../core/message.js";
import type { Profile } from "../../core/record/profile.js";
import { personName } from "../../core/compose/grammar/person-name.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { NewDraft, StoredDraft } from "../../store/draft.repository.js";
import { nowIso, type AppContext } from "../context.js";
import { checkDrafts } from "./draft-check.js";
import type { DraftError } from "./draft-error.js";
import { draftTargets, type DraftTarget } from "./draft-targets.js";
import { otherDrafts } from "./other-drafts.js";
import { loadPlan } from "../plan/plan.js";
import { describeFsError } from "../read-file.js";

export type { DraftError } from "./draft-error.js";

export interface DraftRequest {
  interviewId: number;
  kind?: MessageKind;
  channel?: Channel;
  /** An interviewer's name (full or given) or e-mail address, or whoever the plan writes to. */
  to?: string;
  /** A check-in's reason to write now, or news for a status follow-up, in the candidate's words. */
  reason?: string;
  /** Which follow-up or check-in; default: the one the plan is at. */
  sequence?: number;
  /** Replace drafts the candidate has edited. */
  force?: boolean;
}

/**
 * What drafting did to each message: a new draft, a re-drafted one, one that came out the same,
 * or one kept as the candidate edited it (re-drafting it needs `force`).
 */
export type DraftStatus = "created" | "updated" | "unchanged" | "kept-edited" | "replaced-edited";

export interface DraftOutcome {
  draft: StoredDraft;
  status: DraftStatus;
}

/**
 * Drafts the messages asked for and stores them, all in one transaction. Every message is
 * composed before anything is written, so a refusal leaves the drafts as they were.
 */
export async function draftMessages(
  ctx: AppContext,
  request: DraftRequest,
): Promise<Result<DraftOutcome[], DraftError>> {
  const loaded = await loadInterviewAndProfile(ctx, request.interviewId);
  if (!loaded.ok) return loaded;
  const { interview, profile } = loaded.value;
  // Every draft is proofread: the grammar engine loads while the messages are composed.
  ctx.engines.preload(false);
  const plan = (await loadPlan(ctx, interview.id)) ?? [];
  const targets = draftTargets(interview, plan, {
    kind: request.kind,
    channel: request.channel,
    to: request.to,
    sequence: request.sequence,
  });
  if (!targets.ok) return targets;

  const writtenAt = nowIso(ctx);
  // A file asked for after a thank-you went follows on its own, not in the thank-you sent.
  const thanked = plan
    .filter((item) => item.kind === "thank-you" && item.state === "done")
    .flatMap((item) => readerIndexOf(interview, item.recipient) ?? []);
  const others = await otherDrafts(ctx);
  const unknown = await unknownWords(ctx, interview, profile);
  const composed: { target: DraftTarget; message: ComposedMessage; reason: string | null }[] = [];
  for (const target of targets.value) {
    const existing = await ctx.store.drafts.findByPlanItem(target.planItemId);
    const reason = request.reason?.trim() || existing?.reason || null;
    const message = composeMessage({
      interview,
      profile,
      ...target,
      reason,
      writtenAt,
      avoidSentences: others.except(target.planItemId),
      thanked,
      unknownWords: unknown,
    });
    if (!message.ok) {
      const error = message.errors[0]!;
      return fail({ code: error.code, message: error.message });
    }
    composed.push({ target, message: message.value, reason });
    if (!existing?.edited || request.force) others.replace(target.planItemId, message.value);
  }

  // Every draft is proofread before it is stored, in the text it will be kept with.
  const checked = await checkDrafts(
    ctx,
    await Promise.all(
      composed.map(async ({ target, message }) => {
        const existing = await ctx.store.drafts.findByPlanItem(target.planItemId);
        const text = existing?.edited && !request.force ? existing : message;
        return { ...target, interviewId: interview.id, subject: text.subject, body: text.body };
      }),
    ),
  );
  const findings = (planItemId: string) => checked.get(planItemId) ?? [];

  const now = nowIso(ctx);
  const outcomes = await ctx.store.transaction(async (tx) => {
    const done: DraftOutcome[] = [];
    for (const { target, message, reason } of composed) {
      const draft: NewDraft = {
        planItemId: target.planItemId,
        interviewId: interview.id,
        kind: target.kind,
        channel: target.channel,
        recipient: target.recipient,
        sequence: target.sequence,
        reason,
        subject: message.subject,
        body: message.body,
        provenance: message.provenance,
        notices: message.notices,
      };
      const existing = await tx.drafts.findByPlanItem(target.planItemId);
      let outcome: DraftOutcome;
      if (!existing) {
        outcome = { draft: await tx.drafts.insert(draft, now), status: "created" };
      } else if (existing.edited && !request.force) {
        outcome = { draft: existing, status: "kept-edited" };
      } else if (!existing.edited && sameText(existing, draft) && existing.reason === reason) {
        outcome = { draft: existing, status: "unchanged" };
      } else {
        const status = existing.edited ? "replaced-edited" : "updated";
        outcome = { draft: await tx.drafts.replace(existing.id, draft, now), status };
      }
      const saved = await tx.drafts.saveFindings(
        outcome.draft.id,
        findings(target.planItemId),
        now,
      );
      done.push({ ...outcome, draft: saved });
    }
    return done;
  });
  return ok(outcomes);
}

export function listDrafts(ctx: AppContext, interviewId?: number): Promise<StoredDraft[]> {
  return ctx.store.drafts.list(interviewId);
}

export async function findDraft(
  ctx: AppContext,
  id: number,
): Promise<Result<StoredDraft, DraftError>> {
  const draft = await ctx.store.drafts.get(id);
  return draft
    ? ok(draft)
    : fail({
        code: "no-such-draft",
        message: `There is no draft ${id}.`,
        id,
      });
}

/** Keeps the candidate's edited text. Nothing is written when the text did not change. */
export async function saveDraftEdit(
  ctx: AppContext,
  id: number,
  text: { subject: string | null; body: string },
): Promise<Result<{ draft: StoredDraft; changed: boolean }, DraftError>> {
  const found = await findDraft(ctx, id);
  if (!found.ok) return found;
  const draft = found.value;
  const body = text.body.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  const subject = draft.channel === "email" ? (text.subject?.trim() ?? draft.subject) : null;
  if (body.trim() === "") {
    return fail({
      code: "empty-draft",
      message: `The edited draft ${id} is empty; it was kept as it was.`,
    });
  }
  if (body === draft.body && subject === draft.subject) return ok({ draft, changed: false });
  const provenance = relocateProvenance(draft.body, draft.provenance, body);
  const checked = await checkDrafts(ctx, [{ ...draft, subject, body }]);
  const now = nowIso(ctx);
  const saved = await ctx.store.transaction(async (tx) => {
    await tx.drafts.saveEdit(id, { subject, body, provenance }, now);
    return tx.drafts.saveFindings(id, checked.get(draft.planItemId) ?? [], now);
  });
  return ok({ draft: saved, changed: true });
}

/** Writes an e-mail draft as a standard .eml file a mail program opens, ready to send. */
export async function exportDraftEml(
  ctx: AppContext,
  id: number,
  file: string,
): Promise<Result<{ file: string; draft: StoredDraft }, DraftError>> {
  const found = await findDraft(ctx, id);
  if (!found.ok) return found;
  const draft = found.value;
  if (draft.channel !== "email" || !draft.recipient.email) {
    return fail({
      code: "not-an-email",
      message:
        draft.channel === "email"
          ? `Draft ${id} has no address to send to: add ${draft.recipient.name}'s e-mail to the interview, then draft it again.`
          : `Draft ${id} is for a ${CHANNEL_NAMES[draft.channel]}, not an e-mail: only e-mail drafts export as .eml.`,
    });
  }
  const profile = await ctx.store.profile.get();
  if (!profile) return fail(noProfile());
  // The mail library is loaded only here: drafting itself never needs it.
  const { buildEml } = await import("../../mail/eml.js");
  const eml = await buildEml({
    from: { name: personName(profile.name), address: profile.email },
    to: { name: personName(draft.recipient.name), address: draft.recipient.email },
    subject: draft.subject ?? "",
    body: draft.body,
    date: ctx.now.toJSDate(),
    messageId: `${randomUUID()}@${domainOf(profile.email)}`,
    unsent: true,
  });
  const written = await writeWhole(file, eml);
  return written.ok ? ok({ file, draft }) : written;
}

/** Writes a draft as plain text (its subject line first), to paste or keep wherever the person likes. */
export async function writeDraftText(
  ctx: AppContext,
  id: number,
  file: string,
): Promise<Result<{ file: string; draft: StoredDraft }, DraftError>> {
  const found = await findDraft(ctx, id);
  if (!found.ok) return found;
  const draft = found.value;
  const written = await writeWhole(file, `${messageText(draft.subject, draft.body)}\n`);
  return written.ok ? ok({ file, draft }) : written;
}

/** Writes the file whole or not at all: a half-written draft never replaces one. */
async function writeWhole(
  file: string,
  content: string | Uint8Array,
): Promise<Result<void, DraftError>> {
  const temporary = join(dirname(file), `.${randomUUID()}.afterword.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    return fail({
      code: "cannot-write-file",
      message: `Could not write ${file}: ${describeFsError(error)}. Choose a file in a folder you can write to.`,
    });
  }
  return ok(undefined);
}

async function loadInterviewAndProfile(
  ctx: AppContext,
  interviewId: number,
): Promise<Result<{ interview: Interview; profile: Profile }, DraftError>> {
  const interview = await ctx.store.interviews.get(interviewId);
  if (!interview) {
    return fail({
      code: "no-such-interview",
      message: `There is no interview ${interviewId}.`,
      id: interviewId,
    });
  }
  if (interview.status === "cancelled") {
    return fail({
      code: "interview-cancelled",
      message: `Interview ${interviewId} was cancelled, so there is nothing to follow up.`,
    });
  }
  const missing = missingDetails(interview);
  if (missing.length > 0) {
    return fail({
      code: "missing-details",
      message: `Interview ${interviewId} does not name its ${joinList(missing)} yet, and every message needs them.`,
      id: interviewId,
    });
  }
  const profile = await ctx.store.profile.get();
  if (!profile) return fail(noProfile());
  return ok({ interview, profile });
}

function noProfile(): DraftError {
  return {
    code: "no-profile",
    message: "Messages are signed with your profile, and there is none yet.",
  };
}

function sameText(
  a: { subject: string | null; body: string },
  b: { subject: string | null; body: string },
) {
  return a.subject === b.subject && a.body === b.body;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1) || "afterword.invalid";
}
