import { defineRule } from "../rule.js";

const LINK =
  /(?<![\p{L}\p{N}@])(?:https?:\/\/|www\.)[^\s<>()]+|(?<![\p{L}\p{N}@.])[\p{L}\p{N}-]+\.(?:com|org|net|io|dev|co|ai|app)\/[^\s<>()]*/giu;

export const linkOnCard = defineRule({
  code: "channel.link",
  severity: "warning",
  summary: "A link in a handwritten card, where nobody can click it.",
  detect(message, context) {
    if (context.channel !== "card") return [];
    return [...message.text.matchAll(LINK)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      params: { found: match[0] },
    }));
  },
});
