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

/**
 * The agenda's entries as the page shows them, in the agenda's order (most urgent first); a
 * channel already sent by is no longer a choice.
 */
export function agendaEntries(items: readonly AgendaItem[]): AgendaEntry[] {
  return items.map((item) => ({
    key: item.id,
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
    channels: item.channels
      .filter((choice) => choice.state !== "done")
      .map((choice) => ({
        channel: choice.channel,
        planItemId: choice.id,
        state: choice.state,
        dueAt: choice.dueAt,
        deadline: choice.deadline,
      })),
  }));
}
