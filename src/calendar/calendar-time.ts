import { DateTime } from "luxon";
import { wallInstants } from "../core/time/wall-time.js";

/** A date or date-time exactly as a calendar property wrote it, before any zone is applied. */
export interface CalendarTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** A DATE value (all day), not a DATE-TIME. */
  date: boolean;
  /** Written with a trailing Z: an instant in UTC. */
  utc: boolean;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/;

/** Reads ical.js's text form of a DATE or DATE-TIME ("2020-09-10T09:00:00Z"); null when it is not a real date. */
export function readCalendarTime(text: unknown): CalendarTime | null {
  if (typeof text !== "string") return null;
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, utc] = match;
  const time: CalendarTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    // A leap second (60) is read as the last second of the minute.
    second: Math.min(Number(second ?? 0), 59),
    date: hour === undefined,
    utc: utc === "Z",
  };
  const days = new Date(Date.UTC(time.year, time.month, 0)).getUTCDate();
  const valid =
    time.month >= 1 &&
    time.month <= 12 &&
    time.day >= 1 &&
    time.day <= days &&
    time.hour <= 23 &&
    time.minute <= 59;
  return valid ? time : null;
}

export function wallFields(time: CalendarTime) {
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
}

/** The wall time read as if it were UTC, in milliseconds: a cheap, zone-free ordering key. */
export function wallMillis(time: CalendarTime): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

/**
 * The instants at which a zone's clocks show `wall` (see wallMillis), earliest first. A time the
 * clocks skip is read with the offset from before the change.
 */
export function instantsFrom(wall: number, offsetAt: (instant: number) => number): DateTime[] {
  const exact = wallInstants(wall, offsetAt);
  const instants = exact.length > 0 ? exact : [wall - offsetAt(wall - DAY) * 60_000];
  return instants.map((instant) => DateTime.fromMillis(instant, { zone: "UTC" }));
}

const DAY = 86_400_000;

export function describeCalendarTime(time: CalendarTime): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.date) return date;
  return `${date} ${pad(time.hour)}:${pad(time.minute)}${time.utc ? " UTC" : ""}`;
}
