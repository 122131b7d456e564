import type ICAL from "ical.js";
import { Duration, type DateTime } from "luxon";
import { describeCalendarTime, readCalendarTime, type CalendarTime } from "./calendar-time.js";
import { matchingZone } from "./definition-match.js";
import { chooseOccurrence, type Occurrence } from "./recurrence.js";
import { instantOf, instantsOf, type ZoneBook, type ZoneRule } from "./zone-book.js";

/** What the times of an invite are read with. */
export interface TimeContext {
  zones: ZoneBook;
  now: DateTime;
  /** The candidate's zone: floating times are read in it, and UTC-only invites shown in it. */
  homeZone: string | null;
  /** Properties dropped because they could not be read, to name them in a reason. */
  unreadable: ReadonlySet<string>;
}

export interface EventTimes {
  /** In `zone`. */
  start: DateTime;
  end: DateTime;
  /** The IANA zone the interview is shown and planned in. */
  zone: string;
  /** For a repeating invite, the original start (UTC, ISO 8601) of the occurrence chosen. */
  occurrence: string | null;
  /** The component whose summary, location and people apply (a series or one of its overrides). */
  component: ICAL.Component;
  notes: string[];
}

/** Why an event's times cannot be known; `no-profile` when a profile's time zone would tell. */
export interface TimesRefused {
  ok: false;
  reason: string;
  code?: "no-profile";
}

export type TimesResult = { ok: true; value: EventTimes } | TimesRefused;

interface Span {
  start: DateTime;
  end: DateTime;
  startTime: CalendarTime;
  startTzid: string | null;
  rule: ZoneRule;
  notes: string[];
}

const DEFAULT_LENGTH = { hours: 1 };

/**
 * The times of an invite: one event, or the occurrence of a repeating one that matters now.
 * An event whose times cannot be known for certain is refused with a reason, never guessed.
 */
export function eventTimes(
  master: ICAL.Component,
  overrides: ICAL.Component[],
  ctx: TimeContext,
): TimesResult {
  const span = spanOf(master, ctx);
  if (!span.ok) return span;
  const { value } = span;
  const repeats = master.hasProperty("rrule") || master.hasProperty("rdate");
  if (!repeats) return finish(value, value.start, value.end, null, master, ctx);

  const toInstant = (time: CalendarTime, tzid: string | null) => {
    const rule = ctx.zones.ruleFor(tzid, time);
    return rule.kind === "unknown" ? null : instantOf(time, rule, ctx.homeZone ?? "UTC");
  };
  const toMillis = (time: CalendarTime, tzid: string | null) =>
    toInstant(time, tzid)?.toMillis() ?? null;
  const choice = chooseOccurrence({
    master,
    overrides: overrides.flatMap((component) => overrideOf(component, value, ctx, toInstant)),
    toInstant: toMillis,
    startTzid: value.startTzid,
    length: value.end.toMillis() - value.start.toMillis(),
    now: ctx.now,
  });
  if (choice.kind === "none") return { ok: false, reason: choice.reason };
  const chosen = choice.occurrence;
  const result = finish(value, chosen.start, chosen.end, chosen.original, chosen.component, ctx);
  if (result.ok) result.value.notes.push(seriesNote(choice.kind, result.value));
  return result;
}

function seriesNote(kind: "next" | "ended", times: EventTimes): string {
  const when = times.start.setZone(times.zone).toFormat("ccc d LLL yyyy, HH:mm");
  return kind === "next"
    ? `the invite repeats; only its next occurrence (${when}) is taken`
    : `the invite repeats but the series is over; its last occurrence (${when}) is taken`;
}

function finish(
  span: Span,
  start: DateTime,
  end: DateTime,
  original: DateTime | null,
  component: ICAL.Component,
  ctx: TimeContext,
): TimesResult {
  const notes = [...span.notes];
  const zone = displayZone(span, start, ctx, notes);
  return {
    ok: true,
    value: {
      start: start.setZone(zone),
      end: end.setZone(zone),
      zone,
      occurrence: original
        ? (original.toUTC().toISO({ suppressMilliseconds: true }) ?? null)
        : null,
      component,
      notes,
    },
  };
}

