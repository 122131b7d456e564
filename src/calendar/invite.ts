import type { EventTimes } from "./event-times.js";
import type { CalendarPerson, JoinLink } from "../core/invite/invite-facts.js";

/** One version of one event, as an invitation message carries it. */
export interface Invite {
  /** The event's UID, or `generated:…` (from its content) when it has none. */
  uid: string;
  uidGiven: boolean;
  sequence: number;
  /** DTSTAMP, as an ISO 8601 UTC instant. */
  stamp: string | null;
  /** PUBLISH, REQUEST, CANCEL, … (the VCALENDAR's METHOD, else the e-mail part's). */
  method: string;
  /** METHOD:CANCEL, or STATUS:CANCELLED. */
  cancelled: boolean;
  /**
   * When the message is about one occurrence of a repeating event without the series itself
   * (a RECURRENCE-ID alone): that occurrence's original start, UTC.
   */
  occurrence: string | null;
  /** Null when they could not be read; `timesProblem` says why. */
  times: EventTimes | null;
  timesProblem: string | null;
  summary: string | null;
  /** Plain text (HTML descriptions are converted). */
  description: string | null;
  location: string | null;
  joinLink: JoinLink | null;
  organizer: CalendarPerson | null;
  attendees: CalendarPerson[];
  /** What the candidate should know about how the invite was read. */
  notes: string[];
}

export type InviteItem =
  | { kind: "invite"; invite: Invite }
  | { kind: "skip"; uid: string | null; reason: string; code?: "no-profile" };
