import type { DateTime } from "luxon";
import type { Channel, MessageKind, PlanState } from "../message.js";
import { formatInstant } from "../time/wall-time.js";
import { itemId, messageKeyOf } from "./item-id.js";
import type { Contact, PlanContext, SentFact } from "./plan-context.js";
import type { PlannedMessage } from "./planned-message.js";

/** The states a message can be in while it is still to be sent. */
export type OpenState = Extract<PlanState, "upcoming" | "due" | "late" | "missed">;

/** What a rule decides about one message, before the history and the clock settle its state. */
export interface ItemDraft {
  kind: MessageKind;
  channel: Channel;
  contact: Contact;
  sequence: number;
  dueAt: DateTime;
  deadline: DateTime | null;
  /** Thank-you notes only: past the deadline but before this, the note is late rather than missed. */
  lateUntil?: DateTime;
  /** The sent event that fulfilled this message, if any. */
  sent: SentFact | null;
  /** Why the message is no longer wanted, or null. */
  cancelled: string | null;
  /** The reason sentence for an open state; `dueAt` is the moment after any snooze. */
  explain(state: OpenState, dueAt: DateTime): string;
}

/** A message with its state settled, keeping the instants for rules that plan after it. */
export interface SettledItem {
  message: PlannedMessage;
  dueAt: DateTime;
  deadline: DateTime | null;
  sentAt: DateTime | null;
}

export function settle(ctx: PlanContext, draft: ItemDraft): SettledItem {
  const id = itemId(
    ctx.interview.id,
    draft.kind,
    draft.channel,
    draft.contact.slug,
    draft.sequence,
  );
  const snooze = ctx.snoozes.get(messageKeyOf(id));
  const snoozed = draft.sent === null && snooze !== undefined && snooze > draft.dueAt;
  const dueAt = snoozed ? snooze : draft.dueAt;
  const { state, reason } = stateOf(ctx, draft, dueAt, snoozed);
  const message: PlannedMessage = {
    id,
    interviewId: ctx.interview.id,
    kind: draft.kind,
    channel: draft.channel,
    recipient: { ...draft.contact.recipient },
    sequence: draft.sequence,
    dueAt: formatInstant(dueAt.setZone(ctx.zone)),
    deadline: draft.deadline ? formatInstant(draft.deadline.setZone(ctx.zone)) : null,
    state,
    reason,
    sentAt: draft.sent ? formatInstant(draft.sent.at.setZone(ctx.zone)) : null,
    snoozedUntil: snoozed ? formatInstant(dueAt.setZone(ctx.zone)) : null,
  };
  return { message, dueAt, deadline: draft.deadline, sentAt: draft.sent?.at ?? null };
}

function stateOf(
  ctx: PlanContext,
  draft: ItemDraft,
  dueAt: DateTime,
  snoozed: boolean,
): { state: PlanState; reason: string } {
  if (draft.sent) {
    return {
      state: "done",
      reason: `Recorded as sent to ${draft.sent.to} on ${ctx.when.at(draft.sent.at)}.`,
    };
  }
  if (draft.cancelled) return { state: "cancelled", reason: draft.cancelled };
  const state = openState(ctx.now, dueAt, draft.deadline, draft.lateUntil ?? null);
  if (snoozed && state === "upcoming") {
    const deadline = draft.deadline ? `; its deadline stays ${ctx.when.at(draft.deadline)}` : "";
    return { state, reason: `You snoozed this until ${ctx.when.at(dueAt)}${deadline}.` };
  }
  return { state, reason: draft.explain(state, dueAt) };
}

/** upcoming before `dueAt`, due until the deadline, then late until `lateUntil`, then missed. */
export function openState(
  now: DateTime,
  dueAt: DateTime,
  deadline: DateTime | null,
  lateUntil: DateTime | null,
): OpenState {
  if (now < dueAt) return "upcoming";
  if (deadline === null || now < deadline) return "due";
  if (lateUntil !== null && now < lateUntil) return "late";
  return "missed";
}

/** The first sent event of `kind` to anyone, after skipping the ones earlier items used. */
export function nthSent(ctx: PlanContext, kind: MessageKind, index: number): SentFact | null {
  return ctx.sent.filter((event) => event.kind === kind)[index] ?? null;
}

/**
 * When a message happened or will happen, for planning the next one after it: its sending, else
 * its suggested moment (moved on by whole days while it is overdue, so it keeps its time of day),
 * else its closed window.
 */
export function momentOf(item: SettledItem, now: DateTime): DateTime {
  if (item.sentAt) return item.sentAt;
  switch (item.message.state) {
    case "due":
    case "late":
      return sameTimeNotBefore(item.dueAt, now);
    case "missed":
      return item.deadline ?? item.dueAt;
    default:
      return item.dueAt;
  }
}

/** `at`, or the first day after it at the same wall time that is not before `now`. */
function sameTimeNotBefore(at: DateTime, now: DateTime): DateTime {
  if (at >= now) return at;
  const days = Math.max(0, Math.floor(now.diff(at, "days").days) - 1);
  let moved = at.plus({ days });
  while (moved < now) moved = moved.plus({ days: 1 });
  return moved;
}
