import type { Channel, MessageKind, PlanState } from "../message.js";

export interface Recipient {
  name: string;
  email: string | null;
}

/** One message the plan says should be sent: to whom, on which channel, when, and how urgent it is now. */
export interface PlannedMessage {
  /** Stable across re-planning, e.g. "3.thank-you.email.dana-whitfield" or "3.status-follow-up.email.dana-whitfield.2". */
  id: string;
  interviewId: number;
  kind: MessageKind;
  channel: Channel;
  recipient: Recipient;
  /** 1, or the n-th status follow-up (1–2) or check-in (1–3). */
  sequence: number;
  /** ISO 8601 instant: the suggested moment to send. */
  dueAt: string;
  /** ISO 8601 instant after which the message is late (thank-you) or missed, or null. */
  deadline: string | null;
  state: PlanState;
  /** One sentence a person reads: why this message, and why now. */
  reason: string;
  /** ISO 8601 instant the message was recorded as sent, for a `done` item; otherwise null. */
  sentAt?: string | null;
  /** ISO 8601 instant a snooze moved `dueAt` to, when the candidate snoozed the item; otherwise null. */
  snoozedUntil?: string | null;
}
