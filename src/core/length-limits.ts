import type { Channel, MessageKind } from "./message.js";
import type { LinkedInAccount } from "./record/profile.js";

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

/**
 * LinkedIn refuses a connection note longer than this many characters: 200 on a free account,
 * 300 with Premium (measured in 2026).
 */
export const LINKEDIN_NOTE_LIMITS: Record<LinkedInAccount, number> = { free: 200, premium: 300 };

/** LinkedIn refuses a message to a connection longer than this many characters. */
export const LINKEDIN_MESSAGE_LIMIT = 8000;

/**
 * The word limits of a kind on a channel; null on a LinkedIn connection note, which counts
 * characters instead. A LinkedIn message is an e-mail without a subject, and as short.
 */
export function wordLimits(kind: MessageKind, channel: Channel): WordLimits | null {
  switch (channel) {
    case "card":
      return CARD;
    case "email":
    case "linkedin-message":
      return EMAIL[kind];
    case "linkedin":
      return null;
  }
}

/** The most characters LinkedIn takes on the channel, or null where only words count. */
export function characterLimit(channel: Channel, account: LinkedInAccount): number | null {
  switch (channel) {
    case "linkedin":
      return LINKEDIN_NOTE_LIMITS[account];
    case "linkedin-message":
      return LINKEDIN_MESSAGE_LIMIT;
    default:
      return null;
  }
}
