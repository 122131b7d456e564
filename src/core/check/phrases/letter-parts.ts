import { phraseSource } from "../phrase-pattern.js";

/** Words that open a letter; the name follows them ("Dear Ms. Okafor,"). */
export const GREETING_WORDS = [
  "dear",
  "hi",
  "hello",
  "hey",
  "hiya",
  "greetings",
  "good (morning|afternoon|evening|day)",
];

/** Phrases a letter closes with, on their own line before the candidate's name. */
export const CLOSING_PHRASES = [
  "(with |)(best|kind|kindest|warm|warmest|many) regards",
  "with regards",
  "regards",
  "best",
  "all the best",
  "(with |)(best|warm|warmest|kind|kindest|good|all good) wishes",
  "(yours |)sincerely",
  "sincerely yours",
  "(yours |)truly",
  "(yours |)faithfully",
  "respectfully( yours|)",
  "warmly",
  "cordially",
  "(with |)(many |)thanks( again|)",
  "thank you( again| so much| kindly|)",
  "(with |)(sincere |many |)(gratitude|appreciation)",
  "gratefully",
  "(with |)appreciation",
  "cheers",
  "take care",
  "looking forward",
  "until (soon|then)",
];

export const GREETINGS = new RegExp(
  `^\\s*(?:${GREETING_WORDS.map(phraseSource).join("|")})(?![\\p{L}])`,
  "iu",
);

/** A closing at the start of a line, the name possibly following it: "Best, Jordan". */
export const CLOSINGS = new RegExp(
  `^(?:${CLOSING_PHRASES.map(phraseSource).join("|")})[,.!]?(?![\\p{L}])`,
  "iu",
);

/** A line that is a closing and nothing else. */
export const CLOSING_LINE = new RegExp(
  `^(?:${CLOSING_PHRASES.map(phraseSource).join("|")})[,.!]?$`,
  "iu",
);
