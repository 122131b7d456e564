import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendarDocument } from "../../src/calendar/ical-document.js";
import type { Invite } from "../../src/calendar/invite.js";
import { attendeesOf, organizerOf } from "../../src/calendar/participants.js";
import { CALENDAR_FIXTURES, fixtureBytes, readFixture, utc } from "./read-fixture.js";

/**
 * What each real-world fixture should give, written after reading each file by hand. Read with
 * `now` = 2026-01-15T12:00Z and a candidate in America/New_York (the zone floating and UTC-only
 * times are read and shown in). Instants are UTC. `attendees` are every ATTENDEE address in
 * order, rooms included: who counts as an interviewer is tested with the store.
 */
interface Facts {
  uid: string | RegExp;
  start: string;
  end: string;
  zone: string;
  organizer: string | null;
  attendees: string[];
  join: string | null;
  cancelled: boolean;
  summary?: string | null;
  location?: string | null;
  sequence?: number;
  method?: string;
}
interface Cancel {
  cancels: string;
  sequence: number;
}
interface Skip {
  skip: RegExp;
  uid: string | null;
}
type Expected = Facts | Cancel | Skip;

const GENERATED = /^generated:[0-9a-f]{24}$/;
const NY = "America/New_York";

const FACTS: Record<string, Expected[]> = {
  "ics/apple-ios-escaped-semicolon-structured-location.ics": [
    {
      uid: "af64eb20-7d10-4482-8b22-921f7656390a",
      start: "2026-05-22T08:30:00Z",
      end: "2026-05-22T08:40:00Z",
      zone: "Europe/Vienna",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      location: "Hauptstraße 1-5; 4041 Linz",
    },
  ],
  "ics/apple-macos-attendee-partstat-status.ics": [
    {
      uid: "31a1ffc9-9b76-465b-ae4a-cadb694c9d37",
      start: "2022-07-04T23:00:00Z",
      end: "2022-07-04T23:50:00Z",
      zone: NY,
      organizer: "tentative@example.com",
      attendees: ["tentative@example.com"],
      join: null,
      cancelled: false,
    },
    {
      uid: "F00F3710-BF4D-46D3-9A2C-1037AB24C6AC",
      start: "2022-07-05T16:00:00Z",
      end: "2022-07-05T17:00:00Z",
      zone: "America/Vancouver",
      organizer: "confirmed@example.com",
      attendees: ["confirmed@example.com"],
      join: null,
      cancelled: false,
    },
    {
      uid: "8CAB46C5-669F-4249-B1AD-52BFA72F4E0A",
      start: "2022-07-06T20:00:00Z",
      end: "2022-07-06T21:00:00Z",
      zone: "America/Vancouver",
      organizer: "cancelled@example.com",
      attendees: ["cancelled@example.com"],
      join: null,
      cancelled: true,
    },
    {
      uid: "99F615DE-82C6-4CEF-97B8-CD0D3E1EE0D3",
      start: "2022-07-07T16:00:00Z",
      end: "2022-07-07T17:00:00Z",
      zone: "America/Vancouver",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
    },
  ],
  "ics/bare-vevent-umlaut-quoted-cn.ics": [
    {
      uid: "20130416112341.10064jz0k4j7uem8@acmenet.de",
      start: "2013-04-16T10:00:00Z",
      end: "2013-04-16T11:00:00Z",
      zone: NY,
      organizer: "adm-acme@mydomain.de",
      attendees: [],
      join: null,
      cancelled: false,
      location: "im büro",
    },
  ],
  // Daily Mon–Fri 10:00 in a CET-like VTIMEZONE until 2015-07-22T08:00Z: the last occurrence.
  "ics/exchange-cdo-request-gmt-offset-tzid-rrule-spaces.ics": [
    {
      uid: GENERATED,
      start: "2015-07-22T08:00:00Z",
      end: "2015-07-22T08:30:00Z",
      zone: "Europe/Berlin",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "Sprint 25 Daily Standup",
    },
  ],
  // 22:30–24:00 in the invite's Pacific definition (daylight time in October 2004).
  "ics/exchange-cdo-request-pacific-time-tijuana.ics": [
    {
      uid: "CD0000008B9511D182D800C04FB1625D17D373499F99F547A0016BEAC6AB5576",
      start: "2004-10-12T05:30:00Z",
      end: "2004-10-12T07:00:00Z",
      zone: "America/Los_Angeles",
      organizer: "meher.tendjoukian@verdisoft.com",
      attendees: ["tendjoukian@yahoo.de", "meher.t@gmail.com"],
      join: null,
      cancelled: false,
      location: "Test Location",
    },
  ],
  "ics/exchange2010-allday-recurring-moved-occurrence.ics": [
    { skip: /all-day/, uid: "exchange-moved-recurrence" },
  ],
  "ics/exchange2010-counter-pacific-standard-time.ics": [
    { skip: /METHOD:COUNTER/, uid: "1sqt3u5rn2fprt7g7u75obcgav@google.com" },
  ],
  // TZID= (empty) is defined by the VTIMEZONE with an empty TZID: UTC all year.
  "ics/exchange2010-empty-tzid-attendees.ics": [
    {
      uid: "t21ocubdt9jagerldbkak7uhcg@google.com",
      start: "2015-08-26T09:00:00Z",
      end: "2015-08-26T10:00:00Z",
      zone: "Etc/UTC",
      organizer: "roberts@company.com",
      attendees: ["roberts@company.com", "sam@company.com"],
      join: null,
      cancelled: false,
      sequence: 1,
      location: "17 Commerce Crescent,Eastgate",
    },
  ],
  // Display names without VTIMEZONE: Sydney is on daylight time (+11), New York on EDT then EST.
  "ics/exchange2010-owa-display-name-tzid-no-vtimezone.ics": [
    {
      uid: GENERATED,
      start: "2020-10-28T02:30:00Z",
      end: "2020-10-28T04:00:00Z",
      zone: "Australia/Sydney",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "TEST Syd",
    },
    {
      uid: GENERATED,
      start: "2020-10-28T17:30:00Z",
      end: "2020-10-28T19:00:00Z",
      zone: NY,
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "TEST",
    },
    {
      uid: GENERATED,
      start: "2020-11-02T18:30:00Z",
      end: "2020-11-02T20:00:00Z",
      zone: NY,
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "TEST 3",
    },
    {
      uid: GENERATED,
      start: "2021-08-27T17:30:00Z",
      end: "2021-08-27T19:00:00Z",
      zone: NY,
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "TEST2",
    },
  ],
  "ics/google-calendar-recurring-with-override.ics": [
    {
      uid: "6m2q7kb2l02798oagemrcgm6pk@google.com",
      start: "2016-08-28T11:00:00Z",
      end: "2016-08-28T12:00:00Z",
      zone: "Europe/Kiev",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "repeated",
    },
  ],
  "ics/itip-stream-multiple-vcalendar-request-reply.ics": [
    {
      uid: "calsrv.example.com-873970198738777@example.com",
      start: "1997-07-01T20:00:00Z",
      end: "1997-07-01T21:00:00Z",
      zone: NY,
      organizer: "b@example.com",
      attendees: [
        "a@example.com",
        "b@example.com",
        "c@example.com",
        "d@example.com",
        "conf_big@example.com",
        "e@example.com",
      ],
      join: null,
      cancelled: false,
      sequence: 2,
      summary: "Conference",
    },
    {
      uid: "calsrv.example.com-873970198738777@example.com",
      start: "1997-07-01T19:00:00Z",
      end: "1997-07-01T19:30:00Z",
      zone: NY,
      organizer: "b@example.com",
      attendees: [
        "a@example.com",
        "b@example.com",
        "c@example.com",
        "d@example.com",
        "conf_big@example.com",
        "e@example.com",
      ],
      join: null,
      cancelled: false,
      sequence: 2,
      summary: "Pool party",
    },
    {
      uid: "calsrv.example.com-873970198738777@example.com",
      start: "1996-07-01T18:00:00Z",
      end: "1997-07-01T19:00:00Z",
      zone: NY,
      organizer: "b@example.com",
      attendees: [
        "a@example.com",
        "b@example.com",
        "c@example.com",
        "d@example.com",
        "conf@example.com",
        "e@example.com",
      ],
      join: null,
      cancelled: false,
      sequence: 0,
      summary: "Phone Conference",
    },
    { skip: /METHOD:REPLY/, uid: "calsrv.example.com-873970198738785@example.com" },
    { skip: /METHOD:REPLY/, uid: "calsrv.example.com-873970198738785@example.com" },
    { skip: /METHOD:REPLY/, uid: "calsrv.example.com-873970198738785@example.com" },
    { skip: /METHOD:REPLY/, uid: "calsrv.example.com-873970198738785@example.com" },
    { cancels: "calsrv.example.com-873970198738777@example.com", sequence: 1 },
    { skip: /METHOD:COUNTER/, uid: "calsrv.example.com-873970198738777@example.com" },
  ],
  // Floating 09:30 read in the candidate's zone (EDT); no end: one hour.
  "ics/malformed-double-semicolon-no-final-newline.ics": [
    {
      uid: "abc",
      start: "2014-04-09T13:30:00Z",
      end: "2014-04-09T14:30:00Z",
      zone: NY,
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
    },
  ],
  "ics/malformed-fold-splits-utf8-sequence.ics": [
    { skip: /all-day/, uid: "6e7d7fe5-6735-4cdd-bfe4-761dfcecd7a7" },
  ],
  "ics/malformed-invalid-utf8-japanese.ics": [{ skip: /all-day/, uid: "bloc1106817412" }],
  "ics/malformed-missing-end-vcalendar.ics": [{ skip: /no start time \(DTSTART\)/, uid: null }],
  "ics/malformed-stray-property-undefined-tzid.ics": [
    {
      skip: /time zone "Pacific Time \(US & Canada\),Tijuana" is neither defined/,
      uid: "f1514f44bf39311568d640727cff54e819573448d09d2e5677987ff29caa01a9e047feb2aab16e43439a608f28671ab7c10e754ce92be513f8e04ae9ff15e65a9819cf285a6962bc",
    },
  ],
  "ics/obm-request-many-attendees-accented-cn.ics": [
    {
      uid: "f1514f44bf39311568d640727cff54e819573448d09d2e5677987ff29caa01a9e047feb2aab16e43439a608f28671ab7c10e754ce92be513f8e04ae9ff15e65a9819cf285a6962bc",
      start: "2017-01-11T09:00:00Z",
      end: "2017-01-11T10:30:00Z",
      zone: NY,
      organizer: "ouazana@linagora.com",
      attendees: [
        "baechler@linagora.com",
        "royet@linagora.com",
        "ouazana@linagora.com",
        "duzan@linagora.com",
        "noreply@linagora.com",
        "duprat@linagora.com",
        "tellier@linagora.com",
        "nguyen@linagora.com",
      ],
      join: null,
      cancelled: false,
      location: "Hangout",
    },
  ],
  // Floating 10:00 in New York is 14:00Z, after UNTIL=20241007T080000Z: the 7 October
  // occurrence is not part of the series, so its last is 23 September.
  "ics/outlook-exchange2010-request-zoom-broken-folding.ics": [
    {
      uid: GENERATED,
      start: "2024-09-23T14:00:00Z",
      end: "2024-09-23T14:30:00Z",
      zone: NY,
      organizer: "organizer@example.com",
      attendees: ["attendee1@example.com", "attendee2@example.com", "attendee3@example.com"],
      join: "https://zoom.us/j/XXXXXXXXXXXX?pwd=XXXXXXXXXXXXX",
      cancelled: false,
      sequence: 7,
      summary: "Team Meeting",
    },
    { skip: /no start time/, uid: "UniqueIDValueHere" },
  ],
  "ics/outlook-exchange2010-windows-tz-names-exdate.ics": [
    {
      uid: "040000008200E00074C5B7101A82E0080000000070DE40F38786D601000000000000000010000000D2A9BA8A3668CA4ABB2CC6838268179F",
      start: "2020-09-10T07:00:00Z",
      end: "2020-09-10T07:30:00Z",
      zone: "Europe/Berlin",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "test",
    },
    {
      uid: "040000008200E00074C5B7101A82E008000000008001F1896B63D3010000000000000000100000005D0552D848712746896D6C8E2E066560",
      start: "2021-03-09T08:00:00Z",
      end: "2021-03-09T08:30:00Z",
      zone: "Europe/Berlin",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "Log Yesterday's Jira time",
    },
    {
      uid: "040000008200E00074C5B7101A82E008000000007070639B9D82D601000000000000000010000000690B7C3173632247A60664DDD8E0160E",
      start: "2020-09-15T15:30:00Z",
      end: "2020-09-15T16:30:00Z",
      zone: "America/Los_Angeles",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
    },
    {
      uid: "040000008200E00074C5B7101A82E00800000000C8CF296B9654D60100000000000000001000000031C6A267A9E4A2489CEB57D709E7A37F",
      start: "2021-03-09T20:00:00Z",
      end: "2021-03-09T20:30:00Z",
      zone: "America/Los_Angeles",
      organizer: null,
      attendees: [],
      join: "https://bluejeans.com/7999979999",
      cancelled: false,
      sequence: 3,
    },
  ],
  "ics/outlook2007-tab-folding-allday-resource-attendee.ics": [
    {
      skip: /all-day/,
      uid: "040000008200E00074C5B7101A82E00800000000900AD080B5F2C901000000000000000010000000B29680BF9E5DC246B5EDDE228038E71F",
    },
  ],
  // Weekly from 2009, open-ended, in a VTIMEZONE with a localised Windows name (+09:00).
  "ics/windows-calendar-japanese-tzid-weekly.ics": [
    {
      uid: "55BEC619-0C7B-48C0-8A17-2F358EA69DDD",
      start: "2026-01-16T02:00:00Z",
      end: "2026-01-16T02:30:00Z",
      zone: "Asia/Tokyo",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "Friday Job",
    },
    {
      uid: "AD43DEDA-7DE4-4921-BCC2-A66DDFADA41D",
      start: "2026-01-17T02:00:00Z",
      end: "2026-01-17T02:30:00Z",
      zone: "Asia/Tokyo",
      organizer: null,
      attendees: [],
      join: null,
      cancelled: false,
      summary: "Saturday Job",
    },
  ],
  "eml/cancel-recurring-event-missing-dtstart.eml": [{ cancels: "02e79b96", sequence: 1 }],
  // DTEND wins over the DURATION that should not be there.
  "eml/cancel-single-event-qp-unescaped-equals.eml": [
    {
      uid: "02e79b96",
      start: "2022-03-16T11:00:00Z",
      end: "2022-03-16T11:30:00Z",
      zone: NY,
      organizer: "sender@example.com",
      attendees: ["sender@example.com", "receiver@example.com", "other@example.com"],
      join: null,
      cancelled: true,
      sequence: 1,
      method: "CANCEL",
    },
  ],
  // Two copies that disagree: the original invite.ics wins over the forwarded text/calendar part.
  "eml/gmail-invite-forwarded-by-thunderbird.eml": [
    {
      uid: "ah86k5m342bmcrbe9khkkhln00@google.com",
      start: "2017-01-20T13:00:00Z",
      end: "2017-01-20T14:00:00Z",
      zone: NY,
      organizer: "antduprat@gmail.com",
      attendees: ["aduprat@linagora.com", "antduprat@gmail.com"],
      join: null,
      cancelled: false,
      summary: null,
    },
  ],
  "eml/google-calendar-request-meet-conference.eml": [
    {
      uid: "1utaf3eftt1agbnisfcc3a5ps0@google.com",
      start: "2024-04-11T08:00:00Z",
      end: "2024-04-11T09:00:00Z",
      zone: "Europe/Tallinn",
      organizer: "andris@postalsys.com",
      attendees: ["andris@postalsys.com", "andris@ethereal.email"],
      join: "https://meet.google.com/yew-afgi-ynf",
      cancelled: false,
      summary: "Test event ⏰",
    },
  ],
  "eml/google-meet-request-swedish-html-description.eml": [
    {
      uid: "65m17hsdolmotv3kvmrtg40ont@google.com",
      start: "2021-03-22T09:30:00Z",
      end: "2021-03-22T10:30:00Z",
      zone: NY,
      organizer: "example@gmail.com",
      attendees: ["example@gmail.com", "homer@example.com"],
      join: "https://meet.google.com/pyb-ndcu-hhc",
      cancelled: false,
    },
  ],
  "eml/notes-style-request-no-method-no-vtimezone.eml": [
    { skip: /time zone "FLE" is neither defined/, uid: "36138BFC6A7B03EFC2258776003DB5C5" },
  ],
  "eml/outlook-o365-request-base64-windows-tz.eml": [
    {
      uid: "030000008200E00074C5B7101A82E0080000000060B608D090DDD7010000000000000000100000004BE0CFFA54BCF64E956E34143362C3C0",
      start: "2021-11-27T07:00:00Z",
      end: "2021-11-27T07:30:00Z",
      zone: "Europe/Kiev",
      organizer: "marge@example.org",
      attendees: ["homer@example.org"],
      join: null,
      cancelled: false,
      summary: "Testaus",
    },
  ],
  "eml/teams-meeting-request-outlook-finnish.eml": [
    {
      uid: "056000008200E00074C5B7101A82E008000000001AF84C64CBC8D601000000000000000010000000403B5AC10A0EB444A947D2B499A4B98C",
      start: "2020-12-02T17:00:00Z",
      end: "2020-12-02T19:00:00Z",
      zone: "Europe/Kiev",
      organizer: "marge@example.com",
      attendees: ["bart@example.com", "homer@example.com"],
      join: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU5NmI2ZGYtOWZmOC00Y2ZmLWJlOTItNjUxNjA5YjUyYTYy%40thread.v2/0?context=%7b%22Tid%22%3a%222fd0c1c5-18e1-40c4-9f0d-a0363ca80a3c%22%2c%22Oid%22%3a%2214464d09-ceb8-458c-a61c-717f1e5c66c5%22%7d",
      cancelled: false,
    },
  ],
  // VTIMEZONE after the event, Europe/Brussels in winter (+01:00).
  "eml/yahoo-calendar-request-long-base64-lines.eml": [
    {
      uid: "5014513f-1026-4b58-82cf-80d4fc060bbe",
      start: "2017-01-27T14:00:00Z",
      end: "2017-01-27T15:00:00Z",
      zone: "Europe/Brussels",
      organizer: "obmlinagora@yahoo.fr",
      attendees: [
        "ddolcimascolo@linagora.com",
        "rouazana@linagora.com",
        "aduprat@linagora.com",
        "btellier@linagora.com",
      ],
      join: null,
      cancelled: false,
      location: "Somewhere",
    },
  ],
};

