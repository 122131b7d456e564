import type { Channel } from "../message.js";
import { MAX_CHECK_INS } from "./check-in.js";
import type { PlanEntry } from "./plan-entry.js";
import type { PlannedMessage } from "./planned-message.js";
import { MAX_FOLLOW_UPS } from "./status-follow-up.js";

/**
 * A short title a person reads: "Thank-you e-mail to Dana Whitfield", "Check-in 2 of 3 with …";
 * with `channel` null it names no channel ("Thank-you to Dana Whitfield").
 */
export function titleOf(
  item: Pick<PlannedMessage, "kind" | "channel" | "recipient" | "sequence">,
  channel: Channel | null = item.channel,
): string {
  const name = item.recipient.name;
  const onLinkedIn = channel === "linkedin" || channel === "linkedin-message" ? " on LinkedIn" : "";
  switch (item.kind) {
    case "thank-you":
      switch (channel) {
        case null:
          return `Thank-you to ${name}`;
        case "email":
          return `Thank-you e-mail to ${name}`;
        case "card":
          return `Thank-you card to ${name}`;
        case "linkedin":
          return `Thank-you note on LinkedIn to ${name}`;
        case "linkedin-message":
          return `Thank-you message on LinkedIn to ${name}`;
      }
      break;
    case "status-follow-up":
      return `Status follow-up ${item.sequence} of ${MAX_FOLLOW_UPS} to ${name}${onLinkedIn}`;
    case "additional-info":
      return `Additional information for ${name}${onLinkedIn}`;
    case "check-in":
      return `Check-in ${item.sequence} of ${MAX_CHECK_INS} with ${name}${onLinkedIn}`;
    case "rejection-reply":
      return `Reply to the rejection, to ${name}${onLinkedIn}`;
  }
}

/** An entry's title: its channel's when it has one, else none, since the channels are choices. */
export function entryTitleOf(entry: PlanEntry): string {
  return titleOf(entry, entry.channels.length === 1 ? entry.channel : null);
}
