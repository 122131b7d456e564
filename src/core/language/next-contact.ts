import { dayName, monthName, ordinal, weekOf } from "./calendar-words.js";
import { smallNumberWord } from "./shorthand.js";

/**
 * When the interviewer said the candidate would hear, read from the notes' next steps: "she'll
 * let me know Monday" is "on Monday", "offers go out after Thanksgiving, he'll call either way"
 * is "after Thanksgiving" by phone, "decision by end of next week" is "by the end of next week".
 * Null when the words promise no contact ("2 more people to see this week") or it has happened
 * ("you rang on 20 Oct").
 */
export interface NextContact {
  /** A time phrase that reads after "hearing from you": "on Monday", "early next week". */
  when: string;
  /** They said they would ring, so the candidate looks forward to the call. */
  call: boolean;
}

const START = /\b(?:starts?|starting|begins?|start date|need (?:someone|them|a \w+) by)\b/i;
const CONTACT =
  /\b(?:let (?:me|us|you|u|candidates|everyone) know|call|ring|phone|text|txt|give (?:me|you|us) a (?:bell|buzz|shout)|be in touch|get back|hear|decide|decision|decisions|e-?mail|follow up|reach out|contact|offers?|come back|update|ringing|calling|letting|an answer|send (?:me |over |through )?(?:times|dates|details|slots|an invite|the invite|invites))\b/i;
const FUTURE =
  /\b(?:will|would|wil|'ll|’ll|'d|’d|going to|gonna|expect|hope|plan|want|aim|by|before|after|within|next|tomorrow|early|end of)\b/i;
const HAPPENED = /\b(?:rang|called|phoned|emailed|e-mailed|decided|heard)\b/i;

const DAY =
  "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri)";
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const HOLIDAY =
  "(?:thanksgiving|christmas|xmas|easter|the holidays|new year|half[- ]term|the bank holiday)";

/** Each pattern, and how its match is said after "hearing from you". */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    // "early w/c 14th": in the week that starts on the 14th, never "by the 14th".
    /\b(?:(early|mid|late)\s+(?:in\s+)?)?(?:w\/c|(?:the\s+)?week\s+(?:commencing|of|beginning))\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/i,
    (m) => weekOf(m[1], m[2]!),
  ],
  [
    /\b(?:by |before |at |until )?(?:the )?end of (?:the )?(next|this)? ?(week|month)\b/i,
    (m) => `by the end of ${m[1] ? `${m[1].toLowerCase()} ` : "the "}${m[2]!.toLowerCase()}`,
  ],
  [
    /\b(early|late|mid|later)[- ](next|this) (week|month)\b/i,
    (m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()} ${m[3]!.toLowerCase()}`,
  ],
  [
    /\b(tomorrow|tmrw|tmr|today)(?: (morning|afternoon|evening))?\b/i,
    (m) => [/^tm/i.test(m[1]!) ? "tomorrow" : m[1], m[2]].filter(Boolean).join(" ").toLowerCase(),
  ],
  [
    /\bwithin (?:a|one|the next|\d+|two|three|four|a couple of) ?(?:\w+ )?(?:days?|weeks?)\b/i,
    // "within 2 weeks" is "within two weeks", as a letter writes a small count.
    (m) => m[0].toLowerCase().replace(/\b\d\b/, (n) => smallNumberWord(Number(n)) ?? n),
  ],
  [/\bin the next (?:\w+ )?(?:days?|weeks?)\b/i, (m) => `within ${m[0].slice(3).toLowerCase()}`],
  [
    new RegExp(`\\b(by|before|after|on)? ?(${HOLIDAY})\\b`, "i"),
    // "decision xmas" says no side of it: around it, never a guess at "after".
    (m) => `${(m[1] ?? "around").toLowerCase()} ${holiday(m[2]!)}`,
  ],
  [
    new RegExp(
      `\\b(by|before|on|after)? ?(?:the )?(\\d{1,2})(?:st|nd|rd|th)(?: of ${MONTH})?\\b(?!\\s+(?:round|interview|stage|year|floor|time|shift|chat|call|meeting))`,
      "i",
    ),
    (m) => `${(m[1] ?? "by").toLowerCase()} the ${ordinal(m[2]!)}`,
  ],
  [
    new RegExp(`\\b(by|before|on|after)? ?(${MONTH}) (\\d{1,2})\\b`, "i"),
    (m) => `${(m[1] ?? "by").toLowerCase()} ${monthName(m[2]!)} ${Number(m[3])}`,
  ],
  [
    new RegExp(`\\b(by|before|on|after)? ?(${DAY})\\b`, "i"),
    (m) => `${(m[1] ?? "on").toLowerCase()} ${dayName(m[2]!)}`,
  ],
  [/\b(next|this) (week|month)\b/i, (m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`],
];

