/** The playbook's names, used alike by the CLI, the JSON output and the store. */
export const MESSAGE_KINDS = [
  "thank-you",
  "status-follow-up",
  "additional-info",
  "check-in",
  "rejection-reply",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const CHANNELS = ["email", "card", "linkedin"] as const;
export type Channel = (typeof CHANNELS)[number];

export const PLAN_STATES = ["upcoming", "due", "late", "missed", "done", "cancelled"] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const OUTCOMES = ["rejected", "offer", "withdrawn", "hired", "no-response"] as const;
export type Outcome = (typeof OUTCOMES)[number];
