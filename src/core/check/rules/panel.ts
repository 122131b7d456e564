import { defineRule } from "../rule.js";
import { nearCopiesOf } from "../similarity.js";

export const nearCopy = defineRule({
  code: "panel.near-copy",
  severity: "error",
  summary:
    "A note that shares half or more of its word trigrams with a note to another interviewer at the same company.",
  detect(message, context) {
    const content = message.text.slice(message.content.start, message.content.end);
    return nearCopiesOf(content, context.siblings).map((copy) => ({
      start: message.content.start,
      end: message.content.end,
      params: { to: copy.note.to, similarity: copy.similarity },
    }));
  },
});
