import type { AgendaGroup, AgendaItem } from "../../../core/plan/agenda.js";
import type { Channel, MessageKind, PlanState } from "../../../core/message.js";
import type { Recipient } from "../../../core/plan/planned-message.js";

/** One way to send an entry's message, with that channel's own plan item. */
export interface EntryChannel {
  channel: Channel;
  planItemId: string;
  state: PlanState;
  dueAt: string;
  deadline: string | null;
}

/**
 * One message to one person (a thank-you to Dana), however many channels the plan offers for it:
 * the page shows one entry, with e-mail, card and LinkedIn as choices inside.
 */
export interface AgendaEntry {
  key: string;
  interviewId: number;
  company: string;
  position: string;
  kind: MessageKind;
  sequence: number;
  recipient: Recipient;
  group: AgendaGroup;
  state: PlanState;
  dueAt: string;
  deadline: string | null;
  reason: string;
  channels: EntryChannel[];
}

/** The agenda's items folded into entries, in the agenda's order (most urgent first). */
export function agendaEntries(items: readonly AgendaItem[]): AgendaEntry[] {
  const entries = new Map<string, AgendaEntry>();
  for (const item of items) {
    const key = [item.interviewId, item.kind, item.sequence, item.recipient.name].join("|");
    const channel: EntryChannel = {
      channel: item.channel,
      planItemId: item.id,
      state: item.state,
      dueAt: item.dueAt,
      deadline: item.deadline,
    };
    const entry = entries.get(key);
    if (entry) {
      entry.channels.push(channel);
      continue;
    }
    entries.set(key, {
      key,
      interviewId: item.interviewId,
      company: item.company,
      position: item.position,
      kind: item.kind,
      sequence: item.sequence,
      recipient: item.recipient,
      group: item.group,
      state: item.state,
      dueAt: item.dueAt,
      deadline: item.deadline,
      reason: item.reason,
      channels: [channel],
    });
  }
  return [...entries.values()];
}
