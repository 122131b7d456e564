import { DateTime } from "luxon";

/**
 * "Fri 20 Nov 2026, 14:00–15:30 CST" in the interview's own zone; across a clock change each end
 * names its own offset ("01:45 CDT–01:15 CST"), so the span never reads backwards.
 */
export function timeSpan(start: string, end: string, zone: string): string {
  const from = DateTime.fromISO(start, { zone });
  const to = DateTime.fromISO(end, { zone });
  const sameDay = from.hasSame(to, "day");
  const endText = sameDay ? to.toFormat("HH:mm") : to.toFormat("ccc d LLL, HH:mm");
  const fromText = from.toFormat("ccc d LLL yyyy, HH:mm");
  return from.offset === to.offset
    ? `${fromText}–${endText} ${to.toFormat("ZZZZ")}`
    : `${fromText} ${from.toFormat("ZZZZ")}–${endText} ${to.toFormat("ZZZZ")}`;
}

export function moment(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toFormat("ccc d LLL yyyy, HH:mm ZZZZ");
}
