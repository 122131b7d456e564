import { baseForm, isBareVerb, wordsOf } from "./nlp.js";
import { isDictionaryName } from "./own-spellings.js";

/** Who, in a piece of the notes, is the person the message goes to. */
export interface ReaderReference {
  /** How the notes may name them: "Dana Whitfield", "Dana", "Dr. Okafor". */
  names: readonly string[];
  /** "she", "her", "he", "his", "him" mean the reader (a point from their own conversation). */
  singular: boolean;
  /** "they", "their", "them" mean the reader (their words about next steps). */
  plural: boolean;
  /**
   * "how they stock the vans", in the reader's own points: "they" is the reader's organisation,
   * unless people were named before it ("the staff knew her and she knew theirs").
   */
  group?: boolean;
}

const SINGULAR: Record<string, string> = {
  she: "you",
  he: "you",
  him: "you",
  hers: "yours",
  herself: "yourself",
  himself: "yourself",
  "she's": "you're",
  "he's": "you're",
  "she'll": "you'll",
  "he'll": "you'll",
  "she'd": "you'd",
  "he'd": "you'd",
};
const PLURAL: Record<string, string> = {
  they: "you",
  them: "you",
  their: "your",
  theirs: "yours",
  themselves: "yourselves",
  "they're": "you're",
  "they'll": "you'll",
  "they'd": "you'd",
  "they've": "you've",
};
const SUBJECTS = new Set(["she", "he", "they"]);
const SINGULAR_WORDS = new Set([...Object.keys(SINGULAR), "her", "his"]);

/** The text with the reader's names blanked out, so they are not taken for someone else. */
function blanked(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const span of spans) {
    out = out.slice(0, span.start) + " ".repeat(span.end - span.start) + out.slice(span.end);
  }
  return out;
}
/** Third-person verbs whose "you" form is not the bare stem. */
const AGREEMENT: Record<string, string> = {
  is: "are",
  was: "were",
  has: "have",
  does: "do",
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};
const ADVERBS = new Set(
  "also still really just always never often usually already clearly mainly mostly sometimes actually currently personally now then".split(
    " ",
  ),
);

