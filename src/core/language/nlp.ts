import nlp from "compromise";

/**
 * The one place that knows the English tagger. compromise runs in the browser as in Node, ships
 * its lexicon in the package (no model file to fetch), is small, ESM and maintained, which is
 * why it reads the candidate's notes; anything else in Afterword asks this module, so the tagger
 * can be swapped without touching a message.
 */
export interface Word {
  /** The word as written, contractions whole ("They'll"). */
  text: string;
  /** Lower case, without punctuation. */
  normal: string;
  /** Punctuation after the word: "," for "backlog, which". */
  post: string;
  /** Part-of-speech tags: "Noun", "Pronoun", "Possessive", "Verb", "PresentTense", "Gerund", … */
  tags: ReadonlySet<string>;
}

const cache = new Map<string, Word[]>();

/** The words of a short text, tagged. A noun's possessive "'s" is never read as "is". */
export function wordsOf(text: string): Word[] {
  const known = cache.get(text);
  if (known) return known;
  const terms = nlp(possessivesApart(text)).json({ terms: { normal: true } }) as {
    terms: { text: string; normal: string; post: string; tags: string[]; implicit?: string }[];
  }[];
  const words: Word[] = [];
  for (const term of terms.flatMap((sentence) => sentence.terms)) {
    // An implicit term is the second half of a contraction ("'ll" of "They'll"): its tags join the first.
    if (term.text === "" && words.length > 0) {
      const last = words[words.length - 1]!;
      words[words.length - 1] = {
        ...last,
        post: last.post + term.post,
        tags: new Set([...last.tags, ...term.tags]),
      };
      continue;
    }
    const tags = ALWAYS_VERBS.has(term.normal) ? VERB_TAGS : new Set(term.tags);
    words.push({ text: term.text, normal: term.normal, post: term.post, tags });
  }
  if (cache.size > 2000) cache.clear();
  cache.set(text, words);
  return words;
}

/** "the firm does pro bono work": words the tagger may take for nouns that notes use only as verbs. */
const ALWAYS_VERBS = new Set(["does"]);
const VERB_TAGS: ReadonlySet<string> = new Set(["Verb", "PresentTense"]);

/** "offer": a verb in its base form, as a tagger reads it alone. */
export function isBareVerb(word: string): boolean {
  const tags = wordsOf(`to ${word}`)[1]?.tags;
  return tags?.has("Infinitive") === true && !tags.has("Noun");
}

/** "runs" → "run", "has" → "have"; a word that is not a verb comes back as it was. */
export function baseForm(verb: string): string {
  const base = nlp(verb).verbs().toInfinitive().text();
  return base === "" ? verb : base;
}

/** "know" → "knew", "use" → "used": the past of a bare verb. */
export function pastTense(verb: string): string {
  const doc = nlp(`I ${verb}`);
  // The types leave toPastTense out of the view `first()` returns; the method is there at run time.
  (doc.verbs().first() as unknown as { toPastTense(): unknown }).toPastTense();
  return doc.text().replace(/^I\s+/u, "") || verb;
}

/** "send" → "sending"; "ask about the budget" → "asking about the budget". */
export function asGerund(phrase: string): string {
  const doc = nlp(phrase);
  // The types leave toGerund out of the view `first()` returns; the method is there at run time.
  (doc.verbs().first() as unknown as { toGerund(): unknown }).toGerund();
  return (
    doc
      .text()
      .replace(/^(?:is|are|am)\s+/i, "")
      // "role play a caller": a verb made of a noun and a verb is one word, "role-playing".
      .replace(/^(\p{L}+)\s+(?:is|are|am)\s+(\p{L}+ing)\b/iu, "$1-$2")
      // "handled permits or worked with councils": each verb of the list, "working" too.
      .replace(
        /^(\p{L}+ing\b.*?\s(?:or|and)\s+)(\p{Ll}+ed)(?=\s)/u,
        (whole, before: string, verb: string) =>
          wordsOf(`I ${verb}`)[1]?.tags.has("PastTense") ? `${before}${gerundOf(verb)}` : whole,
      )
  );
}

/** "worked" → "working": one verb, whatever its tense. */
function gerundOf(verb: string): string {
  const doc = nlp(`they ${verb}`);
  (doc.verbs().first() as unknown as { toGerund(): unknown }).toGerund();
  return doc.text().replace(/^they\s+(?:are\s+)?/u, "");
}

/** "wipe plates faster" → "wiping plates faster": advice starts with its verb, whatever a tagger guesses. */
export function firstVerbAsGerund(action: string): string {
  const doc = nlp(action);
  doc.terms().first().tag("Verb");
  (doc.verbs().first() as unknown as { toGerund(): unknown }).toGerund();
  return doc.text().replace(/^(?:is|are|am)\s+/i, "");
}

/**
 * "the team's roadmap" is tagged as "the team is roadmap" by a tagger that must guess; a noun's
 * possessive, with its determiner, is read as "our" for tagging, which has the same shape.
 */
function possessivesApart(text: string): string {
  return text.replace(
    /(?:\b(?:the|a|an|her|his|their|our|my|your)\s+)?\b(\p{L}+)['’]s\b/giu,
    (whole, word: string) => (CONTRACTING.has(word.toLowerCase()) ? whole : "our"),
  );
}

const CONTRACTING = new Set([
  "he",
  "she",
  "it",
  "that",
  "what",
  "who",
  "there",
  "here",
  "where",
  "let",
  "how",
  "when",
  "why",
]);

/**
 * "the before and after screens of the onboarding flow" is plural, "the deck for the board" is
 * not: the number of a phrase's head noun, the last word before its first preposition.
 */
export function isPluralPhrase(phrase: string): boolean {
  const words = wordsOf(phrase);
  // "the notes on my tests", "some catalogue entries I wrote at taunton": the head comes before
  // a preposition or a clause about it.
  const at = words.findIndex(
    (word, i) =>
      i > 0 &&
      (word.tags.has("Preposition") ||
        /^(?:i|we|you|she|he|they|that|which|who)$/u.test(word.normal)) &&
      words[i - 1]!.tags.has("Noun") &&
      !words[i - 1]!.tags.has("Pronoun"),
  );
  const head = (at > 0 ? words.slice(0, at) : words).at(-1);
  return head !== undefined && head.tags.has("Plural") && !head.tags.has("Uncountable");
}

/**
 * True for a word the tagger's own lexicon holds as an ordinary word ("trial", "never",
 * "urgent"), not a name ("NASA" is an organisation). A word it does not hold ("HACCP") may be
 * an abbreviation.
 */
export function isCommonWord(word: string): boolean {
  const tag = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon[
    word.toLowerCase()
  ];
  return (
    tag !== undefined &&
    !/^(?:Organization|Place|Person|FirstName|LastName|MaleName|FemaleName|Acronym|Unit|City|Country)/u.test(
      tag,
    )
  );
}
