import { createHash } from "node:crypto";
import type ICAL from "ical.js";
import type { DateTime } from "luxon";
import {
  eventTimes,
  lonelyOverrideTimes,
  occurrenceOf,
  type TimeContext,
  type TimesResult,
} from "./event-times.js";
import { htmlToText, looksLikeHtml, tidy } from "./html-text.js";
import type { CalendarDocument } from "./ical-document.js";
import type { Invite, InviteItem } from "./invite.js";
import { joinLinkOf } from "./join-link.js";
import { attendeesOf, organizerOf } from "./participants.js";
import { isReminderUid } from "./reminder-calendar.js";
import { ZoneBook } from "./zone-book.js";

export interface ReadOptions {
  now: DateTime;
  /** The candidate's zone, or null without a profile. */
  homeZone: string | null;
  /** The METHOD an e-mail part declared, for calendars that carry none themselves. */
  methodHint?: string | null;
}

/** Methods that answer an invitation rather than make one. */
const ANSWERS: Record<string, string> = {
  REPLY: "it is a reply to an invitation (METHOD:REPLY), not an invitation",
  COUNTER:
    "it proposes another time for an invitation (METHOD:COUNTER); only the organizer's new invitation changes the interview",
  DECLINECOUNTER: "it declines a proposed time (METHOD:DECLINECOUNTER), not an invitation",
  REFRESH: "it asks for the latest version of an invitation (METHOD:REFRESH), not an invitation",
};

const LONGEST_DESCRIPTION = 20_000;

/** Every event of a calendar document, as invitations or as events skipped with a reason. */
export function invitesIn(document: CalendarDocument, options: ReadOptions): InviteItem[] {
  const zones = new ZoneBook(document.calendars);
  const ctx: TimeContext = {
    zones,
    now: options.now,
    homeZone: options.homeZone,
    unreadable: document.unreadable,
  };
  const items: InviteItem[] = [];
  for (const calendar of document.calendars) {
    const declared = calendar.getFirstPropertyValue("method");
    const method = (
      typeof declared === "string" && declared.trim() !== ""
        ? declared
        : (options.methodHint ?? "PUBLISH")
    )
      .trim()
      .toUpperCase();
    const events = calendar.name === "vevent" ? [calendar] : calendar.getAllSubcomponents("vevent");
    const answer = ANSWERS[method];
    if (answer) {
      for (const event of events) items.push({ kind: "skip", uid: uidOf(event), reason: answer });
      continue;
    }
    for (const group of groupByUid(events)) {
      const uid = uidOf(group.master ?? group.overrides[0]!);
      if (uid !== null && isReminderUid(uid)) {
        items.push({
          kind: "skip",
          uid,
          reason: "it is one of Afterword's own reminders, not an interview",
        });
        continue;
      }
      try {
        items.push(...readGroup(group, method, ctx));
      } catch (error) {
        // ical.js decodes values when they are read, and throws on ones it cannot make sense of.
        items.push({ kind: "skip", uid, reason: `it could not be read (${messageOf(error)})` });
      }
    }
  }
  return items;
}

