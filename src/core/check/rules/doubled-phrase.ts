import {
  CLAUSE_BLOCKING_PREPOSITIONS,
  DETERMINERS,
  DOUBLING_IDIOMS,
  FUNCTION_WORDS,
} from "../phrases/clause-words.js";
import { quotesRecord } from "../engine-findings.js";
import { defineSentenceRule, type Hit } from "../rule.js";
import type { Tokens } from "../tokens.js";

const PREPOSITION = new Set(CLAUSE_BLOCKING_PREPOSITIONS);
const DETERMINER = new Set(DETERMINERS);
const IDIOM = new Set(DOUBLING_IDIOMS);
const FUNCTION_WORD = new Set(FUNCTION_WORDS);
const LONGEST_PHRASE = 6;

type DoubledHit = Hit<"wording.doubled-phrase">;

/**
 * A phrase written twice where a slot met the words around it: "a link to the link to my
 * portfolio", "to my portfolio to my portfolio". A single word typed twice ("the the") is the
 * engines' `grammar.repeated-word`; idioms ("day to day", "side by side", "from team to team")
 * and a doubling inside words copied from the record (the candidate's own slip, like any grammar
 * inside them) are left alone.
 */
export const doubledPhrase = defineSentenceRule({
  code: "wording.doubled-phrase",
  severity: "error",
  summary:
    "A word or phrase doubled where two pieces meet: “a link to the link to my portfolio”, “to my portfolio to my portfolio”.",
  detect(sentence, context) {
    if (sentence.part !== "body") return [];
    // A doubling runs across spaces alone, never across a stop or a line break: within a sentence.
    const { text, tokens } = sentence;
    const last = tokens.start.length - 1;
    const hits: DoubledHit[] = [];
    for (let i = 0; i <= last; i++) {
      const hit = repeatedRun(text, tokens, i, last) ?? acrossPreposition(text, tokens, i, last);
      if (hit) {
        if (!quotesRecord(text, hit, context)) hits.push(hit);
        i = tokenAt(tokens, hit.end, i);
      }
    }
    return hits;
  },
});

/** "to my portfolio to my portfolio": two or more words, then the same words again. */
function repeatedRun(text: string, tokens: Tokens, i: number, last: number): DoubledHit | null {
  for (let length = LONGEST_PHRASE; length >= 2; length--) {
    if (i + 2 * length - 1 > last || tokens.lower[i] !== tokens.lower[i + length]) continue;
    if (!joinedRun(text, tokens, i, 2 * length - 1)) continue;
    let same = true;
    for (let k = 0; k < length && same; k++) {
      same = tokens.lower[i + k] === tokens.lower[i + length + k];
    }
    if (!same) continue;
    let content = false;
    for (let k = 0; k < length; k++) content ||= !FUNCTION_WORD.has(tokens.lower[i + k]!);
    if (!content) continue;
    return doubled(text, tokens, i, i + 2 * length - 1, i + length);
  }
  return null;
}

/**
 * "link to the link", or "a link to link": a word, a preposition (and a determiner), and the same
 * word again.
 */
function acrossPreposition(
  text: string,
  tokens: Tokens,
  i: number,
  last: number,
): DoubledHit | null {
  const word = tokens.lower[i]!;
  if (i + 2 > last || !PREPOSITION.has(tokens.lower[i + 1]!)) return null;
  if (word.length < 3 || FUNCTION_WORD.has(word) || IDIOM.has(word)) return null;
  if (i > 0 && tokens.lower[i - 1] === "from") return null;
  const withDeterminer = DETERMINER.has(tokens.lower[i + 2]!) && i + 3 <= last;
  const again = withDeterminer ? i + 3 : i + 2;
  if (!sameWord(tokens.lower[again]!, word)) return null;
  if (!joinedRun(text, tokens, i, again - i)) return null;
  if (!withDeterminer && !(i > 0 && DETERMINER.has(tokens.lower[i - 1]!))) return null;
  return doubled(text, tokens, i, again, again);
}

function sameWord(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s`;
}

function doubled(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  secondStart: number,
): DoubledHit {
  const start = tokens.start[from]!;
  const end = tokens.end[to]!;
  // What the words say once: the second copy alone ("link to the link" → "link").
  const once = text.slice(tokens.start[secondStart]!, end);
  return { start, end, params: { found: text.slice(start, end), instead: once } };
}

/** `count` joins from word `i` on, each only spaces (no punctuation, no line break). */
function joinedRun(text: string, tokens: Tokens, i: number, count: number): boolean {
  for (let k = i; k < i + count; k++) {
    const to = tokens.start[k + 1];
    if (to === undefined) return false;
    for (let at = tokens.end[k]!; at < to; at++) if (text.charCodeAt(at) !== 0x20) return false;
  }
  return true;
}

function tokenAt(tokens: Tokens, offset: number, from: number): number {
  let i = from;
  while (i + 1 < tokens.start.length && tokens.end[i]! < offset) i++;
  return i;
}
