import { ownSentences } from "../compose/grammar/own-sentence.js";
import { wordsOf } from "./nlp.js";
import { smallNumberWord, writtenOut } from "./shorthand.js";

/**
 * The candidate's experience, as typed in a hurry, made into words a letter can hold: "three
 * years combat designer at Tinderbox Play" is "three years as a combat designer at Tinderbox
 * Play"; "PTCB certified" is "I am PTCB certified."
 */

/** "PTCB certified", "CPR and first aid qualified": a credential, said as the candidate's. */
export function credentialSentence(text: string): string | null {
  const credential =
    /^(?!I\b)([\p{L}\p{N}][^,.;]*?)\s+(certified|qualified|licensed|registered|accredited|chartered)(\s+(?:in|as|for|on)\s(?!\p{N})[^,.;]+)?\.?$/iu.exec(
      withoutAsides(text.trim()),
    );
  if (!credential) return null;
  // "PTCB certified, Ohio tech registration current": the credential, without what follows.
  if (wordsOf(credential[1]!).some((word) => word.tags.has("Verb") && !word.tags.has("Noun"))) {
    return null;
  }
  return ownSentences(`I am ${credential[0].replace(/\.$/, "")}`);
}

/**
 * "2 yrs at CareMart, I handled most of the prior auth calls", "18 months as accounts assistant,
 * did bank recs every week": how long and where, then what the candidate did there, is one
 * sentence of theirs ("In two years at CareMart, I handled…").
 */
export function spanThenDeed(typed: string): string | null {
  const text = writtenOut(typed.trim().replace(/\s*\([^()]*\)/g, ""));
  const split =
    /^((?:\p{N}+|a|one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|twenty)\s(?:years?|months?|weeks?)\b[^,;—–]*?)(?:,|;|\s[-–—])\s+(?:I\s+)?(\p{L}+)\b(.*)$/iu.exec(
      text,
    );
  if (!split) return null;
  const [, span, verb, rest] = split as unknown as [string, string, string, string];
  const tags = wordsOf(`I ${verb}`)[1]?.tags;
  if (!tags?.has("PastTense") && !/^(?:ran|led|built|taught|kept|made|wrote|did)$/i.test(verb)) {
    return null;
  }
  // "…, mixed paeds ward, did theatre prep": a participle describing the place is no deed.
  const asTyped = wordsOf(`${verb}${rest}`)[0]?.tags;
  if (asTyped?.has("Adjective") && !asTyped.has("Verb")) return null;
  // "…, ran the fittings for the last 2": the last two years, in the span's unit.
  const unit = /\b(years?|months?|weeks?)\b/iu.exec(span)![1]!.toLowerCase().replace(/s$/u, "");
  const counted = rest.replace(
    /\b((?:the\s+)?(?:last|first|past)\s+)(\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten)(?=\s*[.!]?\s*$)/iu,
    (_, lead: string, n: string) =>
      `${lead}${smallNumberWord(Number(n)) ?? n} ${/^(?:1|one)$/iu.test(n) ? unit : `${unit}s`}`,
  );
  return ownSentences(
    `In ${spanAsRole(span.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))}, I ${verb.toLowerCase()}${counted}`,
  );
}

