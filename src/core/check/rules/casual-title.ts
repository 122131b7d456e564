import { HONORIFICS } from "../phrases/name-parts.js";
import { defineRule } from "../rule.js";

const CASUAL_OPENER = /^(?:hi|hello|hey|hiya)(?![\p{L}])/iu;
const TITLED = new RegExp(`^(?:${HONORIFICS.join("|")})\\.?(?![\\p{L}])`, "iu");

/**
 * "Hi Dr. Lindqvist,": a title asks for "Dear"; "Hi" and "Hello" go with a first name. The
 * finding marks the greeting word.
 */
export const casualTitle = defineRule({
  code: "tone.casual-title",
  severity: "warning",
  summary: "A casual greeting with a title: “Hi Dr. Lindqvist,” (a title asks for “Dear”).",
  detect(message) {
    const greeting = message.greeting;
    if (!greeting?.name) return [];
    const opener = message.text.slice(greeting.start, greeting.name.start).trim();
    if (!CASUAL_OPENER.test(opener) || !TITLED.test(greeting.name.text)) return [];
    const start = greeting.start + message.text.slice(greeting.start).indexOf(opener);
    return [
      {
        start,
        end: start + opener.length,
        params: { found: opener, name: greeting.name.text },
      },
    ];
  },
});
