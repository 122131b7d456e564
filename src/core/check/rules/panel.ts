import { defineRule } from "../rule.js";
import { findNearCopies } from "../similarity.js";

export const nearCopy = defineRule({
  code: "panel.near-copy",
  severity: "error",
  summary:
    "A note that shares half or more of its word trigrams with a note to another interviewer at the same company.",
  detect(message, context) {
    const body = message.text.slice(message.body.start, message.body.end);
    return findNearCopies(body, context.siblings).map((copy) => ({
      start: message.content.start,
      end: message.content.end,
      params: { to: copy.note.to, similarity: copy.similarity },
    }));
  },
});