/** "three years combat designer at…": how long, then the role, wants "as a". */
export function spanAsRole(text: string): string {
  // "ten years commercial" is "ten years of commercial work".
  const kind = new RegExp(`^(${SPAN.source})\\s+(\\p{L}+)$`, "iu").exec(text);
  if (kind && wordsOf(kind[2]!)[0]?.tags.has("Adjective")) return `${kind[1]} of ${kind[2]} work`;
  // "four years grant writing", "eight years structural welding": years of an activity ("three
  // years teaching infants" needs no "of").
  const activity = new RegExp(
    `^(${SPAN.source})\\s+(?=(?!\\p{L}+ing\\b)\\p{L}+\\s\\p{L}+ing\\b)`,
    "iu",
  );
  if (activity.test(text)) return text.replace(activity, "$1 of ");
  // "six years total" is "six years in total".
  const total = new RegExp(`^(${SPAN.source})\\s+total\\b`, "iu");
  if (total.test(text)) return text.replace(total, "$1 in total");
  const crew = new RegExp(`^(${SPAN.source})\\s+(crew|staff|cabin crew|support staff)\\b`, "iu");
  if (crew.test(text)) return text.replace(crew, "$1 as $2");
  // "three years RVN at a practice": a role written as its letters.
  const letters = new RegExp(
    `^(${SPAN.source})\\s+(\\p{Lu}{2,5})(?=\\s+(?:at|with|for|in)\\b|$)`,
    "u",
  );
  // "seven years HR", "five years ICU": a field, not a role.
  if (letters.test(text))
    return text.replace(letters, (_, span: string, role: string) =>
      FIELDS.has(role) ? `${span} in ${role}` : `${span} as ${articleFor(role)} ${role}`,
    );
  if (SPAN_ON_POST.test(text)) {
    return text.replace(SPAN_ON_POST, (_, span: string, post: string) => `${span} on the ${post}`);
  }
  const asRole = text.replace(
    SPAN_THEN_ROLE,
    (_, span: string, role: string, after: string | undefined) =>
      `${span} as ${articleFor(role)} ${role}${after ? ` ${after}` : ""}`,
  );
  if (asRole !== text) return asRole;
  // "three years campus radio at UNILAG": years of a thing that is no role.
  const thing = new RegExp(
    String.raw`^(?<span>${SPAN.source})\s+(?!(?:as|of|in|on|at|with|for|including|total|experience)\b)(?<what>\p{Ll}[\p{L}-]*(?:\s+(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,5}))?)(?=\s+(?:at|with|for|in|on)\b|$)`,
    "iu",
  );
  const found = thing.exec(text);
  const what = found?.groups?.what ?? "";
  // "manual QA", "campus radio": a thing, described or named, never a doing.
  const words = wordsOf(what);
  const thingNamed =
    words.length > 0 &&
    words.every((word) => !word.tags.has("Verb")) &&
    words.at(-1)!.tags.has("Noun") &&
    words.slice(0, -1).every((word) => word.tags.has("Noun") || word.tags.has("Adjective"));
  return found && !/ing\b/u.test(what) && thingNamed
    ? `${found.groups!.span} of ${text.slice(found.groups!.span!.length).trim()}`
    : text;
}

/**
 * "four years on sit-down forklifts", "three years as a SOC analyst", "four years of grant
 * writing": how long the candidate has done something, said as their sentence ("I've spent four
 * years on sit-down forklifts."), never slotted into "I would bring … to the role".
 */
export function spanSentence(phrase: string): string | null {
  // "two year watchmaking course in Birmingham": a length that describes what follows, not years
  // spent; a course of that length was done.
  const modifier =
    /^((?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)) (year|month|week)\s+(.+)$/iu.exec(
      phrase.trim(),
    );
  if (modifier) {
    const [, length, unit, what] = modifier as unknown as [string, string, string, string];
    return COURSE.test(what)
      ? ownSentences(`I did a ${length.toLowerCase()}-${unit.toLowerCase()} ${what}`)
      : null;
  }
  const span = new RegExp(
    `^(${SPAN.source})(?:\\s+(as|of|in|on|at|with|for|\\p{L}+ing)\\b)?`,
    "iu",
  ).exec(phrase);
  if (!span) return null;
  const [, , joint] = span;
  // "seven years including weddings": how the years were spent is not said, only part of it.
  if (joint === "including") return null;
  if (!joint) return spanAtPlace(phrase) ?? spanOfStudy(phrase);
  // "three years Sentinel": no word says how the years were spent; "six years in total", where.
  if (/^\S+\s+\S+\s+in total\b/iu.test(phrase)) return null;
  // "six years of cardiac step-down experience" is had, not done.
  const verb = /\bexperience$/i.test(phrase)
    ? "have"
    : joint === "of"
      ? "'ve done"
      : joint === "as"
        ? "'ve worked"
        : "'ve spent";
  // "four years of microfluidics during my PhD", "before going back to school": over now.
  const past = PAST_SPAN.test(phrase) ? PAST_OF[verb] : undefined;
  const said = past ? `I ${past}` : `I${verb.startsWith("'") ? verb : ` ${verb}`}`;
  // "two years as lab tech": a role takes its article, as "head chef" and "part of" need none.
  const role = phrase.replace(
    /^(\S+\s+\S+)\s+as\s+(?!(?:a|an|the|my|our|part|head|both|well|long|much|many)\b)([\p{L}][\p{L}-]*)/iu,
    (_all, years: string, word: string) => `${years} as ${articleFor(word)} ${word}`,
  );
  return ownSentences(`${said} ${role.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`);
}

