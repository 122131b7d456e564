import { DateTime } from "luxon";
import type { Interview } from "../interview.js";
import type { Channel, MessageKind, Outcome } from "../message.js";
import { DEFAULT_WORKING_HOURS, type Profile, type WorkingHours } from "../record/profile.js";
import { primaryIndex } from "./answer-routing.js";
import type { HistoryEvent } from "./history.js";
import { slugOf } from "./item-id.js";
import type { Recipient } from "./planned-message.js";
import { WhenText } from "./when-text.js";

/** Everything the planner reads. `now` is a parameter: the planner has no clock of its own. */
export interface PlanInput {
  interview: Interview;
  /** Working hours (recipients') and time zone (the candidate's); defaults apply without one. */
  profile: Pick<Profile, "timeZone" | "workingHours"> | null;
  history: readonly HistoryEvent[];
  now: DateTime;
}

/** A person messages go to, with the id slug and the channel a single message to them takes. */
export interface Contact {
  recipient: Recipient;
  slug: string;
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
  snoozes: Map<string, DateTime>;
  when: WhenText;
}

export function readInput(input: PlanInput): PlanContext {
  const zone = input.interview.timeZone;
  const interview = input.interview;
  // Calendar arithmetic from `now` (a wait counted from today) happens in the interview's zone.
  const now = input.now.setZone(zone);
  const contacts = contactsOf(interview);
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
        if (until.isValid) snoozes.set(event.itemId, until);
        break;
      }
    }
  }

  const candidateZone = input.profile?.timeZone ?? zone;
  return {
    interview,
    now,
    zone,
    candidateZone,
    hours: input.profile?.workingHours ?? DEFAULT_WORKING_HOURS,
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

function contactsOf(interview: Interview): Contact[] {
  const taken = new Set<string>();
  return interview.interviewers.map((person) => {
    const base = slugOf(person.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return {
      recipient: { name: person.name, email: person.email },
      slug,
      channel: person.email ? "email" : "linkedin",
    };
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
