import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { readCalendarDocument } from "../../src/calendar/ical-document.js";
import { matchingZone } from "../../src/calendar/definition-match.js";
import { offsetRules } from "../../src/calendar/vtimezone-rules.js";
import {
  ianaForWindowsZone,
  windowsZoneFamilies,
  windowsZoneId,
  WINDOWS_DISPLAY_NAMES,
} from "../../src/calendar/windows-zones.js";
import { ZoneDefinition } from "../../src/calendar/zone-definition.js";
import { isKnownZone } from "../../src/core/time/zone.js";
import { utc } from "./read-fixture.js";
import { CALENDAR_FIXTURES } from "./read-fixture.js";
import { ics, readItems, readOne } from "./ics.js";

describe("Windows zone names", () => {
  it("maps every Windows zone and every display name to an IANA zone", () => {
    for (const family of windowsZoneFamilies()) expect(isKnownZone(family.iana)).toBe(true);
    for (const [id, names] of Object.entries(WINDOWS_DISPLAY_NAMES)) {
      expect(ianaForWindowsZone(id), id).not.toBeNull();
      for (const name of names) expect(windowsZoneId(`(UTC+01:00) ${name}`)).toBe(id);
    }
  });

  it("reads IDs and display names however they are prefixed and cased", () => {
    expect(windowsZoneId("W. Europe Standard Time")).toBe("W. Europe Standard Time");
    expect(windowsZoneId("w. europe standard time")).toBe("W. Europe Standard Time");
    expect(windowsZoneId("Eastern Standard Time 1")).toBe("Eastern Standard Time");
    expect(windowsZoneId("(UTC-05:00) Eastern Time (US & Canada)")).toBe("Eastern Standard Time");
    expect(windowsZoneId("(GMT+10:00) Canberra, Melbourne, Sydney")).toBe(
      "AUS Eastern Standard Time",
    );
    expect(windowsZoneId("(UTC) Co-ordinated Universal Time")).toBe("UTC");
    expect(windowsZoneId("FLE")).toBeNull();
    expect(ianaForWindowsZone("Tokyo Standard Time")).toBe("Asia/Tokyo");
  });
});

