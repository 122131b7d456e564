/** The playbook's names, used alike by the CLI, the JSON output and the store. */
export const MESSAGE_KINDS = [
  "thank-you",
  "status-follow-up",
  "additional-info",
  "check-in",
  "rejection-reply",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * `linkedin` is a connection note, sent with the request to connect; `linkedin-message` is a
 * message to someone who is already a connection.
 */
export const CHANNELS = ["email", "card", "linkedin", "linkedin-message"] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a person names each channel: "a card", "your LinkedIn message". */
export const CHANNEL_NAMES: Record<Channel, string> = {
  email: "e-mail",
  card: "card",
  linkedin: "LinkedIn note",
  "linkedin-message": "LinkedIn message",
};

/** Either way of writing to someone on LinkedIn. */
export function isLinkedIn(channel: Channel): boolean {
  return channel === "linkedin" || channel === "linkedin-message";
}

export const PLAN_STATES = ["upcoming", "due", "late", "missed", "done", "cancelled"] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const OUTCOMES = ["rejected", "offer", "withdrawn", "hired", "no-response"] as const;
export type Outcome = (typeof OUTCOMES)[number];
