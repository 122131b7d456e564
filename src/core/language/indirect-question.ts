import { isBareVerb, pastTense, wordsOf, type Word } from "./nlp.js";
/**
 * A question the interviewer asked, reported from the candidate's side: "What would I do if the
 * bank rec doesn't tie out?" is "what I would do if the bank rec doesn't tie out", "Am I ok with
 * 6am starts?" is "whether I am ok with 6am starts", "whats the policy on X??" is "what the
 * policy on X is", "why did I leave?" is "why I left". Null for a question whose verb would have
 * to agree anew ("how does she…"), which is then quoted as typed.
 */
export function indirectQuestion(question: string): string | null {
  const text = question
    .trim()
    .replace(/^["“']|["”']$/g, "")
    .replace(/[?!.\s]+$/u, "")
    .replace(/\s+/g, " ");
  const lowered = asAskedOfMe(
    text.replace(/^\p{Lu}(?=\p{Ll}|\s)/u, (c) => (c === "I" ? c : c.toLowerCase())),
  );
  // "What I'd do about the DO pickup?", "how to sync the ADC with the PWM?": already reported.
  const reported = new RegExp(`^(?:${WH}|whether|if) (?:I|I['’]d|I['’]ll|to) `, "u").test(lowered);
  if (reported) return lowered.replace(/\bI['’]d\b/u, "I would");
  return whQuestion(lowered) ?? copulaQuestion(lowered) ?? yesNoQuestion(lowered);
}

/**
 * "How would you price for micro-merchants?", asked of the candidate: "you" there is the
 * candidate, "how would I price…", and "your" is theirs.
 */
function asAskedOfMe(text: string): string {
  const asked = new RegExp(`^((?:(?:${WH})(?: [\\p{L}-]+){0,3}? )?(?:${AUX})) you\\b`, "u").exec(
    text,
  );
  if (!asked) return text;
  return (
    `${asked[1]} I${text.slice(asked[0].length)}`
      .replace(/\byourself\b/g, "myself")
      .replace(/\byour\b/g, "my")
      // "…in our onboarding": theirs, said to them.
      .replace(/\bour\b/g, "your")
      .replace(/\bus\b/g, "you")
      .replace(/\bwe\b/g, "you")
  );
}

const AUX = "would|should|could|will|can|might|may|shall|do|did|is|are|was|were|have|has|had|am";
/** "you", asked of the candidate, is turned first (`asAskedOfMe`). */
const SUBJECT = "I|we|he|she|they|it|(?:the|my|our|their|this|that) [\\p{L}-]+";
const WH = "what|how|why|where|when|who|whom|which|whose";

const INVERTED = new RegExp(
  `^((?:${WH})(?: (?:many|much|long|often|far|soon|well))?(?: [\\p{L}-]+){0,3}?) (${AUX}) (${SUBJECT}) (.+)$`,
  "u",
);

function whQuestion(text: string): string | null {
  const match = INVERTED.exec(text);
  if (!match) return null;
  const [, wh, aux, subject, rest] = match as unknown as [string, string, string, string, string];
  // "how do I handle…" is "how I handle…"; after "does" the verb would have to agree anew.
  if (aux === "do") return /^(?:I|we|they)$/.test(subject) ? `${wh} ${subject} ${rest}` : null;
  // "why did I leave": "why I left".
  if (aux === "did") {
    const done = inThePast(rest);
    return done === null ? null : `${wh} ${subject} ${done}`;
  }
  return `${wh} ${subject} ${agreeing(aux, subject)} ${rest}`;
}

/** "whats the trust policy on nurse-initiated antibiotics": what the policy is. */
function copulaQuestion(text: string): string | null {
  const match = /^(what|who|where|how)(?:['’]?s| is) (.+)$/iu.exec(text);
  if (!match) return null;
  const [, wh, rest] = match as unknown as [string, string, string];
  return `${wh.toLowerCase()} ${rest} is`;
}

/**
 * "Am I ok with 6am starts?" is "whether I am ok with 6am starts"; "is the night shift rota
 * fixed?" is "whether the night shift rota is fixed"; "can the pump run dry?" is "whether the
 * pump can run dry". Null when where the subject ends is not plain.
 */
function yesNoQuestion(text: string): string | null {
  const mine = new RegExp(`^(${AUX}) (I|we) (.+)$`, "iu").exec(text);
  if (mine) {
    const [, aux, subject, rest] = mine as unknown as [string, string, string, string];
    const verb = aux.toLowerCase();
    if (verb === "do") return `whether ${subject} ${rest}`;
    // "did I know a validated measure": "whether I knew…".
    const done = verb === "did" ? inThePast(rest) : null;
    if (done !== null) return `whether ${subject} ${done}`;
    return `whether ${subject} ${agreeing(verb, subject)} ${rest}`;
  }
  return thingAsked(text);
}

/** "is the acceleration zero…", "can this wait…": a yes-or-no question about a thing. */
function thingAsked(text: string): string | null {
  const asked = /^(is|are|was|were|can|could|should|would|will) (.+)$/iu.exec(text);
  if (!asked) return null;
  const [, aux, rest] = asked as unknown as [string, string, string];
  const modal = !/^(?:is|are|was|were)$/iu.test(aux);
  const words = wordsOf(rest);
  const first = words[0];
  if (!first) return null;
  let end: number;
  if (
    /^(?:it|there|this|that)$/iu.test(first.normal) &&
    (words.length === 1 || !words[1]!.tags.has("Noun") || words[1]!.tags.has("Verb"))
  ) {
    end = 1;
  } else if (/^(?:the|a|an|my|your|our|their|this|that|these|those)$/iu.test(first.normal)) {
    end = 1;
    while (end < words.length && isPartOfSubject(words[end]!, modal)) end += 1;
    if (end === 1 || end >= words.length) return null;
  } else {
    return null;
  }
  const next = words[end]!;
  // After "is the X", what it is: a state, a place, a figure; after "can the X", a verb.
  const fits = modal
    ? next.tags.has("Verb") || next.tags.has("Infinitive")
    : ["Adjective", "Value", "Preposition", "PastTense", "Adverb"].some((tag) =>
        next.tags.has(tag),
      ) || next.tags.has("Determiner");
  // "is a level 3 enough?": a figure that labels the thing before it is part of the subject.
  const after = words[end + 1];
  const labels = next.tags.has("Value") && after !== undefined && !after.tags.has("Preposition");
  if (!fits || labels) return null;
  const subject = words
    .slice(0, end)
    .map((word) => word.text)
    .join(" ");
  const predicate = rest.slice(rest.indexOf(next.text, subject.length));
  return `whether ${subject} ${aux.toLowerCase()} ${predicate}`;
}

/** A word of a subject after its determiner: a thing's name, or what describes it. */
function isPartOfSubject(word: Word, modal: boolean): boolean {
  if (modal && (word.tags.has("Infinitive") || word.tags.has("Modal"))) return false;
  return (
    (word.tags.has("Noun") || (word.tags.has("Adjective") && !word.tags.has("Comparable"))) &&
    !word.tags.has("Pronoun") &&
    !word.tags.has("Preposition")
  );
}

/** "know a validated measure" → "knew a validated measure"; null when it opens on no verb. */
function inThePast(rest: string): string | null {
  const [bare = "", ...more] = rest.split(" ");
  return isBareVerb(bare) ? [pastTense(bare), ...more].join(" ") : null;
}

/** "are I" never stands: the verb agrees with the subject it now follows. */
function agreeing(aux: string, subject: string): string {
  if (subject === "I" && (aux === "are" || aux === "is")) return "am";
  if (subject === "I" && aux === "were") return "was";
  return aux;
}