/** An Exchange-style definition of central European time (EU rules) under a name of its own. */
function centralEurope(tzid: string): string[] {
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${tzid}`,
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
  ];
}

describe("time zones of an invite", () => {
  const at = (tzid: string, extra: string[] = []) =>
    readOne(
      ics([
        ...extra,
        "BEGIN:VEVENT",
        "UID:z",
        `DTSTART;TZID=${tzid}:20260701T090000`,
        `DTEND;TZID=${tzid}:20260701T100000`,
        "END:VEVENT",
      ]),
    );

  it("prefers a real IANA name over an out-of-date VTIMEZONE, and says so", () => {
    const stale = [
      "BEGIN:VTIMEZONE",
      "TZID:America/Sao_Paulo",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:-0300",
      "TZOFFSETTO:-0300",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:19701101T000000",
      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
      "TZOFFSETFROM:-0300",
      "TZOFFSETTO:-0200",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:19710221T000000",
      "RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU",
      "TZOFFSETFROM:-0200",
      "TZOFFSETTO:-0300",
      "END:STANDARD",
      "END:VTIMEZONE",
    ];
    const invite = readOne(
      ics([
        ...stale,
        "BEGIN:VEVENT",
        "UID:z",
        "DTSTART;TZID=America/Sao_Paulo:20260115T090000",
        "DTEND;TZID=America/Sao_Paulo:20260115T100000",
        "END:VEVENT",
      ]),
    );
    // Brazil stopped daylight saving in 2019: 09:00 is 12:00Z, not the 11:00Z the old rules give.
    expect(utc(invite.times!.start)).toBe("2026-01-15T12:00:00Z");
    expect(invite.times!.zone).toBe("America/Sao_Paulo");
    expect(invite.notes.join(" ")).toMatch(/own rules for America\/Sao_Paulo.*2026-01-15T11:00:00/);
  });

  it("reads IANA names behind a path prefix, X-LIC-LOCATION, Windows names and whole-hour offsets", () => {
    expect(at("/mozilla.org/20050126_1/Europe/Berlin").times!.zone).toBe("Europe/Berlin");
    expect(at('"W. Europe Standard Time"').times!.zone).toBe("Europe/Berlin");
    expect(utc(at('"UTC+03:00"').times!.start)).toBe("2026-07-01T06:00:00Z");
    expect(at('"UTC+03:00"').times!.zone).toBe("Etc/GMT-3");
    const located = at("Custom", [
      "BEGIN:VTIMEZONE",
      "TZID:Custom",
      "X-LIC-LOCATION:Europe/Paris",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
    expect(located.times!.zone).toBe("Europe/Paris");
    expect(utc(located.times!.start)).toBe("2026-07-01T07:00:00Z");
  });

  it("skips an event whose zone is defined with an offset beyond ±18:00, saying so", () => {
    for (const offset of ["+2500", "-1801"]) {
      expect(
        readItems(
          ics([
            "BEGIN:VTIMEZONE",
            "TZID:Nowhere",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0000",
            `TZOFFSETTO:${offset}`,
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:z",
            "DTSTART;TZID=Nowhere:20260701T090000",
            "END:VEVENT",
          ]),
        ),
      ).toEqual([
        {
          kind: "skip",
          uid: "z",
          reason: expect.stringMatching(/offset [+-]\d{2}:?\d{2}, which no clock shows/),
        },
      ]);
    }
  });

  it("skips an event whose zone is neither defined nor known, naming it", () => {
    expect(
      readItems(
        ics(["BEGIN:VEVENT", "UID:z", "DTSTART;TZID=EST5EDT-ish:20260701T090000", "END:VEVENT"]),
      ),
    ).toEqual([
      {
        kind: "skip",
        uid: "z",
        reason: expect.stringContaining('"EST5EDT-ish" is neither defined in the invite'),
      },
    ]);
  });

  it("shows times defined only by a VTIMEZONE in a matching zone, the candidate's first", () => {
    const definition = centralEurope("Mitteleuropäische Zeit");
    const lines = [
      ...definition,
      "BEGIN:VEVENT",
      "UID:z",
      "DTSTART;TZID=Mitteleuropäische Zeit:20260701T090000",
      "DTEND;TZID=Mitteleuropäische Zeit:20260701T100000",
      "END:VEVENT",
    ];
    const inParis = readOne(ics(lines), undefined, "Europe/Paris");
    expect(inParis.times!.zone).toBe("Europe/Paris");
    expect(utc(inParis.times!.start)).toBe("2026-07-01T07:00:00Z");
    expect(readOne(ics(lines), undefined, "Asia/Tokyo").times!.zone).toBe("Europe/Berlin");
  });
});

describe("an invite around the clocks going back", () => {
  const event = (tzid: string, start: string, end: string, extra: string[] = []) =>
    readOne(
      ics([
        ...extra,
        "BEGIN:VEVENT",
        "UID:z",
        `DTSTART;TZID=${tzid}:${start}`,
        `DTEND;TZID=${tzid}:${end}`,
        "END:VEVENT",
      ]),
      undefined,
      "Europe/Paris",
    );
  const vtimezone = centralEurope("Romance Time");

  const zones: [string, string, string[]][] = [
    ["a named zone", "Europe/Paris", []],
    ["a zone defined only in the invite", "Romance Time", vtimezone],
  ];

  const cases: [string, string, string, string, string][] = [
    [
      "reads a start in the repeated hour as its first occurrence",
      "023000",
      "040000",
      "00:30",
      "03:00",
    ],
    [
      "ends in the repeated hour when only that comes after the start",
      "024500",
      "021500",
      "00:45",
      "01:15",
    ],
  ];

  it.each(
    zones.flatMap(([zone, tzid, extra]) =>
      cases.map(([what, ...times]) => [what, zone, ...times, tzid, extra] as const),
    ),
  )("%s, in %s", (_what, _zone, start, end, utcStart, utcEnd, tzid, extra) => {
    const times = event(tzid, `20261025T${start}`, `20261025T${end}`, extra).times!;
    expect(utc(times.start)).toBe(`2026-10-25T${utcStart}:00Z`);
    expect(utc(times.end)).toBe(`2026-10-25T${utcEnd}:00Z`);
  });
});

/** Every calendar in the fixtures: the .ics files, and the calendar parts of the e-mails. */
async function fixtureCalendars(): Promise<Uint8Array[]> {
  const calendars: Uint8Array[] = [];
  for (const folder of ["ics", "eml"]) {
    for (const file of readdirSync(join(CALENDAR_FIXTURES, folder))) {
      const bytes = readFileSync(join(CALENDAR_FIXTURES, folder, file));
      if (folder === "ics") calendars.push(bytes);
      else {
        const mail = await simpleParser(bytes);
        for (const part of mail.attachments) calendars.push(part.content);
      }
    }
  }
  // Southern hemisphere: summer time across the new year.
  calendars.push(
    ics([
      "BEGIN:VTIMEZONE",
      "TZID:AUS Eastern Standard Time",
      "BEGIN:STANDARD",
      "DTSTART:16010101T030000",
      "TZOFFSETFROM:+1100",
      "TZOFFSETTO:+1000",
      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:16010101T020000",
      "TZOFFSETFROM:+1000",
      "TZOFFSETTO:+1100",
      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:s",
      "END:VEVENT",
    ]),
  );
  return calendars;
}

describe("VTIMEZONE rules worked out directly", () => {
  it("give the same offsets as ical.js for every zone defined in the fixtures", async () => {
    let compared = 0;
    for (const bytes of await fixtureCalendars()) {
      const read = readCalendarDocument(bytes);
      if (!read.ok) continue;
      for (const calendar of read.value.calendars) {
        for (const zone of calendar.getAllSubcomponents("vtimezone")) {
          const rules = offsetRules(zone);
          if (!rules) continue;
          const timezone = new ICAL.Timezone({ component: zone, tzid: "t" });
          for (let year = 2003; year <= 2030; year += 3) {
            for (let day = 0; day < 365; day += 7) {
              const instant = Date.UTC(year, 0, 1, 13) + day * 86_400_000;
              const local = ICAL.Time.fromJSDate(new Date(instant), true).convertToZone(timezone);
              const wall = Date.UTC(
                local.year,
                local.month - 1,
                local.day,
                local.hour,
                local.minute,
                local.second,
              );
              expect(rules.offsetAt(instant), new Date(instant).toISOString()).toBe(
                (wall - instant) / 60_000,
              );
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it("match an IANA zone to an Exchange definition over a year", () => {
    const read = readCalendarDocument(
      readFileSync(join(CALENDAR_FIXTURES, "ics/exchange2010-counter-pacific-standard-time.ics")),
    );
    if (!read.ok) throw new Error(read.reason);
    const zone = read.value.calendars[0]!.getFirstSubcomponent("vtimezone")!;
    const definition = new ZoneDefinition("Pacific Standard Time", zone);
    expect(matchingZone(definition, 2025, [])).toBe("America/Los_Angeles");
    expect(matchingZone(definition, 2025, ["America/Vancouver"])).toBe("America/Vancouver");
  });
});
