import { DateTime } from "luxon";
import type { InterviewDetails } from "../interview.js";
import type { WorkingHours } from "../record/profile.js";
import { cancellationOf } from "./cancellation.js";
import type { PlanContext } from "./plan-context.js";
import { momentOf, nthSent, settle, type OpenState, type SettledItem } from "./plan-item.js";
import { workingDaysAfter } from "./working-hours.js";

/** Calendar days at the same wall time in the interview's zone. */
export const FOLLOW_UP_AFTER_DAYS = 7;
export const FOLLOW_UP_GAP_DAYS = 7;
export const MAX_FOLLOW_UPS = 2;
/** After a decision date the interviewer named, two working days of grace, then 09:00. */
export const DECISION_GRACE_WORKING_DAYS = 2;
export const DECISION_FOLLOW_UP_CLOCK = "09:00";

/**
 * When the first status follow-up is welcome: a week after the interview at the same wall time,
 * or, when that is later, 09:00 two working days after the decision date the interviewer named.
 * The proofreader asks this too, so a note is never due by one rule and too soon by another.
 */
export function firstFollowUpDue(
  interview: Pick<InterviewDetails, "end" | "timeZone" | "decisionBy">,
  hours: WorkingHours,
): { at: DateTime; afterDecision: boolean } {
  const zone = interview.timeZone;
  const weekAfter = DateTime.fromISO(interview.end, { zone }).plus({ days: FOLLOW_UP_AFTER_DAYS });
  const decision = interview.decisionBy
    ? workingDaysAfter(
        DateTime.fromISO(interview.decisionBy, { zone }),
        DECISION_GRACE_WORKING_DAYS,
        hours,
        DECISION_FOLLOW_UP_CLOCK,
      )
    : null;
  return decision !== null && decision > weekAfter
    ? { at: decision, afterDecision: true }
    : { at: weekAfter, afterDecision: false };
}

/**
 * Two status follow-ups at most, the second at least a week after the first; any reply from the
 * company ends the sequence.
 */
export function planStatusFollowUps(ctx: PlanContext): SettledItem[] {
  const first = firstFollowUpDue(ctx.interview, ctx.hours);
  const afterDecision = first.afterDecision;
  const cancelled = cancellationOf(ctx, "status-follow-up");
  const name = ctx.primary.recipient.name;

  const items: SettledItem[] = [];
  for (let sequence = 1; sequence <= MAX_FOLLOW_UPS; sequence++) {
    const previous = items.at(-1);
    const dueAt = previous
      ? momentOf(previous, ctx.now).plus({ days: FOLLOW_UP_GAP_DAYS })
      : first.at;
    items.push(
      settle(ctx, {
        kind: "status-follow-up",
        channel: ctx.primary.channel,
        contact: ctx.primary,
        sequence,
        dueAt,
        deadline: null,
        sent: nthSent(ctx, "status-follow-up", sequence - 1),
        cancelled,
        explain: (state, at) =>
          previous
            ? explainLater(ctx, name, state, at, previous)
            : explainFirst(ctx, name, state, at, afterDecision),
      }),
    );
  }
  return items;
}

function explainFirst(
  ctx: PlanContext,
  name: string,
  state: OpenState,
  dueAt: DateTime,
  afterDecision: boolean,
): string {
  const decisionDay = ctx.interview.decisionBy
    ? DateTime.fromISO(ctx.interview.decisionBy).setLocale("en-US").toFormat("ccc d LLL")
    : "";
  if (state === "upcoming") {
    return afterDecision
      ? `A decision was expected by ${decisionDay}; if nothing is heard by ${ctx.when.atWithTheirs(dueAt)}, two working days later, ask ${name} politely about the timeline.`
      : `If nothing is heard by ${ctx.when.atWithTheirs(dueAt)}, a week after the interview, ask ${name} politely about the timeline and next steps.`;
  }
  return afterDecision
    ? `Two working days have passed since the decision date (${decisionDay}) with no news, so a short, polite note asking ${name} about next steps is due.`
    : `A week has passed since the interview with no news, so a short, polite note asking ${name} about next steps is due.`;
}

function explainLater(
  ctx: PlanContext,
  name: string,
  state: OpenState,
  dueAt: DateTime,
  previous: SettledItem,
): string {
  if (state !== "upcoming") {
    return `A week has passed since your first follow-up without an answer, so a second and final note to ${name} is due; after it, patience is the best policy.`;
  }
  return previous.sentAt
    ? `If your first follow-up (sent ${ctx.when.day(previous.sentAt)}) goes unanswered, a second and final one can go to ${name} on ${ctx.when.at(dueAt)}, a week after it.`
    : `A second and final follow-up can go to ${name} a week after the first is sent, on ${ctx.when.at(dueAt)} at the earliest; there is none after that.`;
}
