import type { Span } from "../finding.js";
import { perContext } from "../memo.js";
import { overlaps } from "../names.js";
import { namedSpans, vocabularyOf, type Vocabulary } from "../vocabulary.js";
import { compilePhrases, type Phrase } from "../phrase-pattern.js";
import { ACRONYMS, SHOUTED_WORDS } from "../phrases/capitals.js";
import { DESPERATE } from "../phrases/desperate.js";
import { GUILT } from "../phrases/guilt.js";
import { PUSHY } from "../phrases/pushy.js";
import { SARCASM } from "../phrases/sarcasm.js";
import { EMOTICONS, SLANG } from "../phrases/slang.js";
import { THREAT } from "../phrases/threat.js";
import { TEXT_SPEAK } from "../phrases/text-speak.js";
import type { Severity } from "../finding.js";
import { defineRule, defineSentenceRule, type Hit } from "../rule.js";
import type { SentenceText } from "../sentence-text.js";
import { capitalisedSlotsIn } from "./placeholder.js";

type PhraseCode =
  | "tone.pushy"
  | "tone.desperate"
  | "tone.guilt"
  | "tone.threat"
  | "tone.sarcasm"
  | "tone.slang"
  | "tone.text-speak";

const TONE_LISTS: { tag: PhraseCode; phrases: readonly Phrase[] }[] = [
  { tag: "tone.pushy", phrases: PUSHY },
  { tag: "tone.desperate", phrases: DESPERATE },
  { tag: "tone.guilt", phrases: GUILT },
  { tag: "tone.threat", phrases: THREAT },
  { tag: "tone.sarcasm", phrases: SARCASM },
  { tag: "tone.slang", phrases: SLANG },
  { tag: "tone.text-speak", phrases: TEXT_SPEAK },
];

/**
 * Every tone list in one scan. Two-letter shorthand ("u", "ty", "bc") counts only in lower case:
 * "Ty" and "BC" are names.
 */
const LONG_PHRASES = compilePhrases(
  TONE_LISTS.map(({ tag, phrases }) => ({ tag, phrases: phrases.filter(([p]) => p.length > 2) })),
);
const SHORT_PHRASES = compilePhrases(
  TONE_LISTS.map(({ tag, phrases }) => ({ tag, phrases: phrases.filter(([p]) => p.length <= 2) })),
  "gu",
);

type ToneHit = Hit<PhraseCode>;

/** The tone phrases of a sentence by rule, found once for all tone rules. */
const toneHits = perContext((sentence: SentenceText): Map<PhraseCode, ToneHit[]> => {
  const { text, tokens } = sentence;
  const byCode = new Map<PhraseCode, ToneHit[]>();
  for (const { start, end, entry } of [
    ...LONG_PHRASES.find(text, tokens),
    ...SHORT_PHRASES.find(text, tokens),
  ]) {
    const hit = {
      start,
      end,
      params: { found: text.slice(start, end), instead: entry.suggestion || null },
    };
    const same = byCode.get(entry.tag);
    if (same) same.push(hit);
    else byCode.set(entry.tag, [hit]);
  }
  return byCode;
});

/**
 * A tone rule from a phrase list: each phrase found outside the candidate's own names is a
 * finding. A phrase never runs past its sentence, so each sentence is read on its own.
 */
function phraseRule(
  code: PhraseCode,
  severity: Severity,
  summary: string,
  extra: (text: string) => Span[] = () => [],
) {
  return defineSentenceRule({
    code,
    severity,
    summary,
    detect(sentence, context) {
      const { text } = sentence;
      const found: ToneHit[] = [
        ...(toneHits(sentence).get(code) ?? []),
        ...extra(text).map((span) => ({
          ...span,
          params: { found: text.slice(span.start, span.end), instead: null },
        })),
      ];
      // Most notes have no such phrase: the names are only looked for when one is found.
      if (found.length === 0) return [];
      const named = namedSpans(text, vocabularyOf(context));
      return longestFirst(found.filter((hit) => !named.some((name) => overlaps(name, hit))));
    },
  });
}

function longestFirst<T extends Span>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const hit of sorted) if (!kept.some((other) => overlaps(other, hit))) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

/** An emoticon standing alone; the space before it is checked apart, which keeps the scan fast. */
const EMOTICON = new RegExp(
  `(?:${EMOTICONS.map((e) => e.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")})(?=$|\\s|[.,!?])`,
  "gu",
);
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu;

/** The characters every emoticon holds one of; a sentence without them is not scanned. */
const EMOTICON_MARK = /[:;X<^]|\p{Extended_Pictographic}/u;

