import { DateTime } from "luxon";

/** Further than this from today, an interview's date is more likely a slip of the year. */
const DISTANT_DAYS = 90;

/**
 * A warning for an interview dated months away from `now` ("2025-12-05" typed a year late), which
 * would otherwise be planned as if it were real; null for a date near today.
 */
export function distantDateWarning(start: string, zone: string, now: DateTime): string | null {
  const at = DateTime.fromISO(start, { zone });
  if (!at.isValid) return null;
  const days = Math.round(at.diff(now, "days").days);
  if (Math.abs(days) <= DISTANT_DAYS) return null;
  const when = at.toFormat("d MMMM yyyy");
  const months = Math.round(Math.abs(days) / 30);
  const side = days < 0 ? `${months} months ago` : `${months} months from now`;
  return `The interview is dated ${when}, ${side}: if that is not right, correct the year; the plan is worked out from that date.`;
}
