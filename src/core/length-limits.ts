import type { Channel, MessageKind } from "./message.js";

/** How many words a message should run to, counted from the greeting to the closing. */
export interface WordLimits {
  min: number;
  max: number;
}

/**
 * The thank-you e-mail (60–200, aiming at 80–150) and the card (at most ~120) come from the playbook; the other
 * e-mails keep to the same ceiling, shorter where a short message is the point. The composer
 * writes within these and the proofreader checks against them, so a draft never trips its own
 * checker.
 */
const EMAIL: Record<MessageKind, WordLimits> = {
  "thank-you": { min: 60, max: 200 },
  "status-follow-up": { min: 40, max: 150 },
  "additional-info": { min: 40, max: 250 },
  "check-in": { min: 30, max: 150 },
  "rejection-reply": { min: 40, max: 150 },
};
const CARD: WordLimits = { min: 25, max: 120 };

/** LinkedIn refuses a connection note longer than this many characters. */
export const LINKEDIN_NOTE_LIMIT = 300;

/** The word limits of a kind on a channel; null on LinkedIn, which counts characters instead. */
export function wordLimits(kind: MessageKind, channel: Channel): WordLimits | null {
  if (channel === "card") return CARD;
  if (channel === "email") return EMAIL[kind];
  return null;
}
