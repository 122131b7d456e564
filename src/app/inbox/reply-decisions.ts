import { DECISION_KINDS, type DecisionKind } from "../../core/reply/decision-kind.js";
import type { Requested } from "../../core/reply/requested.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { StoredReceived } from "../../store/received-message.repository.js";
import { nowIso, type AppContext } from "../context.js";
import { draftMessages, type DraftOutcome } from "../drafts/draft.js";
import { recordEvent, type RecordedEvent } from "../plan/history.js";
import { importInviteBytes } from "../interviews/import-invites.js";
import type { FileImport } from "../interviews/import-result.js";
import { noteReply } from "../plan/plan-events.js";
import type { UserError } from "../user-error.js";

export type DecisionErrorCode =
  "no-such-message" | "already-decided" | "not-about-an-interview" | "bad-kind" | "refused";

export type DecisionError = UserError<DecisionErrorCode>;

/** What accepting a message did to the plan. */
export type DecisionEffect =
  | { type: "invite-imported"; import: FileImport }
  | { type: "no-invite"; hint: string }
  | { type: "outcome"; recorded: RecordedEvent }
  | {
      type: "additional-info";
      requested: Requested | null;
      drafts: DraftOutcome[];
      /** Why no draft was written, when none was. */
      draftProblem: string | null;
    }
  | { type: "noted" }
  | { type: "dismissed" };

export interface ReplyDecided {
  message: StoredReceived;
  effect: DecisionEffect;
}

/** Messages about an interview (or one of ours), the newest first; `waiting` keeps the undecided. */
export async function listReplies(
  ctx: AppContext,
  options: { waiting?: boolean } = {},
): Promise<StoredReceived[]> {
  const all = await ctx.store.received.list();
  return all.filter(
    (m) =>
      (m.interviewId !== null || m.outboxId !== null) && (!options.waiting || m.decision === null),
  );
}

/**
 * The candidate's one step on a received message. Accepting applies what the kind means (the
 * suggested one, or `as`): an invitation's calendar part is imported as the next round, a
 * rejection or an offer is recorded as the outcome, a request for documents or information
 * becomes an additional-information message to draft; a reply, an auto-reply or a bounce is only
 * marked as seen (what they change happened when they arrived). Dismissing changes nothing but
 * the message's state. A message is decided once.
 */
export async function decideReply(
  ctx: AppContext,
  id: number,
  step: { decision: "accept"; as?: string | null } | { decision: "dismiss" },
): Promise<Result<ReplyDecided, DecisionError>> {
  const message = await ctx.store.received.get(id);
  if (!message) {
    return refuse("no-such-message", `There is no received message ${id}.`);
  }
  if (message.decision !== null) {
    return refuse(
      "already-decided",
      `Message ${id} was already ${message.decision}${message.decidedAs ? ` as ${message.decidedAs}` : ""} on ${message.decidedAt?.slice(0, 10)}.`,
    );
  }
  if (step.decision === "dismiss") {
    return settle(ctx, message, "dismissed", null, { type: "dismissed" });
  }
  const as = step.as ?? message.suggestion;
  if (!(DECISION_KINDS as readonly string[]).includes(as)) {
    return refuse(
      "bad-kind",
      `"${as}" is not a kind of message: use one of ${DECISION_KINDS.join(", ")}.`,
    );
  }
  const kind = as as DecisionKind;
  const interviewId = message.interviewId;
  const decisive = !["reply", "auto-reply", "bounce"].includes(kind);
  if (decisive && interviewId === null) {
    return refuse(
      "not-about-an-interview",
      `Message ${id} is not matched to an interview, so it cannot be taken as ${article(kind)}: dismiss it, or record what happened with the interview it belongs to.`,
    );
  }
  // A message taken automatically that the candidate says a person wrote answers the follow-ups.
  if (message.kind !== "human" && personal(kind) && interviewId !== null) {
    const note = await noteReply(ctx, interviewId, message.from?.address ?? null, message.date);
    if (note) return refuse("refused", note);
  }
  const effect = await apply(ctx, message, kind, interviewId);
  if (!effect.ok) return effect;
  return settle(ctx, message, "accepted", kind, effect.value);
}