/**
 * "two years teacher training before I switched", "3 years uni": years of study, typed without
 * "of", were done: "I did two years of teacher training before I switched".
 */
function spanOfStudy(phrase: string): string | null {
  const study = new RegExp(
    `^(${SPAN.source})\\s+((?:[\\p{L}-]+\\s+){0,3}(?:training|study|studies|uni|university|college|school|apprenticeship))\\b(.*)$`,
    "iu",
  ).exec(phrase.trim());
  if (!study) return null;
  const [, years, what, rest] = study as unknown as [string, string, string, string];
  return ownSentences(`I did ${years} of ${what}${rest}`);
}

/**
 * "five years district hospital labour ward": years spent at a place typed without its
 * preposition; "on" a ward or a line, "at" a clinic or a school. Null for anything else.
 */
function spanAtPlace(phrase: string): string | null {
  const place = new RegExp(`^(${SPAN.source})\\s+((?:[\\p{L}-]+\\s+){0,4}(\\p{L}+))$`, "iu").exec(
    phrase.trim(),
  );
  if (!place) return null;
  const [, years, where, head] = place as unknown as [string, string, string, string];
  const on = ON_PLACES.has(head.toLowerCase());
  if (!on && !AT_PLACES.has(head.toLowerCase())) return null;
  return ownSentences(
    `I've spent ${years} ${on ? "on" : "at"} ${articleFor(where.split(/\s+/)[0]!)} ${where}`,
  );
}

/** What a length in years or months may describe, and the candidate did. */
const COURSE =
  /\b(?:course|programme|program|degree|diploma|apprenticeship|placement|internship|traineeship|certificate|contract|secondment)\b/iu;

const ON_PLACES = new Set(["ward", "unit", "floor", "line", "desk", "counter", "team", "crew"]);
const AT_PLACES = new Set([
  "hospital",
  "clinic",
  "school",
  "office",
  "store",
  "shop",
  "kitchen",
  "practice",
  "pharmacy",
  "warehouse",
  "firm",
  "agency",
  "bank",
  "restaurant",
  "hotel",
  "salon",
]);

