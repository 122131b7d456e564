import { DateTime } from "luxon";
import { readCalendarDocument } from "../../src/calendar/ical-document.js";
import type { Invite, InviteItem } from "../../src/calendar/invite.js";
import { invitesIn } from "../../src/calendar/read-invites.js";

/** A calendar file from its lines: CRLF endings, VCALENDAR added around VEVENT lines. */
export function ics(lines: string[], method = "REQUEST"): Uint8Array {
  const body = lines[0] === "BEGIN:VCALENDAR" ? lines : calendar(lines, method);
  return new TextEncoder().encode(body.join("\r\n") + "\r\n");
}

function calendar(lines: string[], method: string): string[] {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Afterword tests//EN",
    `METHOD:${method}`,
    ...lines,
    "END:VCALENDAR",
  ];
}

export function readItems(
  bytes: Uint8Array,
  now = "2026-01-15T12:00:00Z",
  homeZone: string | null = "America/New_York",
): InviteItem[] {
  const document = readCalendarDocument(bytes);
  if (!document.ok) throw new Error(document.reason);
  return invitesIn(document.value, {
    now: DateTime.fromISO(now, { zone: "UTC" }),
    homeZone,
  });
}

/** The one invitation the bytes hold, failing the test otherwise. */
export function readOne(bytes: Uint8Array, now?: string, homeZone?: string | null): Invite {
  const items = readItems(bytes, now, homeZone);
  const [item] = items;
  if (items.length !== 1 || item?.kind !== "invite") {
    throw new Error(`expected one invitation, got ${JSON.stringify(items)}`);
  }
  return item.invite;
}

/** A minimal timed event. */
export function event(...extra: string[]): string[] {
  return [
    "BEGIN:VEVENT",
    "UID:test-1@afterword.test",
    "DTSTAMP:20260101T000000Z",
    "DTSTART;TZID=America/Chicago:20261120T140000",
    "DTEND;TZID=America/Chicago:20261120T153000",
    "SUMMARY:Senior Backend Engineer interview at Acme Robotics",
    ...extra,
    "END:VEVENT",
  ];
}