export function nextContact(text: string): NextContact | null {
  const alone = timeAlone(text);
  if (alone) return { when: alone, call: false };
  // "offers fri, class starts apr 6", "she'll let me know by wed. they need someone by july 1":
  // only a part that speaks of contact says when; a start date is not when they will be in touch.
  const parts = text
    .replace(/\s+/g, " ")
    // "decision b4 christmas", "will call next wk": typed shorthand the time hangs on.
    .replace(/\bb4\b/gi, "before")
    .replace(/\bwks?\b/gi, (typed) => (typed.length === 3 ? "weeks" : "week"))
    // "we'll call references tmrw": a call to someone else, which says nothing of when.
    .replace(
      /\b(?:call|ring|phone|contact|check)(?:ing)?\s+(?:my\s+|your\s+|the\s+)?(?:references|referees)\b[^,.;]*?(?=\s+and\b|[,.;]|$)/gi,
      "",
    )
    .split(/(?<=[.;!?])\s+|,\s+|\s+(?:and|but)\s+/i)
    .filter((part) => CONTACT.test(part) && !START.test(part));
  const said = parts.join(", ").trim();
  if (said === "") return null;
  if (!CONTACT.test(said) || (HAPPENED.test(said) && !FUTURE.test(said.replace(HAPPENED, "")))) {
    return null;
  }
  const call = CALL.exec(said);
  // "decide before Thanksgiving, he'll call Wednesday": the call is what comes on Wednesday.
  const when = (call && timeIn(said.slice(call.index))) || timeIn(said);
  return when ? { when, call: call !== null } : null;
}

/** They will ring the candidate; "call references tomorrow" rings someone else. */
const CALL =
  /\b(?:call|ring|phone|ringing|calling|a bell|a buzz)\b(?!\s+(?:my\s+|your\s+|the\s+)?(?:references|referees|them|the others|other candidates))/i;

/**
 * "mei - next week", "fri": next steps that are a time and nothing else, perhaps after who said
 * it, say when the candidate will hear.
 */
function timeAlone(text: string): string | null {
  const rest = text
    .trim()
    .replace(/^\p{L}+(?:\s+\p{L}+)?\s*(?:\s[-–—]|:)\s*/u, "")
    .replace(/[.!]+$/u, "");
  for (const [pattern, spoken] of PATTERNS) {
    const match = pattern.exec(rest);
    if (match && match.index === 0 && match[0].length === rest.length) return spoken(match);
  }
  return null;
}

/** The first time the words name: "fri or early next week" is Friday. */
function timeIn(text: string): string | null {
  let earliest: { at: number; said: string } | null = null;
  for (const [pattern, spoken] of PATTERNS) {
    const match = pattern.exec(text);
    if (match && (earliest === null || match.index < earliest.at)) {
      earliest = { at: match.index, said: spoken(match) };
    }
  }
  return earliest?.said ?? null;
}

function holiday(word: string): string {
  const lower = word.toLowerCase();
  return lower.startsWith("the ") || lower.startsWith("half")
    ? lower
    : lower === "xmas"
      ? "Christmas"
      : word.charAt(0).toUpperCase() + lower.slice(1).replace(/ year$/, " Year");
}
