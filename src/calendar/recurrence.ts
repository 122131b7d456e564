import ICAL from "ical.js";
import { DateTime } from "luxon";
import { readCalendarTime, wallMillis, type CalendarTime } from "./calendar-time.js";

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
  /** Components with the same UID and a RECURRENCE-ID: cancelled (null) or moved occurrences. */
  overrides: { original: DateTime; occurrence: Occurrence | null }[];
  /** The instant (epoch milliseconds) of a time written with a TZID (or none), or null. */
  toInstant: (time: CalendarTime, tzid: string | null) => number | null;
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
const EXPANSION_LIMIT = 200_000;
const SUB_YEARLY = new Set(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"]);
/** More than any UTC offset: a wall time further than this from an instant is surely on one side of it. */
const SLACK = 15 * 3_600_000;

/**
 * The occurrence of a repeating invite to import: the first one that has not ended by `now`, or
 * the last one when the series is over. UNTIL and EXDATE are applied here, on real instants,
 * because ical.js compares them as if a zone it does not know were UTC. Occurrences far from
 * `now`, from UNTIL, from an EXDATE and from an override are passed over on their wall time.
 */
export function chooseOccurrence(input: SeriesInput): SeriesChoice {
  const unsafe = unsafeRule(input.master);
  if (unsafe) return { kind: "none", reason: unsafe };
  const { expansion, until, excluded, notAnOccurrence } = prepare(input);
  const now = input.now.toMillis();
  const originals = input.overrides.map((o) => o.original.toMillis());
  const overridden = new Set(originals);
  const marks = [...excluded.instants, ...originals];
  if (until.instant !== null) marks.push(until.instant);
  let last: { time: CalendarTime; instant: number | null } | null = null;
  let upcoming: number | null = null;
  for (let count = 0; ; count++) {
    if (count >= EXPANSION_LIMIT) {
      return { kind: "none", reason: "it repeats too often to find its next occurrence" };
    }
    const next: ICAL.Time | null = expansion.next();
    if (!next) break;
    const time = fromIcalTime(next);
    const wall = wallMillis(time);
    if (wall === notAnOccurrence) continue;
    if (until.date !== null && dateKey(time) > until.date) break;
    if (excluded.dates.has(dateKey(time))) continue;
    if (until.instant !== null && wall - SLACK > until.instant) break;
    const exact =
      wall + input.length + SLACK > now || marks.some((mark) => Math.abs(mark - wall) <= SLACK);
    if (!exact) {
      last = { time, instant: null };
      continue;
    }
    const instant = input.toInstant(time, input.startTzid);
    if (instant === null) break;
    if (until.instant !== null && instant > until.instant) break;
    if (excluded.instants.has(instant) || overridden.has(instant)) continue;
    last = { time, instant };
    if (instant + input.length > now) {
      upcoming = instant;
      break;
    }
  }
  const lastInstant = last ? (last.instant ?? input.toInstant(last.time, input.startTzid)) : null;
  const generated = upcoming ?? lastInstant;
  const moved = input.overrides.flatMap((o) => (o.occurrence ? [o.occurrence] : []));
  const all = [...moved, ...(generated === null ? [] : [occurrenceAt(generated, input)])];
  const future = all.filter((o) => o.end.toMillis() > now).sort(byStart);
  if (future[0]) return { kind: "next", occurrence: future[0] };
  const final = all.sort(byStart).at(-1);
  if (final) return { kind: "ended", occurrence: final };
  return { kind: "none", reason: "its repeat rule leaves no occurrence at all" };
}

function occurrenceAt(instant: number, input: SeriesInput): Occurrence {
  const original = DateTime.fromMillis(instant, { zone: "UTC" });
  return {
    original,
    start: original,
    end: original.plus({ milliseconds: input.length }),
    component: input.master,
  };
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.start.toMillis() - b.start.toMillis();
}

/** The rule's expansion without UNTIL and EXDATE, and those two read as instants and dates. */
function prepare(input: SeriesInput) {
  const copy = new ICAL.Component(structuredClone(input.master.toJSON()));
  const rules = copy.getAllProperties("rrule");
  const limits: CalendarTime[] = [];
  for (const property of rules) {
    const recur = property.getFirstValue() as ICAL.Recur;
    if (!recur.until) continue;
    const limit = readCalendarTime(recur.until.toString());
    recur.until = null;
    property.setValue(recur);
    if (limit) limits.push(limit);
  }
  // The series ends with its longest rule; a rule without UNTIL never ends.
  const latest =
    limits.length === rules.length
      ? limits.sort((a, b) => wallMillis(a) - wallMillis(b)).at(-1)
      : undefined;
  const until = {
    date: latest?.date ? dateKey(latest) : null,
    instant:
      latest && !latest.date ? input.toInstant(latest, latest.utc ? null : input.startTzid) : null,
  };
  const excluded = { instants: new Set<number>(), dates: new Set<string>() };
  for (const property of copy.getAllProperties("exdate")) {
    const tzid = property.getParameter("tzid");
    for (const value of property.getValues()) {
      const time = readCalendarTime(String(value));
      if (!time) continue;
      if (time.date) {
        excluded.dates.add(dateKey(time));
        continue;
      }
      const instant = input.toInstant(time, typeof tzid === "string" ? tzid : null);
      if (instant !== null) excluded.instants.add(instant);
    }
  }
  copy.removeAllProperties("exdate");
  const target = Math.min(input.now.toMillis(), until.instant ?? Number.POSITIVE_INFINITY);
  const notAnOccurrence = jumpCloser(copy, target);
  const dtstart = copy.getFirstPropertyValue("dtstart") as ICAL.Time;
  const expansion = new ICAL.RecurExpansion({ component: copy, dtstart });
  return { expansion, until, excluded, notAnOccurrence };
}

const DAY = 86_400_000;

/**
 * Moves the start of a daily or weekly rule forward by whole periods to just before `target`
 * (`now`, or UNTIL when it is earlier), so a series that began years ago is not expanded day by
 * day from then. The pattern is the same from any whole period on. Returns the new start when
 * it is not itself an occurrence of the rule: ical.js may still give it (a start counts as one),
 * and it must then be passed over.
 */
function jumpCloser(copy: ICAL.Component, target: number): number | null {
  const rules = copy.getAllProperties("rrule");
  const recur = rules[0]?.getFirstValue() as ICAL.Recur | undefined;
  const start = copy.getFirstProperty("dtstart");
  const dtstart = start?.getFirstValue() as ICAL.Time | undefined;
  if (!recur || !start || !dtstart || rules.length > 1 || copy.hasProperty("rdate")) return null;
  if (recur.count || (recur.freq !== "DAILY" && recur.freq !== "WEEKLY")) return null;
  const parts = recur.parts as Record<string, string[] | undefined>;
  const weekdays = parts.BYDAY;
  if (Object.keys(parts).some((key) => key !== "BYDAY")) return null;
  if (weekdays?.some((day) => !/^[A-Z]{2}$/.test(day))) return null;
  // Whole periods of the pattern: a daily rule filtered by weekday repeats every lcm(interval, 7) days.
  const interval = recur.interval || 1;
  const period = recur.freq === "WEEKLY" ? interval * 7 : weekdays ? lcm(interval, 7) : interval;
  const periods = Math.floor((target - wallMillis(fromIcalTime(dtstart))) / (period * DAY)) - 2;
  if (periods <= 0) return null;
  const moved = dtstart.clone();
  moved.adjust(periods * period, 0, 0, 0);
  start.setValue(moved);
  const weekday = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][moved.dayOfWeek() - 1];
  const matches = weekdays === undefined || weekdays.includes(weekday ?? "");
  return matches ? null : wallMillis(fromIcalTime(moved));
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}

function dateKey(time: CalendarTime): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(time.year, 4)}${pad(time.month, 2)}${pad(time.day, 2)}`;
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
    const months = (parts.BYMONTH as number[] | undefined) ?? ALL_MONTHS;
    const days = parts.BYMONTHDAY as number[] | undefined;
    if (days && !months.some((month) => days.some((day) => fits(day, month)))) {
      return "its repeat rule names a day that none of its months has";
    }
  }
  return null;
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function fits(day: number, month: number): boolean {
  const length = MONTH_LENGTH[month - 1] ?? 0;
  return day !== 0 && Math.abs(day) <= length;
}
