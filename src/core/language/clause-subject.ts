import { wordsOf } from "./nlp.js";

/**
 * A clause typed without the article its subject needs ("kids section needs someone to own
 * it"), given one: "the kids section needs someone to own it". Only a subject of two or three
 * words in lower case, ending in a singular noun and followed by a verb that agrees with it,
 * is taken to be a thing ("draw station opens at 6.30am" too, whose first word may be a verb);
 * "engineers share a backlog", "pay is weekly", "Kevin checks it" and
 * "every shift has a lead" are left as typed.
 */
export function withSubjectArticle(clause: string): string {
  const words = wordsOf(clause);
  // "draw station opens at 6.30am": a first word the tagger calls a verb may name the thing.
  const verbAt = words.findIndex((word, at) => at > 0 && word.tags.has("Verb"));
  if (verbAt < 2 || verbAt > 3) return clause;
  const subject = words.slice(0, verbAt);
  const head = subject[subject.length - 1]!;
  const verb = words[verbAt]!;
  const bare = subject.every(
    (word, at) =>
      /^\p{Ll}[\p{Ll}-]*$/u.test(word.text) &&
      word.post.trim() === "" &&
      (word.tags.has("Noun") ||
        word.tags.has("Adjective") ||
        (at === 0 && word.tags.has("Infinitive"))) &&
      !NOT_BARE.some((tag) => word.tags.has(tag)) &&
      !QUANTIFIERS.has(word.normal),
  );
  const agrees =
    verb.tags.has("PresentTense") && /^(?:is|has|does|\p{L}+[^s]s)$/u.test(verb.normal);
  if (!bare || !agrees || !head.tags.has("Singular") || head.tags.has("Uncountable")) {
    return clause;
  }
  return `the ${clause}`;
}

const NOT_BARE = [
  "Pronoun",
  "Determiner",
  "Possessive",
  "Value",
  "ProperNoun",
  "Date",
  "Gerund",
] as const;

const QUANTIFIERS = new Set(["all", "every", "each", "most", "some", "no", "both", "any", "many"]);
