/** How a received message is taken: only a `human` reply counts as an answer. */
export const REPLY_KINDS = ["human", "auto-reply", "bounce"] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];