function readGroup(group: UidGroup, method: string, ctx: TimeContext): InviteItem[] {
  const read = (component: ICAL.Component, times: TimesResult, occurrence: string | null) =>
    inviteOf(component, times, method, occurrence, group.master);
  if (group.master)
    return [read(group.master, eventTimes(group.master, group.overrides, ctx), null)];
  return group.overrides.map((override) => {
    const occurrence = occurrenceOf(override, ctx);
    const key = occurrence?.toUTC().toISO({ suppressMilliseconds: true }) ?? null;
    return read(override, lonelyOverrideTimes(override, ctx), key);
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface UidGroup {
  master: ICAL.Component | null;
  overrides: ICAL.Component[];
}

/**
 * A series and the overrides of its occurrences share a UID; an event without one stands alone.
 * Groups keep the order in which they first appear.
 */
function groupByUid(events: ICAL.Component[]): UidGroup[] {
  const groups: UidGroup[] = [];
  const byUid = new Map<string, UidGroup>();
  for (const event of events) {
    const uid = uidOf(event);
    const override = event.hasProperty("recurrence-id");
    let group = uid === null ? undefined : byUid.get(uid);
    if (!group) {
      group = { master: null, overrides: [] };
      groups.push(group);
      if (uid !== null) byUid.set(uid, group);
    }
    if (override) group.overrides.push(event);
    else if (!group.master || sequenceOf(event) >= sequenceOf(group.master)) group.master = event;
  }
  return groups;
}

function inviteOf(
  component: ICAL.Component,
  times: TimesResult,
  method: string,
  occurrence: string | null,
  master: ICAL.Component | null,
): InviteItem {
  // An override names only what changed: the rest comes from its series.
  const source = times.ok ? times.value.component : component;
  const fallback = master ?? component;
  const text = (name: string) => textOf(source, name) ?? textOf(fallback, name);
  const status = text("status")?.toUpperCase() ?? null;
  const cancelled = method === "CANCEL" || status === "CANCELLED";
  const summary = text("summary");
  const location = text("location");
  const description = descriptionOf(source) ?? descriptionOf(fallback);
  const given = uidOf(component);
  const organizer = organizerOf(source) ?? organizerOf(fallback);
  const attendees = source.hasProperty("attendee") ? attendeesOf(source) : attendeesOf(fallback);
  const invite: Invite = {
    uid: given ?? generatedUid(component),
    uidGiven: given !== null,
    sequence: sequenceOf(component),
    stamp: stampOf(component),
    method,
    cancelled,
    occurrence,
    times: times.ok ? times.value : null,
    timesProblem: times.ok ? null : times.reason,
    summary,
    description,
    location,
    joinLink:
      joinLinkOf(source, location, description) ?? joinLinkOf(fallback, location, description),
    organizer,
    attendees,
    notes: times.ok ? times.value.notes : [],
  };
  if (!times.ok && !cancelled) {
    return {
      kind: "skip",
      uid: given,
      reason: times.reason,
      ...(times.code && { code: times.code }),
    };
  }
  return { kind: "invite", invite };
}

function uidOf(component: ICAL.Component): string | null {
  const uid = component.getFirstPropertyValue("uid");
  return typeof uid === "string" && uid.trim() !== "" ? uid.trim() : null;
}

/** An invite without a UID is known again by what it says, so importing it twice changes nothing. */
function generatedUid(component: ICAL.Component): string {
  const parts = ["dtstart", "summary", "organizer", "location"].map((name) =>
    JSON.stringify(component.getFirstProperty(name)?.toJSON() ?? null),
  );
  return `generated:${createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 24)}`;
}

function sequenceOf(component: ICAL.Component): number {
  const value = component.getFirstPropertyValue("sequence");
  const number = typeof value === "number" ? value : Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : 0;
}

function stampOf(component: ICAL.Component): string | null {
  const value = component.getFirstProperty("dtstamp")?.toJSON() as unknown[] | undefined;
  const text = value?.[3];
  return typeof text === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(text)
    ? text
    : null;
}

function textOf(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text === "" ? null : text;
}

function descriptionOf(component: ICAL.Component): string | null {
  const plain = textOf(component, "description");
  const html = textOf(component, "x-alt-desc");
  const raw = plain ?? html;
  if (raw === null) return null;
  const text = looksLikeHtml(raw) ? htmlToText(raw) : tidy(raw);
  if (text === "") return plain && html ? descriptionOfHtml(html) : null;
  return text.length > LONGEST_DESCRIPTION ? `${text.slice(0, LONGEST_DESCRIPTION)}…` : text;
}

function descriptionOfHtml(html: string): string | null {
  const text = htmlToText(html);
  return text === "" ? null : text;
}
