import type { Interviewer } from "../core/interview.js";
import type { CalendarPerson } from "./participants.js";

/**
 * The people an invite names who interview the candidate: the organizer and attendees, each
 * once, without the candidate, rooms and other resources, mailing lists and shared mailboxes,
 * and people marked as not taking part.
 */
export function interviewersOf(
  organizer: CalendarPerson | null,
  attendees: CalendarPerson[],
  candidate: ReadonlySet<string>,
): Interviewer[] {
  const byKey = new Map<string, CalendarPerson>();
  for (const person of [...(organizer ? [organizer] : []), ...attendees]) {
    if (!takesPart(person, candidate)) continue;
    const key = person.email ?? `name:${person.name?.toLowerCase()}`;
    const known = byKey.get(key);
    // The organizer is often listed again as an attendee, sometimes with the name it lacked.
    if (!known) byKey.set(key, person);
    else if (!usableName(known) && usableName(person))
      byKey.set(key, { ...known, name: person.name });
  }
  return [...byKey.values()].map((person) => ({
    name: displayName(person),
    title: null,
    email: person.email,
    discussed: [],
    notes: null,
  }));
}

function usableName(person: CalendarPerson): boolean {
  return person.name !== null && !person.name.includes("@");
}

const NOT_PEOPLE = new Set(["ROOM", "RESOURCE", "GROUP"]);

/** Local parts of addresses that send or collect mail for many people, never one interviewer. */
const SHARED_MAILBOX =
  /^(no-?reply|do-?not-?reply|donotreply|no\.reply|notifications?|notify|calendar|calendar-notification|invites?|invitations?|mailer-daemon|postmaster|bounces?|all|everyone|team|staff|hiring|recruiting|recruitment|careers|jobs|talent|hr|people|interviews?|scheduling|scheduler)([+._-].*)?$/i;

/** Domains of Google calendars for rooms and groups. */
const SHARED_DOMAIN = /(^|\.)(resource|group)\.calendar\.google\.com$/i;

function takesPart(person: CalendarPerson, candidate: ReadonlySet<string>): boolean {
  if (NOT_PEOPLE.has(person.kind) || person.role === "NON-PARTICIPANT") return false;
  if (!person.email) return person.name !== null;
  if (candidate.has(person.email)) return false;
  const [local = "", domain = ""] = person.email.split("@");
  return !SHARED_MAILBOX.test(local) && !SHARED_DOMAIN.test(domain);
}

/**
 * The CN when it is a name; otherwise a name read from an address such as
 * dana.whitfield@… ("Dana Whitfield"); otherwise the address itself.
 */
function displayName(person: CalendarPerson): string {
  if (person.name && usableName(person)) return person.name;
  const email = person.email ?? person.name ?? "";
  const local = email.split("@")[0] ?? "";
  const words = local.split(/[._-]+/);
  if (words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{L}{2,}$/u.test(word))) {
    return words.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()).join(" ");
  }
  return email;
}
