import type { DateTime } from "luxon";
import { readInput, type PlanInput } from "./plan-context.js";
import { planStatusFollowUps } from "./status-follow-up.js";

/** Calendar days of silence after the last status follow-up before closing is proposed. */
export const NO_RESPONSE_AFTER_DAYS = 14;

/** A proposal to close an application that has gone silent; the candidate confirms it or not. */
export interface ClosingProposal {
  interviewId: number;
  /** ISO 8601 instant the last status follow-up was sent. */
  lastFollowUpAt: string;
  /** ISO 8601 instant from which closing is proposed. */
  proposedFrom: string;
  reason: string;
}

/**
 * Proposes the outcome `no-response` when the last status follow-up has gone unanswered for
 * NO_RESPONSE_AFTER_DAYS days: no reply since, no outcome recorded, the interview not cancelled.
 * Recording it ends the follow-ups; the check-ins stay for the candidate to keep or drop.
 */
export function closingProposal(input: PlanInput): ClosingProposal | null {
  const ctx = readInput(input);
  if (ctx.interview.status === "cancelled" || ctx.outcome !== null) return null;
  const last = planStatusFollowUps(ctx).at(-1);
  const sentAt = last?.sentAt;
  if (!sentAt) return null;
  if (ctx.replies.some((reply) => reply.at >= sentAt)) return null;
  const from: DateTime = sentAt.plus({ days: NO_RESPONSE_AFTER_DAYS });
  if (ctx.now < from) return null;
  const name = ctx.primary.recipient.name;
  return {
    interviewId: ctx.interview.id,
    lastFollowUpAt: sentAt.toISO()!,
    proposedFrom: from.toISO()!,
    reason: `Your last follow-up to ${name} (${ctx.when.day(sentAt)}) has had no answer for ${NO_RESPONSE_AFTER_DAYS} days. Closing the application as "no response" ends the follow-ups; the check-ins stay, to send or drop as you like.`,
  };
}
