import ICAL from "ical.js";
import type { DateTime } from "luxon";
import { readCalendarTime, type CalendarTime } from "./calendar-time.js";

/** One occurrence of a repeating invite: when it was planned, and when it now happens. */
export interface Occurrence {
  /** The start the rule gives (what RECURRENCE-ID names). */
  original: DateTime;
  start: DateTime;
  end: DateTime;
  /** The component describing it: the series itself, or an override for this occurrence. */
  component: ICAL.Component;
}

export interface SeriesInput {
  master: ICAL.Component;
  /** Components with the same UID and a RECURRENCE-ID. */
  overrides: { original: DateTime; occurrence: Occurrence | null }[];
  /** The instant of a time written in the master's start zone (or its own TZID). */
  toInstant: (time: CalendarTime, tzid: string | null) => DateTime | null;
  startTzid: string | null;
  /** Exact length of one occurrence, in milliseconds. */
  length: number;
  now: DateTime;
}

export type SeriesChoice =
  | { kind: "next"; occurrence: Occurrence }
  | { kind: "ended"; occurrence: Occurrence }
  | { kind: "none"; reason: string };

/** How many occurrences are expanded at most while looking for the next one. */
const EXPANSION_LIMIT = 50_000;
const SUB_YEARLY = new Set(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"]);

/**
 * The occurrence of a repeating invite to import: the first one that has not ended by `now`, or
 * the last one when the series is over. UNTIL and EXDATE are applied here, on real instants,
 * because ical.js compares them as if a zone it does not know were UTC.
 */
export function chooseOccurrence(input: SeriesInput): SeriesChoice {
  const unsafe = unsafeRule(input.master);
  if (unsafe) return { kind: "none", reason: unsafe };
  const { expansion, until, excluded } = prepare(input);

  const overridden = new Set(input.overrides.map((o) => o.original.toMillis()));
  const moved = input.overrides.flatMap((o) => (o.occurrence ? [o.occurrence] : []));
  let last: Occurrence | null = null;
  let upcoming: Occurrence | null = null;
  for (let count = 0; ; count++) {
    if (count >= EXPANSION_LIMIT) {
      return { kind: "none", reason: "it repeats too often to find its next occurrence" };
    }
    const next: ICAL.Time | null = expansion.next();
    if (!next) break;
    const time = fromIcalTime(next);
    const original = input.toInstant(time, input.startTzid);
    if (!original) break;
    if (until !== null && until(time, original)) break;
    if (excluded(time, original) || overridden.has(original.toMillis())) continue;
    const occurrence: Occurrence = {
      original,
      start: original,
      end: original.plus({ milliseconds: input.length }),
      component: input.master,
    };
    last = occurrence;
    if (occurrence.end > input.now) {
      upcoming = occurrence;
      break;
    }
  }
  const all = [...moved, ...(upcoming ? [upcoming] : last ? [last] : [])];
  const future = all.filter((o) => o.end > input.now).sort(byStart);
  if (future[0]) return { kind: "next", occurrence: future[0] };
  const past = all.sort(byStart);
  const final = past[past.length - 1];
  if (final) return { kind: "ended", occurrence: final };
  return { kind: "none", reason: "its repeat rule leaves no occurrence at all" };
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.start.toMillis() - b.start.toMillis();
}

/** Expansion without UNTIL and EXDATE, which are then checked on instants. */
function prepare(input: SeriesInput) {
  const copy = new ICAL.Component(structuredClone(input.master.toJSON()));
  const untilChecks: ((time: CalendarTime, instant: DateTime) => boolean)[] = [];
  for (const property of copy.getAllProperties("rrule")) {
    const recur = property.getFirstValue() as ICAL.Recur;
    if (recur.until) {
      const until = readCalendarTime(recur.until.toString());
      recur.until = null;
      property.setValue(recur);
      if (until) untilChecks.push(untilCheck(until, input));
    }
  }
  const exdates = copy.getAllProperties("exdate").flatMap((property) => {
    const tzid = stringParameter(property, "tzid");
    return property.getValues().map((value) => ({ time: readCalendarTime(String(value)), tzid }));
  });
  copy.removeAllProperties("exdate");
  const excludedInstants = new Set<number>();
  const excludedDates = new Set<string>();
  for (const { time, tzid } of exdates) {
    if (!time) continue;
    if (time.date) excludedDates.add(dateKey(time));
    else {
      const instant = input.toInstant(time, tzid);
      if (instant) excludedInstants.add(instant.toMillis());
    }
  }
  const dtstart = copy.getFirstPropertyValue("dtstart") as ICAL.Time;
  const expansion = new ICAL.RecurExpansion({ component: copy, dtstart });
  // Every rule must be over before the series is: the series ends with its longest rule.
  const until =
    untilChecks.length === 0 || untilChecks.length < copy.getAllProperties("rrule").length
      ? null
      : (time: CalendarTime, instant: DateTime) => untilChecks.every((past) => past(time, instant));
  const excluded = (time: CalendarTime, instant: DateTime) =>
    excludedInstants.has(instant.toMillis()) || excludedDates.has(dateKey(time));
  return { expansion, until, excluded };
}

function untilCheck(until: CalendarTime, input: SeriesInput) {
  if (until.date) {
    const last = dateKey(until);
    return (time: CalendarTime) => dateKey(time) > last;
  }
  const limit = input.toInstant(until, until.utc ? null : input.startTzid);
  return (_time: CalendarTime, instant: DateTime) => limit !== null && instant > limit;
}

function dateKey(time: CalendarTime): string {
  return (
    `${time.year}`.padStart(4, "0") +
    `${time.month}`.padStart(2, "0") +
    `${time.day}`.padStart(2, "0")
  );
}

export function fromIcalTime(time: ICAL.Time): CalendarTime {
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
    date: time.isDate,
    utc: time.zone === ICAL.Timezone.utcTimezone,
  };
}

/**
 * A rule ical.js could expand forever without finding an occurrence: a month-day that no month
 * it allows has (30 February), or day filters it does not bound for sub-yearly rules.
 */
function unsafeRule(master: ICAL.Component): string | null {
  for (const property of master.getAllProperties("rrule")) {
    const recur = property.getFirstValue() as ICAL.Recur;
    const parts = recur.parts as Record<string, (number | string)[] | undefined>;
    if (SUB_YEARLY.has(recur.freq) && (parts.BYYEARDAY || parts.BYWEEKNO)) {
      return "its repeat rule uses BYYEARDAY or BYWEEKNO in a way Afterword does not expand";
    }
    const months = (parts.BYMONTH as number[] | undefined) ?? [
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ];
    const days = parts.BYMONTHDAY as number[] | undefined;
    if (days && !months.some((month) => days.some((day) => fits(day, month)))) {
      return "its repeat rule names a day that none of its months has";
    }
  }
  return null;
}

const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function fits(day: number, month: number): boolean {
  const length = MONTH_LENGTH[month - 1] ?? 0;
  return day !== 0 && Math.abs(day) <= length;
}

function stringParameter(property: ICAL.Property, name: string): string | null {
  const value = property.getParameter(name);
  return typeof value === "string" ? value : null;
}
