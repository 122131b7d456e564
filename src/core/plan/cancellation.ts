import type { MessageKind } from "../message.js";
import type { PlanContext } from "./plan-context.js";

/** What each outcome puts an end to; a message already sent stays sent. */
const ENDED_BY = {
  rejected: ["thank-you", "status-follow-up", "additional-info"],
  offer: ["status-follow-up", "additional-info", "check-in", "rejection-reply"],
  hired: ["status-follow-up", "additional-info", "check-in", "rejection-reply"],
  withdrawn: ["thank-you", "status-follow-up", "additional-info", "check-in", "rejection-reply"],
  "no-response": ["status-follow-up", "additional-info"],
} as const satisfies Record<string, readonly MessageKind[]>;

/**
 * Why a message of `kind` is no longer wanted, as a sentence, or null when it still is: the
 * interview was cancelled, an outcome ended the process, or (for status follow-ups) the company
 * answered.
 */
export function cancellationOf(ctx: PlanContext, kind: MessageKind): string | null {
  const company = ctx.interview.company;
  if (ctx.interview.status === "cancelled") {
    return "The interview was cancelled, so nothing is planned after it.";
  }
  const outcome = ctx.outcome;
  if (outcome && (ENDED_BY[outcome.outcome] as readonly MessageKind[]).includes(kind)) {
    switch (outcome.outcome) {
      case "rejected":
        return `${company} has said no, so your reply to that news takes the place of this message.`;
      case "offer":
        return `You have an offer from ${company}, so there is nothing left to chase.`;
      case "hired":
        return `You got the job at ${company}, so there is nothing left to chase.`;
      case "withdrawn":
        return `You withdrew from the process at ${company}, so no more messages are planned.`;
      case "no-response":
        return `You closed the application at ${company} for want of an answer, so there is nothing more to chase.`;
    }
  }
  const reply = ctx.replies.at(-1);
  if (kind === "status-follow-up" && reply) {
    const who = reply.from ?? `Someone at ${company}`;
    return `${who} replied on ${ctx.when.day(reply.at)}, which ends the follow-up sequence.`;
  }
  return null;
}
