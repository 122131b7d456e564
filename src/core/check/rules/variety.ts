import { varietyOf, type EnglishVariety } from "../../english-variety.js";
import { analysisOf } from "../analysis.js";
import { foldWord, overlaps } from "../names.js";
import type { MessageText } from "../message-text.js";
import { defineRule } from "../rule.js";
import { tokensOf } from "../tokens.js";
import { americanForms } from "../variant-spellings.js";

/**
 * American forms that Commonwealth English also writes, with a meaning of their own: "check" the
 * verb beside "cheque", a computer "program" beside a graduate "programme", "practice" the noun
 * beside "practise" the verb. Seeing both in one note is no mix.
 */
const ALSO_COMMONWEALTH = new Set([
  "check",
  "checks",
  "program",
  "programs",
  "practice",
  "practiced",
  "practices",
  "license",
  "licenses",
  "tire",
  "tires",
  "curb",
  "draft",
  "story",
  "stories",
  "meter",
  "meters",
  "inquiry",
  "inquiries",
  "inquire",
  "learned",
  "spelled",
  "burned",
  "dreamed",
  "spoiled",
  "dialog",
  "mold",
  "ton",
  "tons",
]);

/** Englishes that write "-ize" and "-yze" as American English does, and "colour" as British does. */
const IZE_VARIETIES = new Set<EnglishVariety>(["en-US", "en-CA"]);

/**
 * One word spelled two ways in one note ("colour" and "color"). Every English is accepted; only a
 * mix is worth a look, and the candidate's own variety says which spelling to keep.
 */
export const mixedSpelling = defineRule({
  code: "spelling.variety",
  severity: "warning",
  summary:
    "One word spelled in two Englishes in the same note (“colour” and “color”); each alone is fine.",
  detect(message, context) {
    // Most notes spell each word one way: the words and names are looked for only in one that mixes.
    if (!mixes(message)) return [];
    const { named } = analysisOf(message, context);
    const words = message.words.filter(
      (word) => word.text.length >= 4 && !named.some((name) => overlaps(name, word)),
    );
    const byForm = new Map<string, typeof words>();
    const folded = words.map((word) => foldWord(word.text));
    for (const [i, word] of words.entries()) {
      const same = byForm.get(folded[i]!);
      if (same) same.push(word);
      else byForm.set(folded[i]!, [word]);
    }
    const variety = varietyOf(context.profile);
    return words.flatMap((word, i) => {
      const british = folded[i]!;
      return americanForms(british)
        .filter((american) => !ALSO_COMMONWEALTH.has(american) && byForm.has(american))
        .flatMap((american) => {
          const ize = /i[sz]|y[sz]/u.test(british) && british.replace(/s/gu, "z") === american;
          const keepAmerican = variety === "en-US" || (ize && IZE_VARIETIES.has(variety));
          const flagged = keepAmerican ? [word] : byForm.get(american)!;
          const keep = keepAmerican ? american : british;
          return flagged.map((other) => ({
            start: other.start,
            end: other.end,
            params: { found: other.text, keep: sameCase(keep, other.text), variety },
          }));
        });
    });
  },
});

/** Whether some word of the body, of four letters or more, has its American form there too. */
function mixes({ text, body }: MessageText): boolean {
  const tokens = tokensOf(text);
  const folded = new Set<string>();
  for (let i = 0; i < tokens.start.length && tokens.start[i]! < body.end; i++) {
    if (tokens.start[i]! >= body.start && tokens.text[i]!.length >= 4) {
      folded.add(foldWord(tokens.text[i]!));
    }
  }
  for (const form of folded) {
    for (const american of americanForms(form)) {
      if (!ALSO_COMMONWEALTH.has(american) && folded.has(american)) return true;
    }
  }
  return false;
}

function sameCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
