import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from "mailparser";
import { readCalendarDocument } from "./ical-document.js";
import type { Invite, InviteItem } from "./invite.js";
import { invitesIn, type ReadOptions } from "./read-invites.js";

/** The invitations an e-mail carries, with whom it was delivered to. */
export interface MailInvites {
  items: InviteItem[];
  notes: string[];
  /**
   * Where the e-mail was delivered: Delivered-To / X-Original-To, and the To address when it is
   * the only one. The candidate's own address, even when the profile does not list it.
   */
  deliveredTo: string[];
}

export type MailResult = { ok: true; value: MailInvites } | { ok: false; reason: string };

interface CalendarPart {
  bytes: Uint8Array;
  charset: string | null;
  method: string | null;
  label: string;
  /** Which copy wins when an e-mail carries the same invite twice: lower is better. */
  rank: number;
}

const CALENDAR_TYPES = new Set([
  "text/calendar",
  "application/ics",
  "application/x-ics",
  "text/x-vcalendar",
  "application/calendar",
]);
const CALENDAR_FILE = /\.(ics|ical|icalendar|ifb|vcs)$/i;

/**
 * Finds the calendar parts of an e-mail (text/calendar, application/ics, .ics attachments) and
 * reads each. The same invite sent twice in one e-mail (Google and Outlook attach a copy) counts
 * once: the part that declares itself the invitation (text/calendar with a method) wins.
 */
export async function invitesInMail(bytes: Uint8Array, options: ReadOptions): Promise<MailResult> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(Buffer.from(bytes), {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
    });
  } catch (error) {
    return {
      ok: false,
      reason: `it is not an e-mail that can be read (${(error as Error).message})`,
    };
  }
  const parts = calendarParts(mail);
  if (parts.length === 0) {
    return {
      ok: false,
      reason:
        "it holds no calendar invitation (no text/calendar part, application/ics part or .ics attachment)",
    };
  }
  const notes = new Set<string>();
  const kept = new Map<string, { item: InviteItem; label: string }>();
  const order: string[] = [];
  const problems: string[] = [];
  for (const part of parts.sort((a, b) => a.rank - b.rank)) {
    const document = readCalendarDocument(part.bytes, part.charset);
    if (!document.ok) {
      problems.push(`${part.label}: ${document.reason}`);
      continue;
    }
    for (const note of document.value.notes) notes.add(note);
    const items = invitesIn(document.value, {
      ...options,
      methodHint: part.method ?? options.methodHint,
    });
    items.forEach((item, index) => {
      const key = keyOf(item, index);
      const first = kept.get(key);
      if (!first) {
        kept.set(key, { item, label: part.label });
        order.push(key);
      } else if (
        item.kind === "invite" &&
        first.item.kind === "invite" &&
        differs(item.invite, first.item.invite)
      ) {
        notes.add(
          `the e-mail carries two different copies of the invitation "${item.invite.summary ?? item.invite.uid}"; the one in ${first.label} was used`,
        );
      }
    });
  }
  if (order.length === 0) return { ok: false, reason: problems.join("; ") };
  return {
    ok: true,
    value: {
      items: order.map((key) => kept.get(key)!.item),
      notes: [...notes],
      deliveredTo: deliveredTo(mail),
    },
  };
}

function calendarParts(mail: ParsedMail): CalendarPart[] {
  const parts = mail.attachments.flatMap((attachment, index): CalendarPart[] => {
    const type = String(attachment.contentType ?? "").toLowerCase();
    const file = typeof attachment.filename === "string" ? attachment.filename : "";
    if (!CALENDAR_TYPES.has(type) && !CALENDAR_FILE.test(file)) return [];
    const params = contentTypeParams(attachment);
    const method = params.method?.trim() || null;
    return [
      {
        bytes: attachment.content,
        charset: params.charset ?? null,
        method,
        label: file !== "" ? `the attachment ${file}` : `the ${type} part`,
        rank:
          type === "text/calendar" && method ? 0 : type === "text/calendar" ? 2 : 1 + index / 1000,
      },
    ];
  });
  const body = mail.text ?? "";
  const start = body.search(/BEGIN:(VCALENDAR|VEVENT)/);
  if (parts.length === 0 && start !== -1) {
    // Some programs paste the invitation into the message text instead of attaching it.
    parts.push({
      bytes: new TextEncoder().encode(body.slice(start)),
      charset: null,
      method: null,
      label: "the message text",
      rank: 3,
    });
  }
  return parts;
}

function contentTypeParams(attachment: Attachment): Record<string, string> {
  const header = attachment.headers.get("content-type");
  if (header && typeof header === "object" && "params" in header) {
    return header.params as Record<string, string>;
  }
  return {};
}

/** Two copies of one invite share UID, occurrence, SEQUENCE and DTSTAMP. */
function keyOf(item: InviteItem, index: number): string {
  if (item.kind === "skip") return `skip|${item.uid ?? index}|${item.reason}`;
  const invite = item.invite;
  return [invite.uid, invite.occurrence, invite.sequence, invite.stamp, invite.method].join("|");
}

function differs(a: Invite, b: Invite): boolean {
  const facts = (invite: Invite) =>
    JSON.stringify([
      invite.times?.start.toMillis(),
      invite.times?.end.toMillis(),
      invite.organizer?.email,
      invite.attendees.map((person) => person.email).sort(),
      invite.summary,
    ]);
  return facts(a) !== facts(b);
}

function deliveredTo(mail: ParsedMail): string[] {
  const to = (mail.to ? (Array.isArray(mail.to) ? mail.to : [mail.to]) : []).flatMap(
    (list: AddressObject) => list.value.map((entry) => entry.address ?? ""),
  );
  const addresses = to.length === 1 ? [...to] : [];
  for (const name of ["delivered-to", "x-original-to"]) {
    const header = mail.headers.get(name);
    const values = Array.isArray(header) ? header : header ? [header] : [];
    for (const value of values) if (typeof value === "string") addresses.push(value);
  }
  const clean = addresses.map((address) => address.trim().toLowerCase());
  return [...new Set(clean.filter((address) => address.includes("@")))];
}
