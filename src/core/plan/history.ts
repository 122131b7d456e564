import type { Channel, MessageKind, Outcome } from "../message.js";

/** What has happened since the interview, as the planner reads it. Instants are ISO 8601. */
export type HistoryEvent =
  | {
      type: "sent";
      kind: MessageKind;
      channel: Channel;
      /** The recipient's name as the plan names them. */
      to: string;
      at: string;
    }
  | {
      type: "reply";
      /** Who answered, when known; any reply from the company counts. */
      from: string | null;
      at: string;
    }
  | {
      type: "outcome";
      outcome: Outcome;
      at: string;
      /** Who brought the news, when known: a rejection reply goes to them. */
      from?: string | null;
    }
  | { type: "snooze"; itemId: string; until: string; at: string };

export type HistoryEventType = HistoryEvent["type"];
