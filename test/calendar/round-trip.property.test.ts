import fc from "fast-check";
import ical from "ical-generator";
import { DateTime } from "luxon";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { describe, expect, it } from "vitest";
import { windowsZoneFamilies } from "../../src/calendar/windows-zones.js";
import { isKnownZone } from "../../src/core/time/zone.js";
import { readBytes, utc, wallOccurrences } from "./read-fixture.js";

/**
 * Invites written by ical-generator with random zones, refolded at random byte widths (inside
 * UTF-8 sequences too) with spaces or TABs and CRLF or LF, sent as files or inside e-mails in
 * base64 or quoted-printable, come back with the same instants. Starts cluster around clock changes.
 */
const HOME = "Europe/Berlin";
const IANA = [
  "America/New_York",
  "America/Sao_Paulo",
  "America/St_Johns",
  "Europe/London",
  "Europe/Helsinki",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Auckland",
];
/** Windows zones whose ID is not itself an IANA name ("UTC" is read as IANA's own UTC). */
const WINDOWS = windowsZoneFamilies().filter(
  (family) => family.iana.includes("/") && !isKnownZone(family.id),
);

type Zone =
  | { kind: "iana"; zone: string }
  | { kind: "windows"; zone: string; id: string }
  | { kind: "floating" }
  | { kind: "utc" };

const zoneArb: fc.Arbitrary<Zone> = fc.oneof(
  fc.constantFrom(...IANA).map((zone) => ({ kind: "iana" as const, zone })),
  fc.constantFrom(...WINDOWS).map((f) => ({ kind: "windows" as const, zone: f.iana, id: f.id })),
  fc.constant({ kind: "floating" as const }),
  fc.constant({ kind: "utc" as const }),
);

const textArb = (max: number) =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength: max })
    .filter((text) => /^[^\p{Cc}\p{Cs}\p{Co}\p{Cn}]+$/u.test(text) && text.trim() === text);

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The instants in `year` at which `zone`'s offset changes, to the minute. */
function changesIn(zone: string, year: number): number[] {
  const offset = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const changes: number[] = [];
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY) {
    if (offset(day) === offset(day + DAY)) continue;
    let [before, after] = [day, day + DAY];
    while (after - before > MINUTE) {
      const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
      if (offset(middle) === offset(before)) before = middle;
      else after = middle;
    }
    changes.push(after);
  }
  return changes;
}

/** Often within a few hours of a clock change, where a wall time is skipped or happens twice. */
const startArb = (zone: Zone): fc.Arbitrary<number> => {
  const anytime = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) });
  const nearChange = fc
    .record({
      year: fc.integer({ min: 2000, max: 2034 }),
      pick: fc.nat(),
      shift: fc.integer({ min: -6 * 60, max: 3 * 60 }),
    })
    .map(({ year, pick, shift }) => {
      const changes = changesIn(zoneOf(zone), year);
      const at = changes.length === 0 ? Date.UTC(year, 6, 1) : changes[pick % changes.length]!;
      return at + shift * MINUTE;
    });
  return fc.oneof(anytime, nearChange).map((ms) => ms - (ms % MINUTE));
};

const caseArb = zoneArb.chain((zone) =>
  fc.record({
    zone: fc.constant(zone),
    start: startArb(zone),
    minutes: fc.integer({ min: 15, max: 300 }),
    summary: textArb(60),
    description: textArb(300),
    width: fc.integer({ min: 6, max: 75 }),
    fold: fc.constantFrom(" ", "\t"),
    eol: fc.constantFrom("\r\n", "\n"),
    container: fc.constantFrom("ics", "base64", "quoted-printable"),
  }),
);

function zoneOf(zone: Zone): string {
  return zone.kind === "iana" || zone.kind === "windows"
    ? zone.zone
    : zone.kind === "floating"
      ? HOME
      : "UTC";
}

/**
 * The wall time is what is written. One the clocks show twice means its first occurrence (RFC 5545,
 * 3.3.5), except for an end whose first occurrence is not after the start.
 */
function expectedTimes(start: DateTime, end: DateTime): { start: string; end: string } {
  const begin = wallOccurrences(start)[0]!;
  const ends = wallOccurrences(end);
  const finish = ends.find((instant) => instant > begin) ?? ends[0]!;
  return { start: utc(DateTime.fromMillis(begin)), end: utc(DateTime.fromMillis(finish)) };
}

/** Undoes ical-generator's folds and folds again at `width` bytes, wherever that falls. */
function refold(text: string, width: number, fold: string, eol: string): Uint8Array {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const out: number[] = [];
  const encoder = new TextEncoder();
  for (const line of lines) {
    if (line === "") continue;
    const bytes = encoder.encode(line);
    for (let at = 0; at < bytes.length; at += width) {
      if (at > 0) out.push(...encoder.encode(fold));
      out.push(...bytes.subarray(at, at + width));
      out.push(...encoder.encode(at + width >= bytes.length ? eol : eol));
    }
  }
  return Uint8Array.from(out);
}

async function inMail(calendar: Uint8Array, encoding: string): Promise<Uint8Array> {
  const mail = new MailComposer({
    from: "Dana Whitfield <dana@acme-robotics.com>",
    to: "jordan@example.com",
    subject: "Invitation",
    text: "You are invited.",
    attachments: [
      {
        filename: "invite.ics",
        content: Buffer.from(calendar),
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        contentTransferEncoding: encoding as "base64" | "quoted-printable",
      },
    ],
  });
  return mail.compile().build();
}

describe("invites survive writing, folding and mailing", () => {
  it("with the same instants, zone and summary", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const zone = zoneOf(c.zone);
        const start = DateTime.fromMillis(c.start, { zone });
        const end = start.plus({ minutes: c.minutes });
        const calendar = ical({ prodId: "//Acme//Scheduler//EN", method: "REQUEST" as never });
        calendar.createEvent({
          id: "round-trip@acme-robotics.com",
          start,
          end,
          ...(c.zone.kind === "iana" || c.zone.kind === "windows" ? { timezone: zone } : {}),
          ...(c.zone.kind === "floating" ? { floating: true } : {}),
          summary: c.summary,
          description: c.description,
          organizer: { name: "Dana Whitfield", email: "dana@acme-robotics.com" },
        });
        let text = calendar.toString();
        if (c.zone.kind === "windows")
          text = text.replaceAll(`TZID=${zone}`, `TZID="${c.zone.id}"`);
        const folded = refold(text, c.width, c.fold, c.eol);
        const bytes = c.container === "ics" ? folded : await inMail(folded, c.container);
        const { items } = await readBytes(bytes, c.container === "ics" ? "ics" : "eml", {
          now: DateTime.fromISO("2026-01-15T12:00:00Z"),
          homeZone: HOME,
        });
        expect(items).toHaveLength(1);
        const [item] = items;
        if (item?.kind !== "invite") throw new Error(JSON.stringify(item));
        const expected = expectedTimes(start, end);
        expect(utc(item.invite.times!.start)).toBe(expected.start);
        expect(utc(item.invite.times!.end)).toBe(expected.end);
        expect(item.invite.times!.zone).toBe(c.zone.kind === "utc" ? HOME : zone);
        expect(item.invite.summary).toBe(c.summary);
      }),
      { numRuns: 200 },
    );
  });
});
