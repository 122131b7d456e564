import type { Interviewer } from "../interview.js";
import type { CalendarPerson } from "./invite-facts.js";

/**
 * The people an invite names who interview the candidate: the organizer and attendees, each
 * once, without the candidate, rooms and other resources, mailing lists and shared mailboxes,
 * and people marked as not taking part.
 */
export function interviewersOf(
  organizer: CalendarPerson | null,
  attendees: CalendarPerson[],
  candidate: ReadonlySet<string>,
  location: string | null = null,
): Interviewer[] {
  const byKey = new Map<string, CalendarPerson>();
  for (const person of [...(organizer ? [organizer] : []), ...attendees]) {
    if (!takesPart(person, candidate) || isRoom(person, location)) continue;
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

/** Words that name a room, not a person, in the languages invites are most often written in. */
const ROOM_WORDS =
  /\b(?:room|rooms|boardroom|conference|meeting ?room|huddle|auditorium|lobby|reception|raum|konferenzraum|besprechungsraum|salle|sala de reuniones|zaal|vergaderruimte)\b/iu;

/**
 * A room booked as a plain attendee, as Exchange does when the room has no resource type: its
 * name says room, or it is where the meeting is and has a number or brackets ("Zugspitze (4.OG)").
 */
function isRoom(person: CalendarPerson, location: string | null): boolean {
  const name = person.name?.trim();
  if (!name || name.includes("@")) return false;
  if (ROOM_WORDS.test(name)) return true;
  return (
    location !== null &&
    /[\d()[\]]/u.test(name) &&
    location.toLowerCase().includes(name.toLowerCase())
  );
}

/** "Okafor, Adaeze" as Outlook writes names: surname first, then given names. */
const SURNAME_FIRST =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)$/u;
/** What may follow a comma after a full name: a suffix or a degree, not given names. */
const AFTER_NAME = /^(?:Jr|Sr|Esq|Ph\.?D|Ed\.?D|Psy\.?D|[IVX]+|\p{Lu}{2,}(?:-\p{Lu})?)\.?$/u;

/**
 * The CN when it is a name (turned round when written surname first); otherwise a name read
 * from an address such as dana.whitfield@… ("Dana Whitfield"); otherwise the address itself.
 */
function displayName(person: CalendarPerson): string {
  if (person.name && usableName(person)) return inReadingOrder(person.name.trim());
  const email = person.email ?? person.name ?? "";
  const local = email.split("@")[0] ?? "";
  const words = local.split(/[._-]+/);
  // "dana.whitfield", "d.kowalski": names, with an initial at most before the surname.
  const named =
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word, i) => /^\p{L}+$/u.test(word) && (word.length >= 2 || i < words.length - 1));
  if (named) {
    return words
      .map((word) =>
        word.length === 1
          ? `${word.toUpperCase()}.`
          : word[0]!.toUpperCase() + word.slice(1).toLowerCase(),
      )
      .join(" ");
  }
  return email;
}

function inReadingOrder(name: string): string {
  const match = SURNAME_FIRST.exec(name);
  if (!match) return name;
  const [, surname, given] = match;
  return given!.split(" ").some((word) => AFTER_NAME.test(word)) ? name : `${given} ${surname}`;
}
