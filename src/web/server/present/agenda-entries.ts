import type { AgendaGroup, AgendaItem } from "../../../core/plan/agenda.js";
import { messageEntry, type MessageEntry } from "./message-entries.js";

/** An entry of the Today page: where it sits on the agenda, and whose interview it is for. */
export interface AgendaEntry extends MessageEntry {
  company: string;
  position: string;
  group: AgendaGroup;
}

/**
 * The agenda's entries as the page shows them, in the agenda's order (most urgent first); a
 * channel already sent by is no longer a choice.
 */
export function agendaEntries(items: readonly AgendaItem[]): AgendaEntry[] {
  return items.map((item) => {
    const entry = messageEntry(item);
    return {
      ...entry,
      company: item.company,
      position: item.position,
      group: item.group,
      channels: entry.channels.filter((choice) => choice.state !== "done"),
    };
  });
}