const TOKEN = /\p{L}[\p{L}'’.-]*\p{L}|\p{L}/gu;

/**
 * The piece as said to its reader: "how she runs the weekly review" becomes "how you run the
 * weekly review", "her team's pricing model" "your team's pricing model", "Dana's roadmap"
 * "your roadmap", "They'll decide by Friday" (their words) "You'll decide by Friday". Everyone
 * else stays in the third person.
 */
export function speakTo(text: string, reader: ReaderReference): string {
  const named = nameSpans(text, reader.names);
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ at: m.index, word: m[0] }));
  let out = "";
  let cursor = 0;
  let agreeFrom = -1;
  // Whether "she" and "her" mean the reader is decided once, at the first of them.
  const firstPronoun = tokens.find((t) => SINGULAR_WORDS.has(fold(t.word)));
  const othersFirst =
    firstPronoun !== undefined &&
    !askedOfMe(text, named, firstPronoun.at) &&
    (otherPersonBefore(blanked(text, named), firstPronoun.at) ||
      objectAfterName(text, named, firstPronoun) ||
      // "you lost your biggest grant so she wants…": the reader is "you" already.
      /\byour?\b/iu.test(text.slice(0, firstPronoun.at)));
  const firstPlural = tokens.find((t) => fold(t.word) in PLURAL);
  const group =
    reader.group === true &&
    firstPlural !== undefined &&
    !othersBefore(blanked(text, named), firstPlural.at, fold(firstPlural.word) === "them");
  // "something a customer wanted that I couldn't give them": people before "them" are whom it means.
  const pluralOthers =
    reader.plural &&
    firstPlural !== undefined &&
    othersBefore(blanked(text, named), firstPlural.at);
  const says = group
    ? { ...reader, plural: true }
    : pluralOthers
      ? { ...reader, plural: false }
      : reader;
  // "they debrief every fire and the probies give their view": people named after the first
  // "they" are whom a later "their" means.
  // "they inspect every room before releasing them": any plural thing before "them" may be it.
  const saysAt = (at: number, word: string) =>
    group &&
    firstPlural &&
    at > firstPlural.at &&
    othersBetween(text, named, firstPlural, at, fold(word) === "them")
      ? reader
      : says;
  for (let i = 0; i < tokens.length; i++) {
    const { at, word } = tokens[i]!;
    if (at < cursor) continue;
    const name = named.find((span) => span.start === at);
    let replacement: string | null = null;
    let end = at + word.length;
    let subject = false;
    if (name) {
      end = name.end;
      const possessive = /^['’]s?\b/u.exec(text.slice(end));
      if (possessive) {
        end += possessive[0].length;
        replacement = "your";
      } else {
        const next = nextWord(tokens, i, end);
        subject = next !== null && isThirdPersonVerb(next);
        replacement = "you";
      }
    } else if (
      // "Peter … still trains every new person himself": the reader named does it himself.
      !(othersFirst && SINGULAR_WORDS.has(fold(word)) && !/self$/u.test(fold(word)))
    ) {
      replacement = pronoun(
        word,
        tokens[i + 1]?.word ?? null,
        text.slice(end),
        saysAt(at, word),
        tokens[i - 1]?.word ?? null,
      );
      subject = replacement !== null && SUBJECTS.has(fold(word));
      // "she's hired three people" has; "they're rated Exceeding" is.
      if (replacement === "you're" && /['’]s$/i.test(word) && isParticiple(tokens[i + 1]?.word)) {
        replacement = "you've";
      }
    }
    if (replacement === null) continue;
    const opens = at === 0 || /[.?!:]["'”’)]*\s+$/u.test(text.slice(0, at));
    out +=
      text.slice(cursor, at) +
      (name ? (opens ? capital(replacement) : replacement) : matchCase(replacement, word));
    cursor = end;
    if (subject) agreeFrom = tokens.findIndex((t) => t.at >= end);
    if (agreeFrom >= 0) {
      const agreed = agreeVerbs(text, tokens, agreeFrom, cursor);
      out += agreed.text;
      cursor = agreed.end;
      agreeFrom = -1;
    }
  }
  return withYouTogether(out + text.slice(cursor));
}

/**
 * "You and Nadia clearly work closely, and they finished each other's sentences": once the reader
 * is one of the two named together, "they" after them is "you".
 */
function withYouTogether(text: string): string {
  const pair = /\b[Yy]ou and \p{Lu}\p{Ll}+\b/u.exec(text);
  if (!pair) return text;
  const at = pair.index + pair[0].length;
  const rest = text
    .slice(at)
    .replace(/\bthey\b/g, "you")
    .replace(/\btheir\b/g, "your")
    .replace(/\bthem\b/g, "you");
  return text.slice(0, at) + rest;
}

/**
 * "Thabo … asked me to check in with him in December": in what the reader asked the candidate to
 * do, "him" is the reader.
 */
function askedOfMe(text: string, named: readonly Span[], at: number): boolean {
  return (
    named.some((span) => span.end <= at) &&
    /\b(?:asked|told|wanted|invited|said)\s+(?:me\s+)?to\s+(?:[^.;,]*?\s)?$/u.test(
      text.slice(0, at),
    )
  );
}

/**
 * "Ravi asked what I'd do if the board stopped working for him": once the reader is named, "him"
 * (or "her" closing a phrase) is someone else, as the reader would be "himself".
 */
function objectAfterName(
  text: string,
  named: readonly Span[],
  pronoun: { at: number; word: string },
): boolean {
  if (!named.some((span) => span.end <= pronoun.at)) return false;
  const word = fold(pronoun.word);
  const after = text.slice(pronoun.at + pronoun.word.length);
  return (
    word === "him" ||
    (word === "her" && /^\s*(?:$|[,.;:!?)]|(?:to|for|with|at|about|in|on)\b)/u.test(after))
  );
}

/**
 * "when a bride and her mother disagree": a person named before the pronoun is whom it means,
 * so it stays in the third person.
 */
function otherPersonBefore(text: string, at: number): boolean {
  const before = text.slice(0, at).trim();
  if (before === "") return false;
  const words = wordsOf(before);
  return words.some(
    (w, i) =>
      (w.tags.has("Actor") || w.tags.has("Person") || PEOPLE.has(w.normal)) &&
      !w.tags.has("Pronoun") &&
      !w.tags.has("Plural") &&
      !NO_ONE_IN_PARTICULAR.test(w.normal) &&
      !wordNotName(w) &&
      !modifiesNext(words, i),
  );
}

/**
 * "demo lesson": a word in lower case the tagger knows as a surname ("Lesson") that the
 * dictionary does not hold as a name is the word.
 */
function wordNotName(word: { text: string; normal: string; tags: ReadonlySet<string> }): boolean {
  return (
    /^\p{Ll}/u.test(word.text) &&
    !word.tags.has("Actor") &&
    !PEOPLE.has(word.normal) &&
    !isDictionaryName(word.normal)
  );
}

/** "nobody has gone overboard and she intends…": no one a later "she" could mean. */
const NO_ONE_IN_PARTICULAR =
  /^(?:no ?body|no one|every(?:one|body)|any(?:one|body)|some(?:one|body))$/;

function othersBetween(
  text: string,
  named: readonly Span[],
  first: { at: number; word: string },
  at: number,
  object = false,
): boolean {
  const from = first.at + first.word.length;
  const words = wordsOf(blanked(text, named).slice(from, at));
  // People, or a plural that does something ("the probies get asked"), not "exam fees".
  return words.some(
    (w, i) =>
      !w.tags.has("Pronoun") &&
      ((object && w.tags.has("Plural")) ||
        // "winter loss numbers": a plural after a noun, whatever the tagger made of it.
        (object && /[^s]s$/u.test(w.normal) && words[i - 1]?.tags.has("Noun") === true) ||
        w.tags.has("Actor") ||
        w.tags.has("Person") ||
        PEOPLE.has(w.normal.replace(/s$/, "")) ||
        QUANTIFIED.has(w.normal) ||
        // "3 crews who do their own scheduling": whoever "who" follows.
        words[i + 1]?.normal === "who" ||
        (w.tags.has("Plural") && words[i + 1]?.tags.has("Verb") === true)),
  );
}

/**
 * "the staff all knew her and she knew theirs", "coaching trainees through their exams": people
 * or things before a "they", whom it may mean, so it is left as written.
 */
function othersBefore(text: string, at: number, object = false): boolean {
  const words = wordsOf(text.slice(0, at));
  return words.some(
    (w, i) =>
      // "every provider has their own": a quantified noun is people, whatever its tag.
      QUANTIFIED.has(w.normal) ||
      (!w.tags.has("Pronoun") &&
        // "300 hours a year and they pay exam fees": a measure is not people.
        // "inspect 100% of rooms before releasing them": "them" may mean any plural thing.
        // "trained 5 wallers who went on…": a plural that "who" follows is people, counted or not.
        ((w.tags.has("Plural") &&
          (object || !words[i - 1]?.tags.has("Value") || words[i + 1]?.normal === "who")) ||
          w.tags.has("Actor") ||
          w.tags.has("Person") ||
          PEOPLE.has(w.normal.replace(/s$/, "")) ||
          GROUPS.has(w.normal))),
  );
}

/**
 * "the client list", "one of my student accords": a person's word before a noun names a kind of
 * thing, not someone a later "her" could mean.
 */
function modifiesNext(words: ReturnType<typeof wordsOf>, i: number): boolean {
  const next = words[i + 1];
  if (!next || next.tags.has("Pronoun") || next.tags.has("Preposition")) return false;
  if (next.tags.has("Person") || PEOPLE.has(next.normal.replace(/s$/, ""))) return false;
  if (next.tags.has("Noun") && !next.tags.has("Possessive")) return true;
  // "one of my student accords": after "of" and a determiner, an -s word is the noun.
  return words[i - 2]?.normal === "of" && /s$/.test(next.normal) && next.tags.has("PresentTense");
}

const QUANTIFIED = new Set([
  "every",
  "each",
  "any",
  "everyone",
  "anyone",
  "nobody",
  "somebody",
  "someone",
  "no one",
]);

const GROUPS = new Set([
  "staff",
  "team",
  "everyone",
  "people",
  "children",
  "kids",
  "folks",
  "crew",
  "panel",
]);

const PEOPLE = new Set(
  "client customer patient child student pupil candidate colleague manager boss guest resident tenant member parent user applicant starter trainee apprentice graduate intern recruit joiner hire worker driver nurse teacher volunteer employee technician engineer".split(
    " ",
  ),
);

function pronoun(
  word: string,
  next: string | null,
  after: string,
  reader: ReaderReference,
  before: string | null = null,
): string | null {
  const key = fold(word);
  if (reader.singular) {
    // "let her know", "heard her say", "watched her run the pass": to whom, then what they do.
    if (key === "her" && before && LETS_DO.test(before) && bareVerb(next, after)) return "you";
    if (key === "her") return determinerUse(next, after) ? "your" : "you";
    if (key === "his") return determinerUse(next, after) ? "your" : "yours";
    if (key in SINGULAR) return SINGULAR[key]!;
  }
  if (reader.plural && key in PLURAL) return PLURAL[key]!;
  return null;
}

/** Verbs after which someone is told doing something bare: "let her know", "saw her run". */
const LETS_DO =
  /^(?:let|lets|letting|make|makes|made|have|has|had|help|helps|helped|heard|hear|hears|saw|see|sees|watched|watch|watches|bid)$/iu;

/** Things of hers that are verbs too: "saw her face", "had her own practice". */
const HERS = new Set(
  "own face name voice point points side book plan plans guard way work team eyes hand hands place view time role job office desk notes phone number email car record".split(
    " ",
  ),
);

function bareVerb(word: string | null, after: string): boolean {
  const tags = word ? wordsOf(`to ${word}`)[1]?.tags : undefined;
  if (tags?.has("Infinitive") !== true) return false;
  // "saw her face", "had her own practice": a word that names a thing is hers, unless what it
  // acts on follows ("watched her run the pass", "help her set up…").
  const thing = HERS.has(word!.toLowerCase());
  return (
    !thing ||
    /^\s+\S+\s+(?:the|a|an|it|them|me|us|up|down|in|out|off|through|over|my|your|his|their|our|this|that)\b/iu.test(
      after,
    )
  );
}

/** "her team" (whose team) rather than "showed her the deck" or "thanked her" (to whom). */
function determinerUse(next: string | null, after: string): boolean {
  if (next === null || !/^\s+\p{L}/u.test(after)) return false;
  // "make her something off menu": to whom, before what is made.
  // "email her when I apply", "tell her if it changes": to whom, before a clause.
  if (
    /^(?:something|anything|nothing|everything|someone|anyone|one|a|an|some|when|if|once|whether|what|how|why|where|that|because|while|until|as|i|i['’](?:m|d|ve|ll)|im|ive)$/i.test(
      next,
    )
  ) {
    return false;
  }
  // "told her id want to…": "I'd" typed without its apostrophe, not her ID.
  const following = /^\s+\S+\s+(\p{L}+)/u.exec(after)?.[1];
  if (/^id$/i.test(next) && following !== undefined && isBareVerb(following)) return false;
  // "shadow her next week", "met her last year", "call her tomorrow": to whom, before when;
  // "her next hire" is still whose.
  if (
    /^(?:tomorrow|today|yesterday|tonight|again|too|asap|back|straight|now|later|directly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|tmrw|tmr)$/i.test(
      next,
    ) ||
    (/^(?:next|last|this)$/i.test(next) &&
      /^\s+\p{L}+\s+(?:week|month|year|time|term|weekend|season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu.test(
        after,
      ))
  ) {
    return false;
  }
  // "with her watching": who watched, not whose watching.
  if (
    /^(?:watching|looking|listening|sitting|standing|there|present|around)$/i.test(next) &&
    /^\s+\p{L}+\s*(?:$|[,.;:!?)]|(?:me|us|over|on|in|from|at|while|as)\b)/u.test(after)
  ) {
    return false;
  }
  const tags = wordsOf(next.replace(/['’]s$/u, ""))[0]?.tags;
  if (!tags) return false;
  // "let her know", "heard her say", "watched her run the pass": to whom, before what they do.

  return !["Determiner", "Pronoun", "Preposition", "Possessive", "Conjunction", "Adverb"].some(
    (tag) => tags.has(tag),
  );
}

/** From the token at `from`, adverbs kept, the verbs after a new "you" made to agree with it. */
function agreeVerbs(
  text: string,
  tokens: readonly { at: number; word: string }[],
  from: number,
  start: number,
): { text: string; end: number } {
  let i = from;
  while (tokens[i] && ADVERBS.has(fold(tokens[i]!.word))) i++;
  let out = "";
  let cursor = start;
  for (;;) {
    const token = tokens[i];
    if (!token) break;
    const agreed = agree(token.word);
    if (agreed === null) break;
    out += text.slice(cursor, token.at) + agreed;
    cursor = token.at + token.word.length;
    // "she plans and runs the review": the second verb agrees too.
    const and = tokens[i + 1];
    if (!and || !/^(?:and|or)$/i.test(and.word) || !tokens[i + 2]) break;
    if (agree(tokens[i + 2]!.word) === null) break;
    i += 2;
  }
  // "you run the program in the summer and needs help": a verb after "and" later in the sentence
  // has the same subject, and agrees too.
  for (let j = i + 1; cursor > start && j + 1 < tokens.length; j++) {
    const and = tokens[j]!;
    // "…and still works the desk": an adverb may come between.
    const adverb = ADVERBS.has(fold(tokens[j + 1]!.word)) ? 1 : 0;
    const verb = tokens[j + 1 + adverb];
    if (!verb) break;
    if (/[.;!?]/.test(text.slice(cursor, and.at))) break;
    if (!/^and$/i.test(and.word) || !/s$/i.test(verb.word)) continue;
    const agreed = agree(verb.word);
    if (agreed === null) continue;
    out += text.slice(cursor, verb.at) + agreed;
    cursor = verb.at + verb.word.length;
    break;
  }
  return { text: out, end: cursor };
}

function agree(word: string): string | null {
  const key = fold(word);
  if (key in AGREEMENT) return matchCase(AGREEMENT[key]!, word);
  if (!/s$/i.test(word) || !isThirdPersonVerb(word)) return null;
  return baseForm(word);
}

function isThirdPersonVerb(word: string): boolean {
  const key = fold(word);
  if (key in AGREEMENT || ["said", "mentioned", "told", "will", "would", "can"].includes(key)) {
    return true;
  }
  const tags = wordsOf(`she ${word}`)[1]?.tags;
  return Boolean(tags?.has("Verb") && (tags.has("PresentTense") || tags.has("PastTense")));
}

function isParticiple(word: string | undefined): boolean {
  if (!word) return false;
  const tags = wordsOf(`she has ${word}`)[2]?.tags;
  return Boolean(tags?.has("PastTense") || tags?.has("Participle"));
}

/** The word after a name, past an adverb: "Melissa still flies…" is followed by "flies". */
function nextWord(
  tokens: readonly { at: number; word: string }[],
  i: number,
  end: number,
): string | null {
  const after = tokens.slice(i + 1).filter((t) => t.at >= end);
  return after.find((t) => !ADVERBS.has(fold(t.word)))?.word ?? null;
}

interface Span {
  start: number;
  end: number;
}

/** Where the reader's names stand in the text, longest name first, whole words only. */
function nameSpans(text: string, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  const sorted = [...new Set(names.filter((n) => n.trim() !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  for (const name of sorted) {
    const pattern = new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, "gu");
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!spans.some((s) => span.start < s.end && span.end > s.start)) spans.push(span);
    }
  }
  return spans;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

function fold(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

/**
 * Words the interviewer said, quoted in the notes, as the candidate reports them: "we" and "us"
 * are their firm ("you" in a reply to them, "they" when reported), "your" is the candidate's.
 */
export function quotedFromTheirSide(words: string, firm: "you" | "they"): string {
  return words
    .replace(/\byour\b/gi, "my")
    .replace(/\bwe\b/gi, firm)
    .replace(/\bour\b/gi, firm === "you" ? "your" : "their")
    .replace(/\bus\b/gi, firm === "you" ? "you" : "them");
}

/**
 * "you said 'I want children in the library at lunch": the reader's words, quoted, said as
 * reported speech to them ("you said you want children in the library at lunch"), so no mark is
 * left open and their "I" is not read as the candidate's.
 */
export function reportedToReader(text: string): string {
  const quoted = /^(you\s+(?:said|told me|mentioned))[,:]?\s*['‘"“](.+?)['’"”]?$/u.exec(text);
  if (!quoted) return text;
  return `${quoted[1]} ${heardByMe(quoted[2]!)}`;
}

/**
 * 'he said "you'll spend a lot of time walking round blindfolded"': words the reader said to the
 * candidate, as the candidate tells them back ("I'll spend a lot of time walking round
 * blindfolded"); the reader's own "I" and "my", and their firm's "we", become "you" and "your".
 */
export function heardByMe(words: string): string {
  return words.replace(
    /\b(?:you(?:['’](?:ll|re|ve|d))?|your|yours|yourself|I(?:['’](?:m|ll|ve|d))?|my|me|mine|we|our|ours|us)\b/giu,
    (word, offset: number) => {
      // "US customers": the country, not the firm.
      if (word === "US") return word;
      const mapped = HEARD_BY_ME[fold(word)];
      // "I" has its capital wherever it stands, so the "you" it becomes takes none: the words
      // are set inside a sentence of the letter.
      if (mapped && /^i/u.test(fold(word))) return mapped;
      if (mapped) return matchCase(mapped, word);
      if (fold(word) === "i") return "you";
      // "you" before a verb is who does it ("you cant unsee"); after one, who it is done to.
      const next = /^\s+([\p{L}'’]+)/u.exec(words.slice(offset + word.length))?.[1] ?? "";
      return matchCase(doesNext(next) ? "I" : "me", word);
    },
  );
}

/** A word that can follow its doer: "you can't", "you need", "you spend". */
function doesNext(word: string): boolean {
  const tags = wordsOf(`you ${word}`)[1]?.tags;
  return tags !== undefined && (tags.has("Verb") || tags.has("Modal") || tags.has("Auxiliary"));
}

const HEARD_BY_ME: Record<string, string> = {
  "you'll": "I'll",
  "you're": "I'm",
  "you've": "I've",
  "you'd": "I'd",
  "i'm": "you're",
  "i'll": "you'll",
  "i've": "you've",
  "i'd": "you'd",
  your: "my",
  yours: "mine",
  yourself: "myself",
  my: "your",
  me: "you",
  mine: "yours",
  // Their firm: "we need a modeller who doesn't mind getting cold".
  we: "you",
  our: "your",
  ours: "yours",
  us: "you",
};
