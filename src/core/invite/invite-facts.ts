import type { DateTime } from "luxon";

/** The organizer or an attendee, as the invite names them. */
export interface CalendarPerson {
  /** The CN parameter, cleaned of stray quotes; null when absent or empty. */
  name: string | null;
  /** Lower-cased address, from a mailto: value or the EMAIL parameter. */
  email: string | null;
  /** CUTYPE: INDIVIDUAL (the default), GROUP, RESOURCE, ROOM or UNKNOWN. */
  kind: string;
  /** ROLE: REQ-PARTICIPANT (the default), CHAIR, OPT-PARTICIPANT or NON-PARTICIPANT. */
  role: string;
}

/** The link to join an online interview, as the invite gives it. */
export interface JoinLink {
  url: string;
  /** The service it belongs to, or null for a bare link given as the location. */
  service: string | null;
}

/** What an invite says that reads as an interview, however the calendar file was parsed. */
export interface InviteFacts {
  summary: string | null;
  location: string | null;
  joinLink: JoinLink | null;
  organizer: CalendarPerson | null;
  attendees: CalendarPerson[];
}

/** When the event takes place, in the zone the interview is shown and planned in. */
export interface InviteTimes {
  start: DateTime;
  end: DateTime;
  zone: string;
}
