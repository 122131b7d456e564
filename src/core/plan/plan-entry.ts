import type { Channel, PlanState } from "../message.js";
import { messageKeyOf } from "./item-id.js";
import type { PlannedMessage } from "./planned-message.js";

/** One channel an entry's message may take, with that channel's own plan item. */
export interface EntryChannel {
  channel: Channel;
  /** The channel's own plan item id. */
  id: string;
  state: PlanState;
  dueAt: string;
  deadline: string | null;
  sentAt: string | null;
  snoozedUntil: string | null;
}

/**
 * One message to one person (a thank-you to Dana) with the channels it may take as choices. Its
 * own fields are those of the channel that leads (see `leadOf`), so a reader that knows only
 * plan items reads an entry as one.
 */
export interface PlanEntry extends PlannedMessage {
  channels: EntryChannel[];
}

/** The states of a message still to be sent. */
export const OPEN_STATES: ReadonlySet<PlanState> = new Set(["upcoming", "due", "late"]);

/**
 * The plan folded into one entry per person and message, in the order each first appears; its
 * channels keep the planner's order, the one a draft defaults to first.
 */
export function entriesOf(items: readonly PlannedMessage[]): PlanEntry[] {
  const groups = new Map<string, PlannedMessage[]>();
  for (const item of items) {
    const key = messageKeyOf(item.id);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].map((group) => ({
    ...leadOf(group),
    channels: group.map(channelOf),
  }));
}

/**
 * The channel that speaks for the entry: the one the message was sent by, then the first still
 * open, then any sent, then the first. A card does not settle a message that also offers an
 * e-mail: the post is too slow to carry the thanks alone, so the e-mail still leads.
 */
export function leadOf(group: readonly PlannedMessage[]): PlannedMessage {
  const offersEmail = group.some((item) => item.channel === "email");
  return (
    group.find((item) => item.state === "done" && (item.channel !== "card" || !offersEmail)) ??
    group.find((item) => OPEN_STATES.has(item.state)) ??
    group.find((item) => item.state === "done") ??
    group[0]!
  );
}

function channelOf(item: PlannedMessage): EntryChannel {
  return {
    channel: item.channel,
    id: item.id,
    state: item.state,
    dueAt: item.dueAt,
    deadline: item.deadline,
    sentAt: item.sentAt ?? null,
    snoozedUntil: item.snoozedUntil ?? null,
  };
}
