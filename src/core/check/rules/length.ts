import type { Channel, MessageKind } from "../../message.js";
import { noteWordCount, type MessageText } from "../message-text.js";
import { defineRule } from "../rule.js";

interface Limits {
  min: number;
  max: number;
}

/**
 * Word counts from the greeting to the closing. The thank-you e-mail (75–200) and the card (at
 * most ~120) come from the playbook; the other e-mails keep to the same ceiling, shorter where a
 * short message is the point.
 */
const EMAIL_LIMITS: Record<MessageKind, Limits> = {
  "thank-you": { min: 75, max: 200 },
  "status-follow-up": { min: 40, max: 150 },
  "additional-info": { min: 40, max: 250 },
  "check-in": { min: 30, max: 150 },
  "rejection-reply": { min: 40, max: 150 },
};
const CARD_LIMITS: Limits = { min: 25, max: 120 };
/** LinkedIn refuses a connection note longer than this. */
export const LINKEDIN_LIMIT = 300;

function limitsFor(kind: MessageKind, channel: Channel): Limits | null {
  if (channel === "card") return CARD_LIMITS;
  if (channel === "email") return EMAIL_LIMITS[kind];
  return null;
}

const WHAT: Record<Channel, string> = { email: "e-mail", card: "card", linkedin: "note" };

const wholeBody = (message: MessageText) => ({ start: message.body.start, end: message.body.end });

export const tooLong = defineRule({
  code: "length.long",
  severity: "warning",
  summary:
    "Longer than its channel calls for: a thank-you e-mail over 200 words (other e-mails 150–250), a card over 120.",
  detect(message, context) {
    const limits = limitsFor(context.kind, context.channel);
    const count = noteWordCount(message);
    if (!limits || count <= limits.max) return [];
    return [
      {
        ...wholeBody(message),
        params: { count, limit: limits.max, unit: "words" as const, what: WHAT[context.channel] },
      },
    ];
  },
});

export const tooShort = defineRule({
  code: "length.short",
  severity: "warning",
  summary:
    "Too short to carry its points: a thank-you e-mail under 75 words (other e-mails 30–40), a card under 25.",
  detect(message, context) {
    const limits = limitsFor(context.kind, context.channel);
    const count = noteWordCount(message);
    if (!limits || count === 0 || count >= limits.min) return [];
    return [
      { ...wholeBody(message), params: { count, limit: limits.min, what: WHAT[context.channel] } },
    ];
  },
});

export const overLinkedInLimit = defineRule({
  code: "length.linkedin-limit",
  severity: "error",
  summary: "A LinkedIn connection note over LinkedIn's 300-character limit.",
  detect(message, context) {
    if (context.channel !== "linkedin") return [];
    const body = message.text.slice(message.body.start, message.body.end);
    const count = [...body].length;
    if (count <= LINKEDIN_LIMIT) return [];
    const cut = message.body.start + [...body].slice(0, LINKEDIN_LIMIT).join("").length;
    return [{ start: cut, end: message.body.end, params: { count, limit: LINKEDIN_LIMIT } }];
  },
});
