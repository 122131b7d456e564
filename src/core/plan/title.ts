import { MAX_CHECK_INS } from "./check-in.js";
import type { PlannedMessage } from "./planned-message.js";
import { MAX_FOLLOW_UPS } from "./status-follow-up.js";

/** A short title a person reads: "Thank-you e-mail to Dana Whitfield", "Check-in 2 of 3 with …". */
export function titleOf(
  item: Pick<PlannedMessage, "kind" | "channel" | "recipient" | "sequence">,
): string {
  const name = item.recipient.name;
  const onLinkedIn = item.channel === "linkedin" ? " on LinkedIn" : "";
  switch (item.kind) {
    case "thank-you":
      if (item.channel === "card") return `Thank-you card to ${name}`;
      return item.channel === "email"
        ? `Thank-you e-mail to ${name}`
        : `Thank-you note on LinkedIn to ${name}`;
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
