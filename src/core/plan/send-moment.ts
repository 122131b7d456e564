import type { DateTime } from "luxon";
import type { PlanContext } from "./plan-context.js";
import { firstMomentWithin, WAKING_HOURS } from "./working-hours.js";

export interface SendMoment {
  at: DateTime;
  /** Whether `at` falls in the recipient's working hours, or the window held none. */
  fit: "working-hours" | "outside-working-hours";
}

/**
 * The suggested moment to send inside [earliest, deadline]: the first moment of the recipient's
 * working hours; when the window holds none (a Friday-evening interview), the deadline wins, and
 * the first moment the candidate is likely awake for is taken instead.
 */
export function sendMoment(ctx: PlanContext, earliest: DateTime, deadline: DateTime): SendMoment {
  const working = firstMomentWithin(earliest, deadline, ctx.hours, ctx.zone);
  if (working) return { at: working, fit: "working-hours" };
  const awake = firstMomentWithin(earliest, deadline, WAKING_HOURS, ctx.candidateZone);
  return { at: awake ?? earliest, fit: "outside-working-hours" };
}
