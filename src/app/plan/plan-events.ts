import { MESSAGE_KINDS, type MessageKind } from "../../core/message.js";
import { recordEvent } from "./history.js";
import type { StoreContext } from "../context.js";

/**
 * Tells the planner that someone from the company answered: it ends the status follow-ups. The
 * reply's own Date is used when the planner accepts it (not in the future, not before the
 * interview), else the moment it was read. Returns what the planner said when it refused.
 */
export async function noteReply(
  ctx: StoreContext,
  interviewId: number,
  from: string | null,
  date: string | null,
): Promise<string | null> {
  const first = await recordEvent(ctx, interviewId, { type: "reply", from, at: date });
  if (first.ok || date === null) return first.ok ? null : first.errors[0]!.message;
  const now = await recordEvent(ctx, interviewId, { type: "reply", from, at: null });
  return now.ok ? null : now.errors[0]!.message;
}

/** Tells the planner that a planned message left from the outbox. */
export async function noteSent(
  ctx: StoreContext,
  interviewId: number,
  kind: string,
  to: string,
): Promise<string | null> {
  if (!isPlannedKind(kind)) return null;
  const recorded = await recordEvent(ctx, interviewId, {
    type: "sent",
    kind,
    channel: "email",
    to,
    at: null,
  });
  return recorded.ok ? null : recorded.errors[0]!.message;
}

function isPlannedKind(kind: string): kind is MessageKind {
  return (MESSAGE_KINDS as readonly string[]).includes(kind);
}
