/** Where an outbox item is: waiting, being sent by a worker, or finished one way or another. */
export const OUTBOX_STATES = ["queued", "sending", "sent", "failed", "cancelled"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
