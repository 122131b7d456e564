import type { Channel, MessageKind, PlanState } from "../../../core/message.js";
import type { PlanEntry } from "../../../core/plan/plan-entry.js";
import type { Recipient } from "../../../core/plan/planned-message.js";

/** One way to send an entry's message, with that channel's own plan item. */
export interface EntryChannel {
  channel: Channel;
  planItemId: string;
  state: PlanState;
  dueAt: string;
  deadline: string | null;
  sentAt: string | null;
}

/**
 * One message to one person (a thank-you to Dana), however many channels the plan offers for it:
 * the page shows one entry, with e-mail, card and LinkedIn as choices inside. Its state and times
 * are those of the channel that leads.
 */
export interface MessageEntry {
  key: string;
  interviewId: number;
  kind: MessageKind;
  sequence: number;
  recipient: Recipient;
  state: PlanState;
  dueAt: string;
  deadline: string | null;
  sentAt: string | null;
  reason: string;
  channels: EntryChannel[];
}

/** The plan's entries as the page shows them, every channel kept with its own state. */
export function messageEntries(entries: readonly PlanEntry[]): MessageEntry[] {
  return entries.map(messageEntry);
}

export function messageEntry(entry: PlanEntry): MessageEntry {
  return {
    key: entry.id,
    interviewId: entry.interviewId,
    kind: entry.kind,
    sequence: entry.sequence,
    recipient: entry.recipient,
    state: entry.state,
    dueAt: entry.dueAt,
    deadline: entry.deadline,
    sentAt: entry.sentAt ?? null,
    reason: entry.reason,
    channels: entry.channels.map((choice) => ({
      channel: choice.channel,
      planItemId: choice.id,
      state: choice.state,
      dueAt: choice.dueAt,
      deadline: choice.deadline,
      sentAt: choice.sentAt,
    })),
  };
}
