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
  "(morning|afternoon|evening)",
  // Te reo Māori, in everyday New Zealand English.
  "kia ora",
];

/** Te reo Māori, Welsh and Irish closings, common in New Zealand, Welsh and Irish English. */
const LOAN_CLOSINGS = [
  "(ngā|nga) mihi( nui| mahana|)",
  "diolch( yn fawr| o galon|)",
  "cofion( gorau| cynnes|)",
  "go raibh maith agat",
  "le meas",
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
  "(thanks|thank you) (and|&) regards",
  "(speak|talk) soon",
  ...LOAN_CLOSINGS,
];

/**
 * Phrases of te reo Māori, Welsh and Irish that notes in New Zealand, Welsh and Irish English use
 * anywhere, not only to open or close: their words are no misspelling.
 */
export const LOAN_PHRASES = ["kia ora", "(tēnā|tena) koe", ...LOAN_CLOSINGS];

export const LOAN_PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${LOAN_PHRASES.map(phraseSource).join("|")})(?![\\p{L}])`,
  "giu",
);

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
