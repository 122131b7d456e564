import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { readCalendarDocument } from "../../src/calendar/ical-document.js";
import type { InviteItem } from "../../src/calendar/invite.js";
import { invitesInMail } from "../../src/calendar/mail-invites.js";
import { invitesIn } from "../../src/calendar/read-invites.js";

export const CALENDAR_FIXTURES = join(import.meta.dirname, "..", "fixtures", "calendar");

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(CALENDAR_FIXTURES, name));
}

export interface ReadSettings {
  now?: string;
  homeZone?: string | null;
}

export interface FixtureRead {
  items: InviteItem[];
  notes: string[];
}

/** Reads a fixture (ics/… or eml/…) the way an import does, without the store. */
export async function readFixture(name: string, settings: ReadSettings = {}): Promise<FixtureRead> {
  const options = {
    now: DateTime.fromISO(settings.now ?? "2026-01-15T12:00:00Z", { zone: "UTC" }),
    homeZone: settings.homeZone === undefined ? "America/New_York" : settings.homeZone,
  };
  return readBytes(fixtureBytes(name), name.endsWith(".eml") ? "eml" : "ics", options);
}

export async function readBytes(
  bytes: Uint8Array,
  kind: "ics" | "eml",
  options: { now: DateTime; homeZone: string | null },
): Promise<FixtureRead> {
  if (kind === "eml") {
    const mail = await invitesInMail(bytes, options);
    if (!mail.ok) throw new Error(mail.reason);
    return { items: mail.value.items, notes: mail.value.notes };
  }
  const document = readCalendarDocument(bytes);
  if (!document.ok) throw new Error(document.reason);
  return { items: invitesIn(document.value, options), notes: document.value.notes };
}

/** An instant as the tests write it: UTC, seconds, Z. */
export function utc(instant: DateTime): string {
  return instant.toUTC().toISO({ suppressMilliseconds: true }) ?? "";
}

/**
 * Every instant at which the clocks show `at`'s wall time, earliest first: two when they go back.
 * RFC 5545 reads such a wall time as the first.
 */
export function wallOccurrences(at: DateTime): number[] {
  return [at, ...at.getPossibleOffsets()].map((one) => one.toMillis()).sort((a, b) => a - b);
}