function displayZone(span: Span, start: DateTime, ctx: TimeContext, notes: string[]): string {
  const home = ctx.homeZone ?? "UTC";
  switch (span.rule.kind) {
    case "iana":
      return span.rule.zone;
    case "definition": {
      const matched = matchingZone(span.rule.definition, start.year, ctx.homeZone ? [home] : []);
      const named =
        span.rule.tzid === "" ? "has no name" : `"${span.rule.tzid}" is not a zone name`;
      notes.push(
        matched
          ? `the invite's time zone ${named}; its rules match ${matched}, which is used to show the times`
          : `the invite's time zone ${named} and matches no known zone; the times are shown in ${home}`,
      );
      return matched ?? home;
    }
    default:
      return home;
  }
}

/** Start and end of one component, with the rule its start is written in. */
function spanOf(
  component: ICAL.Component,
  ctx: TimeContext,
): { ok: true; value: Span } | TimesRefused {
  const start = timeProperty(component, "dtstart", ctx);
  if (!start.ok) return start;
  const { time, tzid } = start.value;
  if (time.date || allDayByFlag(component, time)) {
    return {
      ok: false,
      reason: `it is an all-day event (${describeCalendarTime(time)}) with no time of day; add the interview with its times in a record file instead`,
    };
  }
  const rule = ctx.zones.ruleFor(tzid, time);
  if (rule.kind === "unknown") {
    return {
      ok: false,
      reason:
        rule.reason ??
        `its time zone "${rule.tzid}" is neither defined in the invite nor a zone name Afterword knows`,
    };
  }
  const notes: string[] = [];
  if (rule.kind === "floating") {
    if (!ctx.homeZone) {
      return {
        ok: false,
        reason:
          "its times carry no time zone and you have no profile zone to read them in: set the time zone in your profile and import it again",
        code: "no-profile",
      };
    }
    notes.push(
      `the invite gives its times without a time zone; they were read in your zone, ${ctx.homeZone}`,
    );
  }
  const begin = instantOf(time, rule, ctx.homeZone ?? "UTC");
  if (rule.kind === "iana" && rule.definition) {
    const theirs = rule.definition.instantOf(time);
    if (Math.abs(theirs.toMillis() - begin.toMillis()) >= 60_000) {
      notes.push(
        `the invite's own rules for ${rule.tzid} would put the start at ${theirs.toISO({ suppressMilliseconds: true })}; the current rules for ${rule.zone} were used instead`,
      );
    }
  }
  const end = endOf(component, begin, time, ctx, notes);
  if (!end.ok) return end;
  return {
    ok: true,
    value: { start: begin, end: end.value, startTime: time, startTzid: tzid, rule, notes },
  };
}

function endOf(
  component: ICAL.Component,
  start: DateTime,
  startTime: CalendarTime,
  ctx: TimeContext,
  notes: string[],
): { ok: true; value: DateTime } | { ok: false; reason: string } {
  let end: DateTime | null = null;
  if (component.hasProperty("dtend")) {
    const read = timeProperty(component, "dtend", ctx);
    if (read.ok && !read.value.time.date) {
      const rule = ctx.zones.ruleFor(read.value.tzid, read.value.time);
      if (rule.kind !== "unknown") {
        // An end the clocks show twice is the earlier, unless only the later comes after the start.
        const instants = instantsOf(read.value.time, rule, ctx.homeZone ?? "UTC");
        end = instants.find((instant) => instant > start) ?? instants[0]!;
      }
    }
  } else if (component.hasProperty("duration")) {
    const duration = component.getFirstPropertyValue("duration") as ICAL.Duration | null;
    if (duration) end = start.plus(lengthOf(duration));
  }
  if (end !== null && end < start) {
    const iso = (at: DateTime) => at.toUTC().toISO({ suppressMilliseconds: true });
    return { ok: false, reason: `it ends (${iso(end)}) before it starts (${iso(start)})` };
  }
  if (end === null || end.equals(start)) {
    notes.push(
      `the invite does not say when it ends (starting ${describeCalendarTime(startTime)}); one hour was assumed`,
    );
    return { ok: true, value: start.plus(DEFAULT_LENGTH) };
  }
  return { ok: true, value: end };
}