function factsOf(invite: Invite) {
  return {
    uid: invite.uid,
    start: invite.times ? utc(invite.times.start) : null,
    end: invite.times ? utc(invite.times.end) : null,
    zone: invite.times?.zone ?? null,
    organizer: invite.organizer?.email ?? null,
    attendees: invite.attendees.map((person) => person.email),
    join: invite.joinLink?.url ?? null,
    cancelled: invite.cancelled,
    summary: invite.summary,
    location: invite.location,
    sequence: invite.sequence,
    method: invite.method,
  };
}

describe("real-world invites give the facts read by hand", () => {
  it("has a row for every fixture file", () => {
    const files = ["ics", "eml"].flatMap((folder) =>
      readdirSync(join(CALENDAR_FIXTURES, folder)).map((file) => `${folder}/${file}`),
    );
    expect(Object.keys(FACTS).sort()).toEqual(files.sort());
  });

  for (const [file, expected] of Object.entries(FACTS)) {
    it(file, async () => {
      const { items } = await readFixture(file);
      expect(items).toHaveLength(expected.length);
      items.forEach((item, index) => {
        const want = expected[index]!;
        if ("skip" in want) {
          expect(item).toMatchObject({ kind: "skip", uid: want.uid });
          if (item.kind === "skip") expect(item.reason).toMatch(want.skip);
          return;
        }
        expect(item.kind).toBe("invite");
        if (item.kind !== "invite") return;
        if ("cancels" in want) {
          expect(item.invite).toMatchObject({
            uid: want.cancels,
            sequence: want.sequence,
            cancelled: true,
          });
          return;
        }
        const facts = factsOf(item.invite);
        const { uid, ...rest } = want;
        if (uid instanceof RegExp) expect(facts.uid).toMatch(uid);
        else expect(facts.uid).toBe(uid);
        expect(facts).toMatchObject(rest);
      });
    });
  }
});