/** Years spent that are over: during a degree, before a change. */
const PAST_SPAN =
  /\b(?:during my|before (?:that|then|I|we)\b|before (?:going|moving|switching|retraining|my|uni(?:versity)?\b|college\b|school\b|the (?:army|navy|degree|course)\b)|at uni(?:versity)?\b|in my (?:phd|degree|masters|master's))/i;

const PAST_OF: Record<string, string> = {
  "'ve spent": "spent",
  "'ve done": "did",
  "'ve worked": "worked",
  have: "had",
};

/** Letters that name a field of work rather than a role. */
const FIELDS = new Set([
  "HR",
  "IT",
  "QA",
  "PR",
  "UX",
  "UI",
  "ICU",
  "ED",
  "ER",
  "FM",
  "BD",
  "CS",
  "OT",
]);

/** "an RVN", "a GP", "an engineer", "a designer". */
function articleFor(role: string): string {
  if (/^\p{Lu}{2,}$/u.test(role)) return /^[AEFHILMNORSX]/.test(role) ? "an" : "a";
  return /^[aeio]/i.test(role) ? "an" : "a";
}

/**
 * "2 yrs warehouse at keppel", "3 yrs payroll at a hotel group": a span, then the kind of work
 * named bare, is that much of the work: "2 yrs of warehouse work at keppel".
 */
export function spanOfWork(text: string): string {
  const span = SPAN_BARE.exec(text);
  if (!span) return text;
  const [whole, lead, kind] = span as unknown as [string, string, string];
  // "the warehouse": a thing, whatever the word is alone.
  const tags = wordsOf(`the ${kind}`)[1]?.tags;
  if (!tags?.has("Noun") || tags.has("Gerund") || /^(?:experience|exp|work)$/u.test(kind)) {
    return text;
  }
  return `${lead}of ${kind} work${text.slice(whole.length)}`;
}

const SPAN_BARE =
  /^((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\+?\s+(?:years?|yrs?|months?|mos)\s+)(\p{Ll}+)(?=\s+(?:at|with|for|in)\s)/u;

const SPAN =
  /(?:\p{N}+|a|one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|twenty) (?:years?|months?)/u;

const SPAN_THEN_ROLE =
  /^((?:\p{N}+|a|one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|twenty) (?:years?|months?))\s+(?!as\b|of\b|at\b|in\b|on\b|with\b)((?:(?!(?:in|at|on|of|for|with)\s)\p{L}+\s){0,3}\p{L}*(?:er|or|ist|ian|ant|nurse|chef|yst|tech|lead|assistant|officer|clerk|barista|cook|aide|midwife|paramedic|medic|rep|host|guard|agent|mechanic|apprentice|steward|hand|captain))(?:\s+(at|with|for|in)\b|$)/iu;

/** "3 yrs front desk at a GP surgery": a post the candidate worked on, not a role they were. */
const SPAN_ON_POST =
  /^((?:\p{N}+|a|one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|twenty) (?:years?|months?))\s+(?:on\s+)?(?:the\s+)?(front desk|reception|switchboard|tills|checkouts?|shop floor|night shift|nights|wards?|phones|road)\b/iu;

/**
 * "two years at a firm, clean licence, own tools": the first part of a phrase, without the
 * asides typed after it; a list ("Python, SQL and dbt") stays whole.
 */
export function withoutAsides(typed: string): string {
  // "the second round (practical day at the tower)": an aside in brackets is the note's own.
  const phrase = typed.replace(/\s*\([^()]*\)/g, "");
  // "24/7 SOC but only six analysts": the phrase, without the contrast typed after it.
  const but = /\s(?:but|so)\s/u.exec(phrase);
  const comma = phrase.indexOf(", ");
  if (but && (comma < 0 || comma > but.index)) return phrase.slice(0, but.index);
  if (comma < 0) return phrase;
  const head = phrase.slice(0, comma);
  const rest = phrase.slice(comma + 2);
  const lastItem = head.split(/\s+/).length <= 3;
  const list =
    !/^(?:mostly|mainly|including|especially|incl|plus|all)\b/i.test(rest) &&
    /^(?:[^,]{1,30}, )*[^,]{1,30}\s(?:and|or)\s[^,]{1,30}$/u.test(rest);
  if (lastItem && list) return phrase;
  // "ediscovery, you're on Relativity": what follows is a clause of its own.
  if (/^(?:you|she|he|they|we|I|it)(?:\s|['’])/u.test(rest)) return head;
  // "POPIA, who can see policyholder ID numbers, …": a name, then topics run on after it.
  if (/^\p{Lu}/u.test(head) || /^(?:who|which)\b/u.test(rest)) return head;
  return head.split(/\s+/).length >= 2 ? head : phrase;
}

/** "I've spent three years on…", "I've done ten years of…": time served, said as `spanSentence` says it, not a deed. */
export function isSpanSentence(text: string): boolean {
  return /^I(?:['’]ve| have)? (?:spent|done|worked|did|had) (?:\S+ )?(?:years?|months?)\b/.test(
    text,
  );
}