async function apply(
  ctx: AppContext,
  message: StoredReceived,
  kind: DecisionKind,
  interviewId: number | null,
): Promise<Result<DecisionEffect, DecisionError>> {
  switch (kind) {
    case "invitation": {
      const source = await ctx.store.received.inviteSource(message.id);
      if (!source) {
        return ok({
          type: "no-invite",
          hint: "The message carries no calendar invitation: import the invitation when it arrives (an .ics or the .eml that carries it) to add the next round.",
        });
      }
      const imported = await importInviteBytes(ctx, `message ${message.id}`, source, "eml");
      if (imported.errors.length > 0) {
        return refuse(
          "refused",
          `The invitation could not be imported: ${imported.errors.map((e) => e.found).join("; ")}`,
        );
      }
      return ok({ type: "invite-imported", import: imported });
    }
    case "rejection":
    case "offer":
      return recordOutcome(ctx, message, kind === "rejection" ? "rejected" : "offer", interviewId!);
    case "request":
      return requestToDraft(ctx, message, interviewId!);
    default:
      return ok({ type: "noted" });
  }
}

async function recordOutcome(
  ctx: AppContext,
  message: StoredReceived,
  outcome: "rejected" | "offer",
  interviewId: number,
): Promise<Result<DecisionEffect, DecisionError>> {
  const from = message.from?.name || message.from?.address || null;
  // The message's own Date, unless the planner refuses it (before the interview, in the future).
  let recorded = await recordEvent(ctx, interviewId, {
    type: "outcome",
    outcome,
    from,
    at: message.date,
  });
  if (!recorded.ok && message.date !== null) {
    recorded = await recordEvent(ctx, interviewId, { type: "outcome", outcome, from, at: null });
  }
  if (!recorded.ok) return refuse("refused", recorded.errors[0]!.message);
  return ok({ type: "outcome", recorded: recorded.value });
}

/** The request joins the interview's record (material to send or a question) and is drafted. */
async function requestToDraft(
  ctx: AppContext,
  message: StoredReceived,
  interviewId: number,
): Promise<Result<DecisionEffect, DecisionError>> {
  const requested = message.requested ?? {
    type: "material" as const,
    what: `what ${message.from?.name || "they"} asked for in "${message.subject}"`,
  };
  const raisedBy = message.from?.name || null;
  // The answer goes to whoever asked when the record names them as the panel does.
  const asker = await ctx.store.transaction(async (tx) => {
    const interview = await tx.interviews.get(interviewId);
    if (!interview) return null;
    const { id: _id, status: _status, ...details } = interview;
    const next =
      requested.type === "material"
        ? {
            ...details,
            promised: [...interview.promised, { what: requested.what, url: null, raisedBy }],
          }
        : {
            ...details,
            unanswered: [
              ...interview.unanswered,
              { question: requested.question, answer: null, raisedBy },
            ],
          };
    await tx.interviews.replace(interviewId, next, nowIso(ctx));
    return interview.interviewers.some((p) => p.name === raisedBy) ? raisedBy : null;
  });
  // A file asked for after their thank-you went is theirs alone, in a message of its own.
  const drafted = await draftMessages(ctx, {
    interviewId,
    kind: "additional-info",
    ...(asker ? { to: asker } : {}),
  });
  return ok({
    type: "additional-info",
    requested,
    drafts: drafted.ok ? drafted.value : [],
    draftProblem: drafted.ok ? null : drafted.errors[0]!.message,
  });
}

async function settle(
  ctx: AppContext,
  message: StoredReceived,
  decision: "accepted" | "dismissed",
  as: DecisionKind | null,
  effect: DecisionEffect,
): Promise<Result<ReplyDecided, DecisionError>> {
  const done = await ctx.store.received.decide(message.id, decision, as, nowIso(ctx));
  if (!done) return refuse("already-decided", `Message ${message.id} was decided meanwhile.`);
  return ok({ message: (await ctx.store.received.get(message.id))!, effect });
}

const personal = (kind: DecisionKind) => kind !== "auto-reply" && kind !== "bounce";

function article(kind: DecisionKind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function refuse(code: DecisionErrorCode, message: string): Result<never, DecisionError> {
  return fail({ code, message, id: null });
}