describe("what the fixtures show about reading", () => {
  it("unfolds on bytes, so a fold inside a UTF-8 sequence keeps the character", () => {
    const read = readCalendarDocument(fixtureBytes("ics/malformed-fold-splits-utf8-sequence.ics"));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const event = read.value.calendars[0]!.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("description")).toBe(
      "Event description that puts a UTF-8 multi-octet sequence right\u00a0here.",
    );
  });

  it("replaces invalid UTF-8 byte by byte and says so, keeping the valid text", () => {
    const read = readCalendarDocument(fixtureBytes("ics/malformed-invalid-utf8-japanese.ics"));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const event = read.value.calendars[0]!.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("summary")).toBe("2005年日本国際\uFFFD?\uFFFD覧会");
    expect(read.value.notes.join(" ")).toMatch(/not valid UTF-8/);
  });

  it("unfolds TAB folds, inside an address and a location alike", () => {
    const read = readCalendarDocument(
      fixtureBytes("ics/outlook2007-tab-folding-allday-resource-attendee.ics"),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const event = read.value.calendars[0]!.getFirstSubcomponent("vevent")!;
    expect(organizerOf(event)).toMatchObject({
      name: "Event Organizer",
      email: "some.attendee@somewhere.com",
    });
    expect(attendeesOf(event)).toEqual([
      expect.objectContaining({ email: "some.attendee@event.com", kind: "INDIVIDUAL" }),
      expect.objectContaining({ email: "event@calendardemo.net" }),
      expect.objectContaining({
        name: "4th Floor Meeting Room",
        email: "4th.floor.meeting.room@somewhere.com",
        kind: "RESOURCE",
        role: "NON-PARTICIPANT",
      }),
    ]);
    expect(event.getFirstPropertyValue("location")).toBe(
      "The Exceptionally Long Named Meeting Room Whose Name Wraps Over Several Lines When Exported From Leading Calendar and Office Software Application Microsoft Office 2007",
    );
  });

  it("keeps a description broken over raw lines as one text, its lines intact", async () => {
    const { items, notes } = await readFixture(
      "ics/outlook-exchange2010-request-zoom-broken-folding.ics",
    );
    const invite = items.find((item) => item.kind === "invite");
    expect(invite?.kind === "invite" && invite.invite.description).toContain(
      "Join Zoom Meeting\nhttps://zoom.us/j/XXXXXXXXXXXX?pwd=XXXXXXXXXXXXX\nMeeting ID: XXXXXXXXX\nPasscode: XXXXXXX",
    );
    expect(notes.join(" ")).toMatch(/not folded/);
  });

  it("reads floating times in the candidate's zone, so UNTIL is compared on real instants", async () => {
    const { items } = await readFixture(
      "ics/outlook-exchange2010-request-zoom-broken-folding.ics",
      {
        homeZone: "Europe/Berlin",
      },
    );
    const invite = items.find((item) => item.kind === "invite");
    if (invite?.kind !== "invite") throw new Error("no invite");
    // 10:00 in Berlin is 08:00Z, exactly UNTIL: the 7 October occurrence belongs to the series.
    expect(utc(invite.invite.times!.start)).toBe("2024-10-07T08:00:00Z");
    expect(invite.invite.notes.join(" ")).toMatch(/without a time zone.*Europe\/Berlin/);
  });

  it("skips floating times when there is no profile zone to read them in", async () => {
    const { items } = await readFixture("ics/malformed-double-semicolon-no-final-newline.ics", {
      homeZone: null,
    });
    expect(items).toEqual([
      {
        kind: "skip",
        uid: "abc",
        reason: expect.stringMatching(/no time zone.*profile/),
        code: "no-profile",
      },
    ]);
  });

  it("applies EXDATE on instants: the next occurrence skips excluded dates", async () => {
    const { items } = await readFixture("ics/outlook-exchange2010-windows-tz-names-exdate.ics", {
      now: "2020-07-21T12:00:00Z",
    });
    const series = items[3];
    if (series?.kind !== "invite") throw new Error("no invite");
    // Tue 21 and Thu 23 July are excluded; Fri 24 July 12:00 in Los Angeles is next.
    expect(utc(series.invite.times!.start)).toBe("2020-07-24T19:00:00Z");
    expect(series.invite.notes.join(" ")).toMatch(/only its next occurrence/);
  });

  it("uses an override for the occurrence it replaces, even when it comes before the series", async () => {
    const { items } = await readFixture("ics/google-calendar-recurring-with-override.ics", {
      now: "2016-08-26T09:00:00Z",
    });
    expect(items).toHaveLength(1);
    const [item] = items;
    if (item?.kind !== "invite") throw new Error("no invite");
    expect(utc(item.invite.times!.start)).toBe("2016-08-26T11:00:00Z");
    expect(item.invite.summary).toBe("bla bla");
  });

  it("reads a value written inside its TZID quotes, and says so", async () => {
    const { notes } = await readFixture("ics/outlook-exchange2010-windows-tz-names-exdate.ics");
    expect(notes.join(" ")).toMatch(
      /DTSTART \(20200609T090000\) was written inside its TZID quotes/,
    );
  });

  it("stores an HTML description as text", async () => {
    const { items } = await readFixture("eml/google-meet-request-swedish-html-description.eml");
    const [item] = items;
    if (item?.kind !== "invite") throw new Error("no invite");
    expect(item.invite.description).toMatch(
      /^This is a test\. Bold\. Italic\.\n\nWill discuss address for email <foo@example\.com>/,
    );
    expect(item.invite.description).not.toMatch(/<b>|&nbsp;|&lt;/);
  });

  it("says when two copies of one invite in an e-mail disagree", async () => {
    const { notes } = await readFixture("eml/gmail-invite-forwarded-by-thunderbird.eml");
    expect(notes.join(" ")).toMatch(/two different copies.*invite\.ics was used/);
  });

  it("counts the same invite sent twice in one e-mail once", async () => {
    for (const file of [
      "eml/google-calendar-request-meet-conference.eml",
      "eml/notes-style-request-no-method-no-vtimezone.eml",
      "eml/yahoo-calendar-request-long-base64-lines.eml",
    ]) {
      expect((await readFixture(file)).items).toHaveLength(1);
    }
  });
});
