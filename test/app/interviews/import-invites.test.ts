import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addDetails } from "../../../src/app/interviews/add-details.js";
import { importInviteBytes } from "../../../src/app/interviews/import-invites.js";
import { importRecordText } from "../../../src/app/interviews/import-records.js";
import type { AppContext } from "../../../src/app/context.js";
import { fixtureBytes } from "../../calendar/read-fixture.js";
import { ics } from "../../calendar/ics.js";
import { inviteContext } from "./invite-context.js";

const importIcs = (ctx: AppContext, bytes: Uint8Array) =>
  importInviteBytes(ctx, "invite.ics", bytes, "ics");
const importFixture = (ctx: AppContext, name: string) =>
  importInviteBytes(ctx, name, fixtureBytes(name), name.endsWith(".eml") ? "eml" : "ics");

function request(
  sequence: number,
  start: string,
  extra: string[] = [],
  stamp = "20260101T000000Z",
) {
  return ics([
    "BEGIN:VEVENT",
    "UID:acme-onsite@acme-robotics.com",
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=America/Chicago:${start}`,
    "DURATION:PT1H30M",
    "SUMMARY:Senior Backend Engineer interview at Acme Robotics",
    "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@acme-robotics.com",
    "ATTENDEE;CN=Jordan Rivera:mailto:jordan@example.com",
    "ATTENDEE;CN=Lee Chen;ROLE=REQ-PARTICIPANT:mailto:lee.chen@acme-robotics.com",
    "ATTENDEE;CN=Room Mercury;CUTYPE=ROOM:mailto:mercury@acme-robotics.com",
    "DESCRIPTION:Join Zoom Meeting\\nhttps://acme.zoom.us/j/123456789?pwd=abc",
    ...extra,
    "END:VEVENT",
  ]);
}

describe("importing an invitation", () => {
  it("gives an interview with its times, zone, link, company, position and interviewers", async () => {
    const ctx = await inviteContext();
    const result = await importIcs(ctx, request(0, "20261120T140000"));
    expect(result).toMatchObject({ created: [1], skipped: [], needsDetails: [], errors: [] });
    expect(await ctx.store.interviews.get(1)).toMatchObject({
      company: "Acme Robotics",
      position: "Senior Backend Engineer",
      stage: "other",
      format: "video",
      joinUrl: "https://acme.zoom.us/j/123456789?pwd=abc",
      timeZone: "America/Chicago",
      start: "2026-11-20T14:00:00-06:00",
      end: "2026-11-20T15:30:00-06:00",
      status: "scheduled",
      needsDetails: false,
      interviewers: [
        { name: "Dana Whitfield", email: "dana.whitfield@acme-robotics.com" },
        { name: "Lee Chen", email: "lee.chen@acme-robotics.com" },
      ],
      invite: {
        uid: "acme-onsite@acme-robotics.com",
        sequence: 0,
        occurrence: null,
        summary: "Senior Backend Engineer interview at Acme Robotics",
      },
    });
  });

  it("reschedules on a newer version, keeping what the candidate added, and ignores older ones", async () => {
    const ctx = await inviteContext();
    await importIcs(ctx, request(0, "20261120T140000"));
    const added = await addDetails(ctx, 1, {
      stage: "onsite",
      discussed: ["the on-call rotation"],
      interviewers: [{ email: "lee.chen@acme-robotics.com", discussed: ["Kafka migration"] }],
    });
    expect(added?.ok).toBe(true);

    const moved = await importIcs(
      ctx,
      request(1, "20261121T100000", ["ATTENDEE;CN=Sam Park:mailto:sam.park@acme-robotics.com"]),
    );
    expect(moved).toMatchObject({ created: [], updated: [1], skipped: [] });
    expect(moved.warnings.join(" ")).toMatch(
      /moved from Fri 20 Nov 2026, 14:00 .* to Sat 21 Nov 2026, 10:00/,
    );
    const interview = await ctx.store.interviews.get(1);
    expect(interview).toMatchObject({
      start: "2026-11-21T10:00:00-06:00",
      stage: "onsite",
      discussed: ["the on-call rotation"],
      invite: { sequence: 1 },
    });
    expect(interview?.interviewers.map((p) => [p.name, p.discussed])).toEqual([
      ["Dana Whitfield", []],
      ["Lee Chen", ["Kafka migration"]],
      ["Sam Park", []],
    ]);

    const stale = await importIcs(ctx, request(0, "20261120T140000"));
    expect(stale).toMatchObject({
      updated: [],
      skipped: [{ uid: "acme-onsite@acme-robotics.com" }],
    });
    expect(stale.skipped[0]?.reason).toMatch(/older version/);
    const again = await importIcs(ctx, request(1, "20261121T100000"));
    expect(again.skipped[0]?.reason).toMatch(/already imported as interview 1; nothing changed/);
    const sameSequenceLater = await importIcs(
      ctx,
      request(1, "20261121T110000", [], "20260102T000000Z"),
    );
    expect(sameSequenceLater.updated).toEqual([1]);
  });

  it("cancels on METHOD:CANCEL or STATUS:CANCELLED, and a newer request restores it", async () => {
    const ctx = await inviteContext();
    await importIcs(ctx, request(0, "20261120T140000"));
    const cancelled = await importIcs(ctx, request(1, "20261120T140000", ["STATUS:CANCELLED"]));
    expect(cancelled).toMatchObject({ cancelled: [1], updated: [], created: [] });
    expect((await ctx.store.interviews.get(1))?.status).toBe("cancelled");
    const twice = await importIcs(ctx, request(2, "20261120T140000", ["STATUS:CANCELLED"]));
    expect(twice.skipped[0]?.reason).toMatch(/already cancelled/);
    const restored = await importIcs(ctx, request(3, "20261122T090000"));
    expect(restored.updated).toEqual([1]);
    expect(await ctx.store.interviews.get(1)).toMatchObject({ status: "scheduled" });
  });

  it("cancels from a cancellation e-mail without times, and refuses to cancel what was never imported", async () => {
    const ctx = await inviteContext({
      name: "Receiver",
      email: "receiver@example.com",
      timeZone: "America/Halifax",
    });
    const none = await importFixture(ctx, "eml/cancel-recurring-event-missing-dtstart.eml");
    expect(none).toMatchObject({ cancelled: [], skipped: [{ uid: "02e79b96" }] });
    expect(none.skipped[0]?.reason).toMatch(/never imported/);

    await importIcs(
      ctx,
      ics([
        "BEGIN:VEVENT",
        "UID:02e79b96",
        "SEQUENCE:0",
        "DTSTAMP:20220316T191532Z",
        "DTSTART:20220316T110000Z",
        "DTEND:20220316T113000Z",
        "SUMMARY:Single Event",
        "ORGANIZER;CN=Sender:mailto:sender@example.com",
        "END:VEVENT",
      ]),
    );
    const cancelled = await importFixture(ctx, "eml/cancel-single-event-qp-unescaped-equals.eml");
    expect(cancelled).toMatchObject({ cancelled: [1], errors: [] });
  });

  it("never creates an interview from a reply or a counter-proposal", async () => {
    const ctx = await inviteContext();
    const counter = await importFixture(ctx, "ics/exchange2010-counter-pacific-standard-time.ics");
    expect(counter).toMatchObject({
      created: [],
      skipped: [{ reason: expect.stringMatching(/COUNTER/) }],
    });
    expect(await ctx.store.interviews.list()).toEqual([]);
  });

  it("plays an iTIP stream in order: request, update, stale request, replies, stale cancel", async () => {
    const ctx = await inviteContext();
    const result = await importFixture(ctx, "ics/itip-stream-multiple-vcalendar-request-reply.ics");
    expect(result.created).toEqual([1]);
    expect(result.updated).toEqual([]);
    expect(result.cancelled).toEqual([]);
    expect(result.skipped).toHaveLength(7);
    expect(await ctx.store.interviews.get(1)).toMatchObject({
      start: "1997-07-01T15:00:00-04:00",
      end: "1997-07-01T15:30:00-04:00",
      status: "scheduled",
      invite: { summary: "Pool party", sequence: 2 },
      interviewers: [
        { name: "B", email: "b@example.com" },
        { name: "BIG A", email: "a@example.com" },
        { name: "C", email: "c@example.com" },
        { name: "Hal", email: "d@example.com" },
      ],
    });
  });
});

describe("a repeating invitation", () => {
  const weekly = (
    sequence: number,
    extra: string[] = [],
    method = "REQUEST",
    stamp = "20260101T000000Z",
  ) =>
    ics(
      [
        "BEGIN:VEVENT",
        "UID:weekly@acme-robotics.com",
        `SEQUENCE:${sequence}`,
        `DTSTAMP:${stamp}`,
        "DTSTART;TZID=America/New_York:20260105T100000",
        "DTEND;TZID=America/New_York:20260105T110000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
        "SUMMARY:Pairing session - Backend Engineer",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@acme-robotics.com",
        ...extra,
        "END:VEVENT",
      ],
      method,
    );
  const at = (ctx: AppContext, now: string) => ({
    ...ctx,
    now: DateTime.fromISO(now, { zone: "UTC" }),
  });

  it("imports the next occurrence, and keeps one that has taken place when a newer version comes", async () => {
    const ctx = await inviteContext(undefined, "2026-01-15T12:00:00Z");
    const first = await importIcs(ctx, weekly(0));
    expect(first.warnings.join(" ")).toMatch(/only its next occurrence \(Mon 19 Jan 2026, 10:00\)/);
    expect(await ctx.store.interviews.get(1)).toMatchObject({
      start: "2026-01-19T10:00:00-05:00",
      invite: { occurrence: "2026-01-19T15:00:00Z" },
    });
    const later = await importIcs(at(ctx, "2026-01-21T12:00:00Z"), weekly(1, ["LOCATION:Room 2"]));
    expect(later.skipped[0]?.reason).toMatch(/already taken place; it is kept as it was/);
    expect(await ctx.store.interviews.get(1)).toMatchObject({
      start: "2026-01-19T10:00:00-05:00",
      location: null,
    });
  });

  it("keeps an occurrence that took place before the series was cancelled", async () => {
    const ctx = await inviteContext(undefined, "2026-01-15T12:00:00Z");
    await importIcs(ctx, weekly(0));
    const late = await importIcs(
      at(ctx, "2026-02-01T12:00:00Z"),
      weekly(1, [], "CANCEL", "20260125T000000Z"),
    );
    expect(late.cancelled).toEqual([]);
    expect(late.skipped[0]?.reason).toMatch(
      /took place before the repeating invitation was cancelled/,
    );
    const early = await importIcs(ctx, weekly(2, [], "CANCEL", "20260116T000000Z"));
    expect(early.cancelled).toEqual([1]);
  });
});

describe("interviews from the real-world invites", () => {
  it("leave out the candidate (profile, aliases, the address the mail was delivered to)", async () => {
    const ctx = await inviteContext({
      name: "Homer",
      email: "homer@example.com",
      aliases: ["homer@example.org"],
      timeZone: "Europe/Helsinki",
    });
    await importFixture(ctx, "eml/teams-meeting-request-outlook-finnish.eml");
    await importFixture(ctx, "eml/outlook-o365-request-base64-windows-tz.eml");
    await importFixture(ctx, "eml/google-calendar-request-meet-conference.eml");
    const [teams, outlook, google] = await Promise.all(
      [1, 2, 3].map((id) => ctx.store.interviews.get(id)),
    );
    expect(teams).toMatchObject({
      company: "",
      position: "",
      needsDetails: true,
      format: "video",
      interviewers: [
        { name: "Marge", email: "marge@example.com" },
        { name: "bart@example.com", email: "bart@example.com" },
      ],
    });
    expect(outlook?.interviewers).toEqual([expect.objectContaining({ name: "Marge" })]);
    expect(google).toMatchObject({
      company: "Postalsys",
      position: "",
      needsDetails: true,
      timeZone: "Europe/Tallinn",
      joinUrl: "https://meet.google.com/yew-afgi-ynf",
      interviewers: [{ name: "Andris Reinman", email: "andris@postalsys.com" }],
    });
  });

  it("name the company from the organizer's domain, and keep rooms out", async () => {
    const ctx = await inviteContext();
    await importFixture(ctx, "ics/obm-request-many-attendees-accented-cn.ics");
    const interview = await ctx.store.interviews.get(1);
    expect(interview?.company).toBe("Linagora");
    expect(interview?.interviewers.map((p) => p.name)).toEqual([
      "Raphael OUAZANA",
      "Matthieu EXT_BAECHLER",
      "Laura ROYET",
      "Luc DUZAN",
      "Antoine DUPRAT",
      "Benoît TELLIER",
      "Quynh Quynh N NGUYEN",
    ]);
  });

  it("import each event of a published calendar, and skip a cancelled one never imported", async () => {
    const ctx = await inviteContext();
    const result = await importFixture(ctx, "ics/apple-macos-attendee-partstat-status.ics");
    expect(result.created).toEqual([1, 2, 3]);
    expect(result.skipped).toEqual([
      {
        uid: "8CAB46C5-669F-4249-B1AD-52BFA72F4E0A",
        reason: expect.stringMatching(/never imported/),
      },
    ]);
    expect(result.needsDetails).toEqual([1, 2, 3]);
  });

  it("refuse a file that holds no event, naming what was expected", async () => {
    const ctx = await inviteContext();
    const result = await importIcs(
      ctx,
      new TextEncoder().encode("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
    );
    expect(result.errors).toEqual([
      {
        path: "",
        expected: "a calendar invitation (iCalendar)",
        found: expect.stringMatching(/no calendar event/),
      },
    ]);
    const mail = await importInviteBytes(
      ctx,
      "note.eml",
      new TextEncoder().encode("From: a@b.example\r\nSubject: hi\r\n\r\nhello"),
      "eml",
    );
    expect(mail.errors[0]?.found).toMatch(/no calendar invitation/);
  });
});

describe("completing an interview an invite left without details", () => {
  it("takes a record file with the same start as the details of that interview", async () => {
    const ctx = await inviteContext();
    await importFixture(ctx, "eml/google-calendar-request-meet-conference.eml");
    const record = [
      "company: Postal Systems",
      "position: Support Engineer",
      "start: 2024-04-11T08:00Z",
      "end: 2024-04-11T09:00Z",
      "timeZone: Europe/Tallinn",
      "interviewers:",
      "  - name: Andris Reinman",
      "    discussed: [the IMAP proxy]",
    ].join("\n");
    const result = await importRecordText(ctx, "andris.yaml", record, "yaml");
    expect(result).toMatchObject({ created: [], updated: [1], errors: [] });
    expect(await ctx.store.interviews.list()).toHaveLength(1);
    expect(await ctx.store.interviews.get(1)).toMatchObject({
      company: "Postal Systems",
      needsDetails: false,
      joinUrl: "https://meet.google.com/yew-afgi-ynf",
      interviewers: [
        { name: "Andris Reinman", email: "andris@postalsys.com", discussed: ["the IMAP proxy"] },
      ],
    });
  });
});
