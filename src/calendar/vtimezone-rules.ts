import type ICAL from "ical.js";
import { readCalendarTime, wallMillis, type CalendarTime } from "./calendar-time.js";

/**
 * The UTC offsets a VTIMEZONE defines, worked out directly for the shapes calendar programs
 * write: observances that start on a date (DTSTART, RDATE) or every year on the n-th weekday
 * of a month (`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`, or `BYMONTHDAY=8,…,14;BYDAY=SU`). Anything
 * else is left to ical.js (see zone-definition).
 */
export interface OffsetRules {
  /** The offset in minutes at an instant (epoch milliseconds). */
  offsetAt(instant: number): number;
}

interface YearlyRule {
  month: number;
  /** 1–5 from the start of the month, -1…-5 from its end, or 0 with `days` for BYMONTHDAY. */
  nth: number;
  weekday: number;
  days: number[] | null;
  untilYear: number;
}

interface Observance {
  from: number;
  to: number;
  start: CalendarTime;
  dates: CalendarTime[];
  rule: YearlyRule | null;
}

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** Reads a VTIMEZONE into rules, or null when it has a shape this does not handle. */
export function offsetRules(zone: ICAL.Component): OffsetRules | null {
  const observances: Observance[] = [];
  for (const part of [
    ...zone.getAllSubcomponents("standard"),
    ...zone.getAllSubcomponents("daylight"),
  ]) {
    const read = observanceOf(part);
    if (!read) return null;
    observances.push(read);
  }
  if (observances.length === 0) return null;
  const byYear = new Map<number, Change[]>();
  return {
    offsetAt(instant) {
      const year = new Date(instant).getUTCFullYear();
      let changes = byYear.get(year);
      if (!changes) {
        changes = changesAround(observances, year);
        byYear.set(year, changes);
      }
      const before = changes.filter((change) => change.at <= instant);
      return before.at(-1)?.to ?? changes[0]?.from ?? 0;
    },
  };
}

interface Change {
  at: number;
  from: number;
  to: number;
}

function observanceOf(part: ICAL.Component): Observance | null {
  const from = offsetMinutes(part.getFirstPropertyValue("tzoffsetfrom"));
  const to = offsetMinutes(part.getFirstPropertyValue("tzoffsetto"));
  const start = readCalendarTime(
    (part.getFirstProperty("dtstart")?.toJSON() as unknown[] | undefined)?.[3],
  );
  if (from === null || to === null || !start) return null;
  const dates = part
    .getAllProperties("rdate")
    .flatMap((property) => property.getValues().map((value) => readCalendarTime(String(value))));
  if (dates.some((date) => date === null)) return null;
  const rules = part.getAllProperties("rrule");
  if (rules.length > 1) return null;
  let rule: YearlyRule | null = null;
  if (rules[0]) {
    rule = yearlyRule(rules[0].getFirstValue() as ICAL.Recur);
    if (!rule) return null;
  }
  return { from, to, start, dates: dates as CalendarTime[], rule };
}

function yearlyRule(recur: ICAL.Recur): YearlyRule | null {
  const parts = recur.parts as Record<string, (string | number)[] | undefined>;
  const known = new Set(["BYMONTH", "BYDAY", "BYMONTHDAY"]);
  if (recur.freq !== "YEARLY" || (recur.interval ?? 1) !== 1 || recur.count) return null;
  if (Object.keys(parts).some((key) => !known.has(key))) return null;
  const months = parts.BYMONTH;
  const days = parts.BYDAY;
  if (months?.length !== 1 || days?.length !== 1) return null;
  const match = /^([+-]?\d)?([A-Z]{2})$/.exec(String(days[0]));
  const weekday = WEEKDAYS.indexOf(match?.[2] ?? "");
  if (!match || weekday === -1) return null;
  const monthDays = parts.BYMONTHDAY?.map(Number) ?? null;
  const nth = Number(match[1] ?? 0);
  if ((nth === 0) === (monthDays === null) || Math.abs(nth) > 5) return null;
  const until = recur.until ? recur.until.year : Number.POSITIVE_INFINITY;
  return { month: Number(months[0]), nth, weekday, days: monthDays, untilYear: until };
}

/** No place on Earth is more than 14 hours from UTC; RFC 5545 and Afterword allow up to 18. */
export const LARGEST_OFFSET_MINUTES = 18 * 60;

/** An offset a VTIMEZONE gives that no clock can show (beyond ±18:00), as written; null when all are possible. */
export function impossibleOffset(zone: ICAL.Component): string | null {
  for (const part of [
    ...zone.getAllSubcomponents("standard"),
    ...zone.getAllSubcomponents("daylight"),
  ]) {
    for (const name of ["tzoffsetfrom", "tzoffsetto"]) {
      // As written: ical.js's own value wraps an offset past a day round (+25:00 reads as -02:00).
      const value = (part.getFirstProperty(name)?.toJSON() as unknown[] | undefined)?.[3];
      const minutes = offsetMinutes(value);
      if (minutes !== null && Math.abs(minutes) > LARGEST_OFFSET_MINUTES) return String(value);
    }
  }
  return null;
}

function offsetMinutes(value: unknown): number | null {
  const text =
    typeof value === "string" ? value : (value as { toString(): string } | null)?.toString();
  const match = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(text ?? "");
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
  return match[1] === "-" ? -minutes : minutes;
}

/** Every change from one observance to another in the years around `year`, in order. */
function changesAround(observances: Observance[], year: number): Change[] {
  const changes: Change[] = [];
  for (const observance of observances) {
    const { from, to, rule } = observance;
    const onset = (wall: CalendarTime) => ({ at: wallMillis(wall) - from * 60_000, from, to });
    changes.push(onset(observance.start), ...observance.dates.map(onset));
    if (!rule) continue;
    const last = Math.min(year + 1, rule.untilYear);
    for (let y = Math.max(year - 1, observance.start.year); y <= last; y++) {
      const day = ruleDay(rule, y);
      if (day !== null)
        changes.push(onset({ ...observance.start, year: y, month: rule.month, day }));
    }
  }
  return changes.sort((a, b) => a.at - b.at);
}

function ruleDay(rule: YearlyRule, year: number): number | null {
  const length = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  const weekdayOf = (day: number) => new Date(Date.UTC(year, rule.month - 1, day)).getUTCDay();
  if (rule.days) {
    const days = rule.days.map((d) => (d < 0 ? length + 1 + d : d)).sort((a, b) => a - b);
    return days.find((day) => day >= 1 && day <= length && weekdayOf(day) === rule.weekday) ?? null;
  }
  if (rule.nth > 0) {
    const first = 1 + ((rule.weekday - weekdayOf(1) + 7) % 7);
    const day = first + (rule.nth - 1) * 7;
    return day <= length ? day : null;
  }
  const last = length - ((weekdayOf(length) - rule.weekday + 7) % 7);
  const day = last + (rule.nth + 1) * 7;
  return day >= 1 ? day : null;
}
