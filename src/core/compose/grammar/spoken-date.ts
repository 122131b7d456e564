import { DateTime } from "luxon";

export type DateStyle = "month-day" | "day-month";

/**
 * How dates are written for a reader in `zone`: "November 20" in the Americas and the
 * Philippines, "20 November" elsewhere. Month names keep either order unambiguous.
 */
export function dateStyleFor(zone: string): DateStyle {
  return /^(?:America|US|Canada)\/|^Pacific\/Honolulu$|^Asia\/Manila$/.test(zone)
    ? "month-day"
    : "day-month";
}

/** "Friday, November 20" or "Friday 20 November": the day of an instant in its zone. */
export function spokenDay(instant: string, zone: string): string {
  const at = DateTime.fromISO(instant, { zone }).setLocale("en-US");
  return dateStyleFor(zone) === "month-day"
    ? at.toFormat("cccc, LLLL d")
    : at.toFormat("cccc d LLLL");
}

/**
 * The interview's day as a note written at `writtenAt` names it: the weekday alone within the
 * week ("Tuesday"), else the date without its weekday ("November 2", "2 November"), as people
 * write it; the full "Monday, November 2" only when the moment of writing is unknown.
 */
export function spokenDayFrom(instant: string, writtenAt: string | null, zone: string): string {
  if (!writtenAt) return spokenDay(instant, zone);
  const at = DateTime.fromISO(instant, { zone }).setLocale("en-US");
  const written = DateTime.fromISO(writtenAt, { zone });
  const days = written.startOf("day").diff(at.startOf("day"), "days").days;
  if (days >= 2 && days < 7) return at.toFormat("cccc");
  return dateStyleFor(zone) === "month-day" ? at.toFormat("LLLL d") : at.toFormat("d LLLL");
}

/** "December 1" or "1 December" for a calendar date written YYYY-MM-DD. */
export function spokenCalendarDate(date: string, zone: string): string {
  const at = DateTime.fromISO(date, { zone: "UTC" }).setLocale("en-US");
  return dateStyleFor(zone) === "month-day" ? at.toFormat("LLLL d") : at.toFormat("d LLLL");
}
