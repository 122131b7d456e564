import { wordsOf } from "../../language/nlp.js";
import { startsWithGerund } from "./noun-phrase.js";

/**
 * A thing the candidate typed as a bare noun phrase ("caching programme sample", "references"),
 * given "the" so it reads inside a sentence ("I have attached the caching programme sample").
 * A phrase that already has its own determiner ("my portfolio", "two references", "Dana's
 * deck"), starts with a number, names an activity ("walking you through the prototype") or is a
 * single capitalised name ("GitHub") is left as it is. "the" suits singular and plural alike, so
 * no verb has to agree with it.
 */
export function withDeterminer(phrase: string, article: "the" | "my" = "the"): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return phrase;
  // "Opera Cloud", "Kafka Connect": a name needs no article.
  if (words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word))) return phrase;
  const bare = first.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, "");
  // "own smokehouse out the back": theirs, said to them; never "the own smokehouse".
  if (bare === "own") return `${article === "my" ? "my" : "your"} ${phrase}`;
  // "about 40 containers a month": a count, however roughly given.
  if (
    /^(?:about|around|roughly|approximately|over|under|nearly|almost|some|up to|more than|less than|fewer than)\s+[£$€]?\d/iu.test(
      phrase,
    )
  ) {
    return phrase;
  }
  // "copies of my CPD certs", "photos of the job": some of a thing, which "the" would make all.
  if (/^(?:copies|photos|pictures|scans|samples|examples)\s+of\s/iu.test(phrase)) return phrase;
  // "4-bed centre", "6-storey block": a number made into a modifier is no count.
  const count = /^\p{N}/u.test(bare) && !/^\p{N}[\p{N}.,]*-\p{L}/u.test(bare);
  if (DETERMINERS.has(bare) || count || /['’]s?$/u.test(bare)) return phrase;
  if (startsWithGerund(phrase) && ACTIVITY_OBJECTS.has(words[1]?.toLowerCase() ?? "")) {
    return phrase;
  }
  if (words.length === 1 && /^\p{Lu}/u.test(first)) return phrase;
  // "bilingual in Spanish", "fluent in Welsh": a description, not a thing.
  if (/^\p{L}+\s+(?:in|at|with|to)\b/u.test(phrase) && !/^\p{Lu}/u.test(first)) {
    const [tagged] = wordsOf(first);
    if (tagged?.tags.has("Adjective")) return phrase;
  }
  // "antibiotic stewardship", "compliance", "analytics": a field or practice takes no "the".
  if (article === "the" && MASS_HEAD.test(phrase.trim())) return phrase;
  return `${article} ${phrase}`;
}

/** A phrase whose last word names a field or a practice, which is talked about without "the". */
const MASS_HEAD =
  /^[\p{L}\s-]*?(?:\b(?:steward|leader|owner|citizen|mentor)ship|\p{Ll}+(?:ism|ness|ology|ance)|\b(?:analyt|logist|econom|statist|eth|ergonom|forens)ics)$/u;

/** Words after an "-ing" word that make it an activity ("walking you through") rather than a kind ("caching programme"). */
const ACTIVITY_OBJECTS = new Set([
  "a",
  "an",
  "the",
  "you",
  "your",
  "my",
  "our",
  "it",
  "them",
  "this",
  "that",
  "how",
  "what",
  "why",
  "through",
  "over",
  "up",
  "out",
  "on",
  "about",
  "to",
]);

/** Words that already fix which thing is meant, or how many. */
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "my",
  "our",
  "your",
  "his",
  "her",
  "their",
  "its",
  "this",
  "that",
  "these",
  "those",
  "some",
  "any",
  "each",
  "every",
  "all",
  "both",
  "several",
  "many",
  "much",
  "more",
  "most",
  "few",
  "another",
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "what",
  "whatever",
  "loads",
  "lots",
  "plenty",
  // "nothing wasted": a word that stands for things needs no article either.
  "nothing",
  "everything",
  "something",
  "anything",
  "everyone",
  "everybody",
  "nobody",
  "none",
]);
