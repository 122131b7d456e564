import ICAL from "ical.js";
import { DateTime } from "luxon";
import { instantsFrom, wallFields, wallMillis, type CalendarTime } from "./calendar-time.js";
import { fromIcalTime } from "./recurrence.js";
import { offsetRules, type OffsetRules } from "./vtimezone-rules.js";

/**
 * A time zone as an invite's own VTIMEZONE defines it. The usual shapes are worked out directly
 * (vtimezone-rules); others go to ical.js, which expands every change from the definition's
 * first DTSTART (Exchange writes 1601), so its open-ended yearly rules are read as starting two
 * years before the year asked about: that year's changes are the same, with far less to expand.
 */
export class ZoneDefinition {
  private readonly rules: OffsetRules | null;
  private readonly byYear = new Map<number, ICAL.Timezone>();

  constructor(
    readonly tzid: string,
    private readonly component: ICAL.Component,
  ) {
    this.rules = offsetRules(component);
  }

  /**
   * The instants a wall time stands for, earliest first: two where the clocks go back; where they
   * skip it, the one read with the offset from before the change.
   */
  instantsOf(time: CalendarTime): DateTime[] {
    if (!this.rules) {
      const local = new ICAL.Time(
        { ...wallFields(time), isDate: false },
        this.timezoneIn(time.year),
      );
      return [DateTime.fromSeconds(local.toUnixTime(), { zone: "UTC" })];
    }
    const rules = this.rules;
    return instantsFrom(wallMillis(time), (instant) => rules.offsetAt(instant));
  }

  /** The instant a wall time stands for: of two, the earlier (RFC 5545). */
  instantOf(time: CalendarTime): DateTime {
    return this.instantsOf(time)[0]!;
  }

  /** The definition's UTC offset at an instant, in minutes. */
  offsetAt(instant: number): number {
    if (this.rules) return this.rules.offsetAt(instant);
    const utc = ICAL.Time.fromJSDate(new Date(instant), true);
    const local = utc.convertToZone(this.timezoneIn(utc.year));
    return Math.round((wallMillis(fromIcalTime(local)) - instant) / 60_000);
  }

  private timezoneIn(year: number): ICAL.Timezone {
    let timezone = this.byYear.get(year);
    if (!timezone) {
      const component = startingFrom(this.component, year - 2);
      timezone = new ICAL.Timezone({ component, tzid: this.tzid });
      this.byYear.set(year, timezone);
    }
    return timezone;
  }
}

function startingFrom(zone: ICAL.Component, year: number): ICAL.Component {
  const copy = new ICAL.Component(structuredClone(zone.toJSON()));
  const parts = [...copy.getAllSubcomponents("standard"), ...copy.getAllSubcomponents("daylight")];
  for (const part of parts) {
    const start = part.getFirstProperty("dtstart");
    const value = start?.getFirstValue() as ICAL.Time | null | undefined;
    const rule = part.getFirstPropertyValue("rrule") as ICAL.Recur | null;
    const openEnded = rule !== null && !rule.until && !rule.count && !part.hasProperty("rdate");
    if (!start || !value || !openEnded || value.year >= year) continue;
    const moved = value.clone();
    moved.year = year;
    start.setValue(moved);
  }
  return copy;
}