/** RFC 5545: days and weeks are nominal (calendar days), the rest exact. */
function lengthOf(duration: ICAL.Duration): Duration {
  const sign = duration.isNegative ? -1 : 1;
  return Duration.fromObject({
    weeks: sign * duration.weeks,
    days: sign * duration.days,
    hours: sign * duration.hours,
    minutes: sign * duration.minutes,
    seconds: sign * duration.seconds,
  });
}

/** Outlook marks all-day events it writes as midnight-to-midnight date-times with this flag. */
function allDayByFlag(component: ICAL.Component, start: CalendarTime): boolean {
  const flag = component.getFirstPropertyValue("x-microsoft-cdo-alldayevent");
  return (
    typeof flag === "string" &&
    flag.trim().toUpperCase() === "TRUE" &&
    start.hour === 0 &&
    start.minute === 0
  );
}

function overrideOf(
  component: ICAL.Component,
  series: Span,
  ctx: TimeContext,
  toInstant: (time: CalendarTime, tzid: string | null) => DateTime | null,
): { original: DateTime; occurrence: Occurrence | null }[] {
  const id = timeProperty(component, "recurrence-id", ctx);
  if (!id.ok) return [];
  const original = toInstant(id.value.time, id.value.tzid ?? series.startTzid);
  if (!original) return [];
  const status = component.getFirstPropertyValue("status");
  if (typeof status === "string" && status.trim().toUpperCase() === "CANCELLED") {
    return [{ original, occurrence: null }];
  }
  const own = component.hasProperty("dtstart") ? spanOf(component, ctx) : null;
  const start = own?.ok ? own.value.start : original;
  const end = own?.ok
    ? own.value.end
    : original.plus({ milliseconds: series.end.toMillis() - series.start.toMillis() });
  return [{ original, occurrence: { original, start, end, component } }];
}

/** The times of an override that came without its series: one occurrence on its own. */
export function lonelyOverrideTimes(component: ICAL.Component, ctx: TimeContext): TimesResult {
  const span = spanOf(component, ctx);
  if (!span.ok) return span;
  const original = occurrenceOf(component, ctx);
  return finish(span.value, span.value.start, span.value.end, original, component, ctx);
}

/** The original start of the occurrence a RECURRENCE-ID names, or null when it cannot be read. */
export function occurrenceOf(component: ICAL.Component, ctx: TimeContext): DateTime | null {
  const id = timeProperty(component, "recurrence-id", ctx);
  if (!id.ok) return null;
  const start = timeProperty(component, "dtstart", ctx);
  const tzid = id.value.tzid ?? (start.ok ? start.value.tzid : null);
  const rule = ctx.zones.ruleFor(tzid, id.value.time);
  if (rule.kind === "unknown" || (rule.kind === "floating" && !ctx.homeZone)) return null;
  return instantOf(id.value.time, rule, ctx.homeZone ?? "UTC");
}

type TimeProperty =
  { ok: true; value: { time: CalendarTime; tzid: string | null } } | { ok: false; reason: string };

const LABELS: Record<string, string> = {
  dtstart: "start time (DTSTART)",
  dtend: "end time (DTEND)",
  "recurrence-id": "occurrence (RECURRENCE-ID)",
};

function timeProperty(component: ICAL.Component, name: string, ctx: TimeContext): TimeProperty {
  const label = LABELS[name] ?? name.toUpperCase();
  const property = component.getFirstProperty(name);
  if (!property) {
    return {
      ok: false,
      reason: ctx.unreadable.has(name.toUpperCase())
        ? `its ${label} could not be read`
        : `it has no ${label}`,
    };
  }
  const raw = (property.toJSON() as unknown[])[3];
  const time = readCalendarTime(raw);
  if (!time)
    return { ok: false, reason: `its ${label} "${String(raw)}" is not a real date and time` };
  const tzid = property.getParameter("tzid");
  return { ok: true, value: { time, tzid: typeof tzid === "string" ? tzid : null } };
}
