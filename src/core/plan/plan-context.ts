import { DateTime } from "luxon";
import type { Interview } from "../interview.js";
import { isLinkedIn, type Channel, type MessageKind, type Outcome } from "../message.js";
import {
  DEFAULT_WORKING_HOURS,
  type CardSetting,
  type Profile,
  type WorkingHours,
} from "../record/profile.js";
import { primaryIndex } from "./answer-routing.js";
import type { HistoryEvent } from "./history.js";
import { messageKeyOf, slugOf } from "./item-id.js";
import { samePerson } from "../person-match.js";
import type { Recipient } from "./planned-message.js";
import { WhenText } from "./when-text.js";

/** Everything the planner reads. `now` is a parameter: the planner has no clock of its own. */
export interface PlanInput {
  interview: Interview;
  /**
   * Working hours (recipients'), time zone (the candidate's) and when cards are offered;
   * defaults apply without one.
   */
  profile: (Pick<Profile, "timeZone" | "workingHours"> & Partial<Pick<Profile, "cards">>) | null;
  history: readonly HistoryEvent[];
  now: DateTime;
}

/** A person messages go to, with the id slug and the channel a single message to them takes. */
export interface Contact {
  recipient: Recipient;
  slug: string;
  /**
   * E-mail where there is an address, else LinkedIn: a message once a thank-you to them went on
   * LinkedIn (they are a connection now), else a connection note.
   */
  channel: Channel;
}

export interface SentFact {
  kind: MessageKind;
  channel: Channel;
  to: string;
  at: DateTime;
}

export interface ReplyFact {
  from: string | null;
  at: DateTime;
}

export interface OutcomeFact {
  outcome: Outcome;
  from: string | null;
  at: DateTime;
}

/** The input, read once: instants parsed, history that has happened by `now`, in order. */
export interface PlanContext {
  interview: Interview;
  now: DateTime;
  /** The interview's zone, where its recipients work. */
  zone: string;
  /** The candidate's zone, where reminders are read and acted on. */
  candidateZone: string;
  hours: WorkingHours;
  cards: CardSetting;
  end: DateTime;
  /** One per interviewer, in the record's order. */
  contacts: Contact[];
  /** Who single messages (follow-ups, check-ins) go to: the first interviewer with an address. */
  primary: Contact;
  sent: SentFact[];
  replies: ReplyFact[];
  /** The latest outcome recorded, which is the one that holds. */
  outcome: OutcomeFact | null;
  /** The latest rejection, even when a later outcome overrides it. */
  rejection: OutcomeFact | null;
  /** Keyed by message (`messageKeyOf`), so a snooze holds whatever the channel. */
  snoozes: Map<string, DateTime>;
  when: WhenText;
}

export function readInput(input: PlanInput): PlanContext {
  const zone = input.interview.timeZone;
  const interview = input.interview;
  // Calendar arithmetic from `now` (a wait counted from today) happens in the interview's zone.
  const now = input.now.setZone(zone);
  const events = [...input.history]
    .map((event, order) => ({ event, order, at: DateTime.fromISO(event.at, { zone }) }))
    .filter(({ at }) => at.isValid && at <= now)
    .sort((a, b) => a.at.toMillis() - b.at.toMillis() || a.order - b.order);

  const sent: SentFact[] = [];
  const replies: ReplyFact[] = [];
  const outcomes: OutcomeFact[] = [];
  const snoozes = new Map<string, DateTime>();
  for (const { event, at } of events) {
    switch (event.type) {
      case "sent":
        sent.push({ kind: event.kind, channel: event.channel, to: event.to, at });
        break;
      case "reply":
        replies.push({ from: event.from, at });
        break;
      case "outcome":
        outcomes.push({ outcome: event.outcome, from: event.from ?? null, at });
        break;
      case "snooze": {
        const until = DateTime.fromISO(event.until, { zone });
        // A snooze holds back the message on every channel it may take.
        if (until.isValid) snoozes.set(messageKeyOf(event.itemId), until);
        break;
      }
    }
  }

  const contacts = contactsOf(interview, sent);
  const candidateZone = input.profile?.timeZone ?? zone;
  return {
    interview,
    now,
    zone,
    candidateZone,
    hours: input.profile?.workingHours ?? DEFAULT_WORKING_HOURS,
    cards: input.profile?.cards ?? "auto",
    end: DateTime.fromISO(interview.end, { zone }),
    contacts,
    primary: contacts[primaryIndex(interview) ?? -1] ?? companyContact(interview),
    sent,
    replies,
    outcome: outcomes.at(-1) ?? null,
    rejection: outcomes.filter((o) => o.outcome === "rejected").at(-1) ?? null,
    snoozes,
    when: new WhenText(candidateZone, zone, now),
  };
}

function contactsOf(interview: Interview, sent: readonly SentFact[]): Contact[] {
  const taken = new Set<string>();
  return interview.interviewers.map((person) => {
    const base = slugOf(person.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    const recipient = { name: person.name, email: person.email };
    // A thank-you on LinkedIn is where the playbook connects; later messages go to a connection.
    const connected = sent.some(
      (event) =>
        event.kind === "thank-you" && isLinkedIn(event.channel) && samePerson(event.to, recipient),
    );
    const channel: Channel = person.email ? "email" : connected ? "linkedin-message" : "linkedin";
    return { recipient, slug, channel };
  });
}

/** With nobody named (an invite without attendees), single messages go to the company itself. */
function companyContact(interview: Interview): Contact {
  return {
    recipient: { name: interview.company, email: null },
    slug: slugOf(interview.company),
    channel: "email",
  };
}
