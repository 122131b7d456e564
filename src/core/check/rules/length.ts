import { characterLimit, wordLimits } from "../../length-limits.js";
import type { Channel } from "../../message.js";
import { noteWordCount, type MessageText } from "../message-text.js";
import { defineRule } from "../rule.js";

const WHAT: Record<Channel, string> = {
  email: "e-mail",
  card: "card",
  linkedin: "note",
  "linkedin-message": "message",
};

const wholeBody = (message: MessageText) => ({ start: message.body.start, end: message.body.end });

export const tooLong = defineRule({
  code: "length.long",
  severity: "warning",
  summary:
    "Longer than its channel calls for: a thank-you e-mail over 200 words (other e-mails 150–250), a card over 120.",
  detect(message, context) {
    const limits = wordLimits(context.kind, context.channel);
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
    "Too short to carry its points: a thank-you e-mail under 60 words (other e-mails 30–40), a card under 25.",
  detect(message, context) {
    const limits = wordLimits(context.kind, context.channel);
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
  summary:
    "Over what LinkedIn takes: 200 characters in a connection note (300 with Premium, as the profile says), 8,000 in a message.",
  detect(message, context) {
    const limit = characterLimit(context.channel, context.profile?.linkedinAccount ?? "free");
    if (limit === null) return [];
    const body = message.text.slice(message.body.start, message.body.end);
    const count = [...body].length;
    if (count <= limit) return [];
    const cut = message.body.start + [...body].slice(0, limit).join("").length;
    const what = context.channel === "linkedin" ? "connection note" : "message";
    return [{ start: cut, end: message.body.end, params: { count, limit, what } }];
  },
});
