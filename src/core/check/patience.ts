import { DateTime } from "luxon";

/** Playbook §1, as the proofreader applies it to a message about to be sent. */
export const PATIENCE = {
  thankYouDeadlineHours: 24,
  thankYouMissedHours: 48,
  additionalInfoDays: 3,
  rejectionReplyHours: 48,
  followUpAfterDays: 7,
  followUpBusinessDaysAfterDecision: 2,
  followUpDecisionHour: 9,
  followUpGapDays: 7,
  followUpLimit: 2,
  checkInGapWeeks: 4,
  checkInLimit: 3,
} as const;

/**
 * The first moment a first status follow-up is welcome: 7 calendar days after the interview at
 * the same wall time, or 09:00 two business days after a named decision date, whichever is later.
 */
export function firstFollowUpAt(end: string, zone: string, decisionBy: string | null): DateTime {
  const week = DateTime.fromISO(end, { zone }).plus({ days: PATIENCE.followUpAfterDays });
  if (!decisionBy) return week;
  let day = DateTime.fromISO(decisionBy, { zone }).set({
    hour: PATIENCE.followUpDecisionHour,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  let business = 0;
  while (business < PATIENCE.followUpBusinessDaysAfterDecision) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5) business++;
  }
  return day > week ? day : week;
}
