import fc from "fast-check";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { utc, wallOccurrences } from "./read-fixture.js";
import { ics, readItems, readOne } from "./ics.js";

const series = (rule: string, ...extra: string[]) =>
  ics([
    "BEGIN:VEVENT",
    "UID:series@afterword.test",
    "DTSTAMP:20240101T000000Z",
    "DTSTART;TZID=America/New_York:20240108T090000",
    "DTEND;TZID=America/New_York:20240108T100000",
    `RRULE:${rule}`,
    "SUMMARY:Weekly sync",
    ...extra,
    "END:VEVENT",
  ]);

describe("a repeating invite", () => {
  it("gives its next occurrence after now, at the same wall time across daylight saving", () => {
    const invite = readOne(series("FREQ=WEEKLY;BYDAY=MO"), "2026-03-10T12:00:00Z");
    // Monday 16 March 2026, 09:00 EDT (the clocks changed on 8 March).
    expect(utc(invite.times!.start)).toBe("2026-03-16T13:00:00Z");
    expect(invite.times!.occurrence).toBe("2026-03-16T13:00:00Z");
    expect(invite.notes.join(" ")).toMatch(/only its next occurrence/);
  });

  it("counts COUNT from the first occurrence and gives the last when the series is over", () => {
    const invite = readOne(series("FREQ=DAILY;COUNT=3"), "2026-01-01T00:00:00Z");
    expect(utc(invite.times!.start)).toBe("2024-01-10T14:00:00Z");
    expect(invite.notes.join(" ")).toMatch(/series is over; its last occurrence/);
  });

  it("ends at UNTIL even when an occurrence's wall time is as far from it as any offset allows", () => {
    // 15:00 in Sydney (UTC+11) on 1 January is 04:00 UTC, after an UNTIL of midnight UTC.
    const invite = readOne(
      ics([
        "BEGIN:VEVENT",
        "UID:s",
        "DTSTART;TZID=Australia/Sydney:20151103T150000",
        "DTEND;TZID=Australia/Sydney:20151103T160000",
        "RRULE:FREQ=DAILY;UNTIL=20160101T000000Z",
        "END:VEVENT",
      ]),
      "2016-01-02T07:00:00Z",
    );
    expect(utc(invite.times!.start)).toBe("2015-12-31T04:00:00Z");
  });

  it("leaves out EXDATE dates and cancelled occurrences, and moves overridden ones", () => {
    const items = readItems(
      ics([
        "BEGIN:VEVENT",
        "UID:s",
        "DTSTART;TZID=America/New_York:20240108T090000",
        "DTEND;TZID=America/New_York:20240108T100000",
        "RRULE:FREQ=DAILY;COUNT=10",
        "EXDATE;VALUE=DATE:20240109",
        "EXDATE:20240110T140000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:s",
        "RECURRENCE-ID;TZID=America/New_York:20240111T090000",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:s",
        "RECURRENCE-ID;TZID=America/New_York:20240112T090000",
        "DTSTART;TZID=America/New_York:20240112T160000",
        "DTEND;TZID=America/New_York:20240112T170000",
        "SUMMARY:Moved",
        "END:VEVENT",
      ]),
      "2024-01-08T16:00:00Z",
    );
    const [item] = items;
    if (item?.kind !== "invite") throw new Error("no invite");
    expect(utc(item.invite.times!.start)).toBe("2024-01-12T21:00:00Z");
    expect(item.invite.summary).toBe("Moved");
    expect(item.invite.times!.occurrence).toBe("2024-01-12T14:00:00Z");
  });

  it("refuses a rule that could be expanded forever without an occurrence", () => {
    const [item] = readItems(series("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"));
    expect(item).toMatchObject({
      kind: "skip",
      reason: expect.stringMatching(/day that none of its months has/),
    });
  });

  it("finds the next occurrence of a series begun long ago without expanding it from the start", () => {
    const started = Date.now();
    const invite = readOne(
      ics([
        "BEGIN:VEVENT",
        "UID:old",
        "DTSTART;TZID=Europe/Berlin:19900102T090000",
        "DTEND;TZID=Europe/Berlin:19900102T091500",
        "RRULE:FREQ=DAILY",
        "END:VEVENT",
      ]),
      "2026-01-15T12:00:00Z",
    );
    expect(utc(invite.times!.start)).toBe("2026-01-16T08:00:00Z");
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

/** The occurrence a full expansion from DTSTART gives: what jumping ahead must agree with. */
function slowNext(lines: string[], now: number, zone: string): string | null {
  const calendar = new ICAL.Component(
    ICAL.parse(`BEGIN:VCALENDAR\r\n${lines.join("\r\n")}\r\nEND:VCALENDAR`),
  );
  const event = calendar.getFirstSubcomponent("vevent")!;
  // UNTIL is checked here on instants: ical.js compares it with wall times as if they were UTC.
  const rule = event.getFirstProperty("rrule")!;
  const recur = rule.getFirstValue() as ICAL.Recur;
  const until = recur.until;
  recur.until = null;
  rule.setValue(recur);
  const expansion = new ICAL.RecurExpansion({
    component: event,
    dtstart: event.getFirstPropertyValue("dtstart") as ICAL.Time,
  });
  let last: string | null = null;
  for (let next = expansion.next(); next; next = expansion.next()) {
    const wall = DateTime.fromObject(
      { year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute },
      { zone },
    );
    const start = DateTime.fromMillis(wallOccurrences(wall)[0]!);
    if (until && start.toMillis() > until.toUnixTime() * 1000) break;
    last = utc(start);
    if (start.toMillis() + 3_600_000 > now) return last;
  }
  return last;
}

describe("jumping ahead in a long series", () => {
  it("gives the same occurrence as expanding the whole series", () => {
    const weekday = fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    fc.assert(
      fc.property(
        fc.constantFrom("DAILY", "WEEKLY"),
        fc.integer({ min: 1, max: 3 }),
        fc.uniqueArray(weekday, { maxLength: 3 }),
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2024, 0, 1) }),
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.option(fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2028, 0, 1) })),
        fc.constantFrom("Europe/Berlin", "America/New_York", "Australia/Sydney"),
        (freq, interval, days, startMs, nowMs, untilMs, zone) => {
          const start = DateTime.fromMillis(startMs, { zone }).set({ minute: 0, second: 0 });
          const until = untilMs
            ? `;UNTIL=${DateTime.fromMillis(untilMs, { zone: "UTC" }).toFormat("yyyyMMdd'T'HHmmss'Z'")}`
            : "";
          const byday = days.length > 0 ? `;BYDAY=${days.join(",")}` : "";
          const lines = [
            "BEGIN:VEVENT",
            "UID:p",
            `DTSTART;TZID=${zone}:${start.toFormat("yyyyMMdd'T'HHmmss")}`,
            `DTEND;TZID=${zone}:${start.plus({ hours: 1 }).toFormat("yyyyMMdd'T'HHmmss")}`,
            `RRULE:FREQ=${freq};INTERVAL=${interval}${byday}${until}`,
            "END:VEVENT",
          ];
          const expected = slowNext(lines, nowMs, zone);
          const items = readItems(ics(lines), DateTime.fromMillis(nowMs, { zone: "UTC" }).toISO()!);
          const [item] = items;
          const got = item?.kind === "invite" ? utc(item.invite.times!.start) : null;
          expect(got).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
