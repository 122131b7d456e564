import type { DateTime } from "luxon";
import type { Interview } from "../interview.js";
import { cancellationOf } from "./cancellation.js";
import type { PlanContext } from "./plan-context.js";
import { nthSent, settle, type OpenState, type SettledItem } from "./plan-item.js";
import { sendMoment } from "./send-moment.js";

/** Calendar days after the interview: a day to prepare the answer, three to send it. */
export const ADDITIONAL_INFO_EARLIEST_DAYS = 1;
export const ADDITIONAL_INFO_DAYS = 3;

/**
 * A separate message answering a concern or an open question, or sending promised material,
 * when the record holds any of them. The thank-you mentions them briefly; this one gives the
 * fuller answer.
 */
export function planAdditionalInfo(ctx: PlanContext): SettledItem[] {
  const subjects = subjectsOf(ctx.interview);
  if (subjects === null) return [];
  const deadline = ctx.end.plus({ days: ADDITIONAL_INFO_DAYS });
  const moment = sendMoment(ctx, ctx.end.plus({ days: ADDITIONAL_INFO_EARLIEST_DAYS }), deadline);
  const name = ctx.primary.recipient.name;
  return [
    settle(ctx, {
      kind: "additional-info",
      channel: ctx.primary.channel,
      contact: ctx.primary,
      sequence: 1,
      dueAt: moment.at,
      deadline,
      sent: nthSent(ctx, "additional-info", 0),
      cancelled: cancellationOf(ctx, "additional-info"),
      explain: (state, dueAt) => explain(ctx, name, subjects, state, dueAt, deadline),
    }),
  ];
}

/** "a concern and something you promised to send", or null when there is nothing to add. */
export function subjectsOf(interview: Interview): string | null {
  const parts = [
    count(interview.concerns.length, "a concern", "concerns"),
    count(interview.unanswered.length, "an unanswered question", "unanswered questions"),
    count(
      interview.promised.length,
      "something you promised to send",
      "things you promised to send",
    ),
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const last = parts.pop()!;
  return parts.length === 0 ? last : `${parts.join(", ")} and ${last}`;
}

function count(n: number, one: string, many: string): string | null {
  if (n === 0) return null;
  return n === 1 ? one : `${n} ${many}`;
}

function explain(
  ctx: PlanContext,
  name: string,
  subjects: string,
  state: OpenState,
  dueAt: DateTime,
  deadline: DateTime,
): string {
  const by = ctx.when.at(deadline);
  switch (state) {
    case "upcoming":
      return `Your notes hold ${subjects}: give ${name} the fuller answer in a separate message by ${by}, 3 days after the interview; ${ctx.when.atWithTheirs(dueAt)} is suggested.`;
    case "due":
    case "late":
      return `Your notes hold ${subjects}, so a separate message to ${name} with the fuller answer is due before ${by}.`;
    case "missed":
      return "The 3 days for a separate answer have passed; work what is still useful into your next message instead.";
  }
}