function emoticons(text: string): Span[] {
  if (!EMOTICON_MARK.test(text)) return [];
  const alone = [...text.matchAll(EMOTICON)].filter(
    (match) => match.index === 0 || /\s/u.test(text[match.index - 1]!),
  );
  return [...alone, ...text.matchAll(EMOJI)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export const pushy = phraseRule(
  "tone.pushy",
  "warning",
  "Pushy or demanding lines: “as soon as possible”, “I need an answer”, deadlines set for the reader.",
);
export const desperate = phraseRule(
  "tone.desperate",
  "warning",
  "Desperate lines: pleading, “I really need this job”, offering to work for anything.",
);
export const guilt = phraseRule(
  "tone.guilt",
  "warning",
  "Guilt-tripping: what the process cost you, how long you have waited, what you are owed.",
);
export const threat = phraseRule(
  "tone.threat",
  "error",
  "Threats and ultimatums: reviews, lawyers, going over their head, “unless I hear back”.",
);
export const sarcasm = phraseRule(
  "tone.sarcasm",
  "error",
  "Sarcasm and passive aggression: “thanks for finally getting back to me”, “per my last e-mail”.",
);
export const slang = phraseRule(
  "tone.slang",
  "warning",
  "Slang, casual words, emoticons and emoji.",
  emoticons,
);
export const textSpeak = phraseRule(
  "tone.text-speak",
  "error",
  "Text-message shorthand: u, thx, pls, btw, lol.",
);

/** A single exclamation mark can be warm; the second one starts to gush. */
export const exclamations = defineRule({
  code: "tone.exclamation",
  severity: "warning",
  summary: "More than one exclamation mark in a message, or several in a row.",
  detect(message) {
    const runs = [...message.text.matchAll(/[!?]*![!?]*/gu)];
    const count = runs.reduce((sum, run) => sum + (run[0].match(/!/g)?.length ?? 0), 0);
    if (count <= 1) return [];
    return runs
      .filter((run, i) => i > 0 || run[0].length > 1)
      .map((run) => ({ start: run.index, end: run.index + run[0].length, params: { count } }));
  },
});

const SHOUTED = new Set(SHOUTED_WORDS);
const KNOWN_ACRONYMS = new Set(ACRONYMS);
/** Acronyms this long are rare; a capitalised word of this length is shouted. */
const LONG_CAPS = 7;

/** Runs of capitals never cross a stop or a line break: each sentence is read on its own. */
export const allCaps = defineSentenceRule({
  code: "tone.all-caps",
  severity: "warning",
  summary: "Words in capitals that are not acronyms: “I am VERY excited”, “THANK YOU”.",
  detect(sentence, context) {
    const { text, tokens } = sentence;
    if (!/\p{Lu}{2}/u.test(text)) return [];
    const vocabulary = vocabularyOf(context);
    const ownCaps = capitalisedWords(vocabulary);
    const words = tokens.text.map((word, i) => ({
      text: word,
      start: tokens.start[i]!,
      end: tokens.end[i]!,
    }));
    // Left to the placeholder rule, which reads the body.
    const slots = sentence.part === "body" ? capitalisedSlotsIn(text, words) : [];
    const candidates = words.filter(
      (word) =>
        isCaps(word.text) &&
        !ownCaps.has(word.text) &&
        !PLACEHOLDER_MARKER.test(word.text) &&
        !slots.some((slot) => overlaps(slot, word)),
    );
    if (candidates.length === 0) return [];
    const named = namedSpans(text, vocabulary);
    const caps = candidates.filter((word) => !named.some((name) => overlaps(name, word)));
    const runs: (typeof caps)[] = [];
    for (const word of caps) {
      const run = runs[runs.length - 1];
      const previous = run?.[run.length - 1];
      if (run && previous && /^[ \t]+$/.test(text.slice(previous.end, word.start))) {
        run.push(word);
      } else runs.push([word]);
    }
    return runs
      .filter((run) => {
        const unknown = run.filter((word) => !KNOWN_ACRONYMS.has(word.text));
        if (unknown.length === 0) return false;
        if (run.some((word) => SHOUTED.has(word.text.toLowerCase()))) return true;
        // "THANK YOU", "SO EXCITED"; two short ones side by side are product names ("SAP EWM").
        if (run.length >= 3 || (run.length === 2 && unknown.some((word) => word.text.length >= 5)))
          return true;
        return unknown.some((word) => word.text.length >= LONG_CAPS);
      })
      .map((run) => {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        return { start, end, params: { found: text.slice(start, end) } };
      });
  },
});

/** Words the candidate writes in capitals themselves ("AWS", "ASAP Logistics"). */
const capitalisedWords = perContext(
  (vocabulary: Vocabulary) =>
    new Set(vocabulary.terms.flatMap((term) => term.split(/[^\p{L}\p{N}]+/u)).filter(isCaps)),
);

/** Left to the placeholder rule, as are capitalised slots ("INSERT DATE"). */
const PLACEHOLDER_MARKER = /^(?:X+|TODO|FIXME|TKTK|TBD)$/u;

function isCaps(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}
