import type { CheckContext } from "../check-context.js";
import type { Span } from "../finding.js";
import type { MessageText, Word } from "../message-text.js";
import { foldWord, overlaps, wordList } from "../names.js";
import { analysisOf } from "../analysis.js";
import { perCheck, perContext } from "../memo.js";
import { anyPhrase, phraseSource } from "../phrase-pattern.js";
import {
  CAPITALISED_SLOT_WORDS,
  FILL_IN_STARTS,
  HTML_TAGS,
  NAME_STANDINS,
  SLOT_WORDS,
  STANDIN_NOUNS,
} from "../phrases/placeholders.js";
import { defineRule } from "../rule.js";

const SLOT = new Set(SLOT_WORDS);
const CAPITALISED_SLOT = new Set(CAPITALISED_SLOT_WORDS);
const TAGS = new Set(HTML_TAGS);
/** An aside of more words than this is prose, not a slot. */
const MAX_SLOT_WORDS = 6;

const SQUARE = /\[([^[\]\n]{0,60})\]/g;
const DOUBLE_BRACES =
  /\{\{[^{}\n]{0,60}\}\}|\$\{[^{}\n]{0,60}\}|<<[^<>\n]{0,60}>>|%[A-Z][A-Z_]{1,30}%/g;
const SINGLE_BRACES = /(?<![{$])\{\s*[\p{L}_][\p{L}\p{N}_ .'’-]{0,40}\}(?!\})/gu;
const ANGLE = /<\s*(\/?)([\p{L}_][\p{L}\p{N}_ '’.-]{0,40})>/gu;
const XES = /(?<![\p{L}\p{N}])[Xx]{2,}(?![\p{L}\p{N}])/gu;
const MARKERS = /(?<![\p{L}\p{N}])(?:TODO|FIXME|TKTK|PLACEHOLDER)(?![\p{L}\p{N}])/gu;
const BLANKS = /_{3,}|\.{5,}|(?<![\p{L}])lorem ipsum(?![\p{L}])/giu;
const PARENS = /\(([^()\n]{1,80})\)/g;
const FILL_IN = new RegExp(`^\\s*${anyPhrase(FILL_IN_STARTS).source}`, "iu");
const STANDIN_LETTER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${STANDIN_NOUNS.map(phraseSource).join("|")})\\s+(x{1,3}|xyz|abc|y|z)(?![\\p{L}\\p{N}])`,
  "giu",
);
const HONORIFIC_CHOICE =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Mx)\.?\s*\/\s*(?:Mr|Mrs|Ms|Mx)\.?(?:\s*\/\s*(?:Mr|Mrs|Ms|Mx)\.?)*/gu;
const YOUR_NAME = /(?<![\p{L}])Your (?:Full |First )?Name(?![\p{L}])/gu;
const NAME_STANDIN_LINE = new RegExp(`^\\s*\\[?(?:${NAME_STANDINS.join("|")})\\]?\\s*$`, "iu");

/** Leftovers of a template: slots nobody filled in. */
export const placeholder = defineRule({
  code: "placeholder",
  severity: "error",
  summary:
    "Template leftovers: [Company], [Interviewer's Name], {{name}}, <name>, XXX, TODO, (fill in ...), Company X, Mr./Ms., and “Your Name” standing for the signature.",
  detect(message, context) {
    return placeholderSlots(message, context).map((slot) => ({
      start: slot.start,
      end: slot.end,
      params: { found: slot.found, fill: fillFor(slot.kind, context) },
    }));
  },
});

/** A slot nobody filled in, and what it most likely stands for. */
interface Slot extends Span {
  found: string;
  kind: SlotKind | null;
}

/** The slots of the message; read once per check, for this rule and the required elements. */
const placeholderSlots = perCheck((message: MessageText, context: CheckContext): Slot[] => {
  const text = message.text;
  // Each shape is looked for only when its telltale character is in the text at all.
  const has = (telltale: string | RegExp) =>
    typeof telltale === "string" ? text.includes(telltale) : telltale.test(text);
  const spans: Span[] = [
    ...(has("[") ? matches(text, SQUARE).filter((m) => isSlot(m.groups[0] ?? "")) : []),
    ...(has(/[{<%]/) ? matches(text, DOUBLE_BRACES) : []),
    ...(has("{") ? matches(text, SINGLE_BRACES) : []),
    ...(has("<")
      ? matches(text, ANGLE).filter((m) => !m.groups[0] && !TAGS.has(foldWord(m.groups[1] ?? "")))
      : []),
    ...(has(/xx/i) ? matches(text, XES) : []),
    ...(has(/TODO|FIXME|TKTK|PLACEHOLDER/) ? matches(text, MARKERS) : []),
    ...(has(/___|\.{5}|lorem/i) ? matches(text, BLANKS) : []),
    ...(has("(") ? matches(text, PARENS).filter((m) => isFillIn(m.groups[0] ?? "")) : []),
    ...(has(/\s(?:X|Y|Z|XYZ|ABC)\b/)
      ? matches(text, STANDIN_LETTER).filter((m) => /^[A-Z]+$/.test(m.groups[0] ?? ""))
      : []),
    ...(has("/") ? matches(text, HONORIFIC_CHOICE) : []),
    ...(has("Your") ? matches(text, YOUR_NAME) : []),
    ...standinSignature(message),
    ...capitalisedSlots(message),
  ];
  if (spans.length === 0) return [];
  const { named } = analysisOf(message, context);
  return dedupe(spans)
    .filter((span) => !named.some((name) => overlaps(name, span) && !containsBrackets(text, span)))
    .map((span) => {
      const found = text.slice(span.start, span.end);
      return { ...span, found, kind: slotKind(found) };
    });
});

/**
 * What the slots left in the message stand for: "[Company]" leaves the company a place, so the
 * note is not missing it; the placeholder finding says what to fill in.
 */
export function slotsLeft(message: MessageText, context: CheckContext): Set<SlotKind | null> {
  return new Set(placeholderSlots(message, context).map((slot) => slot.kind));
}

interface Match extends Span {
  groups: (string | undefined)[];
}

function matches(text: string, pattern: RegExp): Match[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    groups: match.slice(1),
  }));
}

/** "[Company Name]" is a slot; "[as we discussed]" is an aside. */
function isSlot(inside: string): boolean {
  const trimmed = inside.trim();
  if (trimmed === "" || /^(?:\.{2,}|…|_+|-+|\?+)$/u.test(trimmed)) return true;
  const words = wordList(trimmed);
  if (words.length === 0 || words.length > MAX_SLOT_WORDS) return false;
  const slotWords = words.filter(
    (word) => SLOT.has(foldWord(word)) || SLOT.has(word.toLowerCase()),
  );
  if (slotWords.length > 0 && (words.length <= 4 || FILL_IN.test(trimmed))) return true;
  if (FILL_IN.test(trimmed)) return true;
  return words.every((word) => /^\p{Lu}/u.test(word)) && !/[\d,;]/.test(trimmed);
}

/** "(fill in the date)", "(insert link)", "(name)" are slots; "(see the attached deck)" is not. */
function isFillIn(inside: string): boolean {
  const trimmed = inside.trim();
  if (/^(?:fill in|insert|enter|replace|type)\b/iu.test(trimmed)) return true;
  const words = wordList(trimmed);
  if (words.length === 0 || words.length > MAX_SLOT_WORDS) return false;
  if (words.length <= 3 && words.every((word) => SLOT.has(foldWord(word)))) return true;
  return (
    FILL_IN.test(trimmed) &&
    words.some((word) => SLOT.has(foldWord(word))) &&
    /^(?:add|put|write|mention|include|your|their|his\/her|specific|name of)\b/iu.test(trimmed) &&
    !/[.!?]$/.test(trimmed)
  );
}

/**
 * Runs of capitalised slot words: "INSERT DATE", "at COMPANY", "YOUR NAME". Each word is a slot
 * word and one of them is a clear one; "HR DEPARTMENT" and "CONTACT US" are not slots. Read once
 * per message: the all-caps rule leaves these to this one.
 */
export const capitalisedSlots = perContext((message: MessageText): Span[] =>
  capitalisedSlotsIn(message.text, message.words),
);

/** The runs of capitalised slot words among `words`, in order, of `text`. */
export function capitalisedSlotsIn(text: string, words: readonly Word[]): Span[] {
  // Every clear slot word has four letters or more.
  if (!/\p{Lu}{4}/u.test(text)) return [];
  const runs: { start: number; end: number; words: string[] }[] = [];
  for (const word of words) {
    if (!/^\p{Lu}{2,}$/u.test(word.text)) continue;
    const last = runs[runs.length - 1];
    if (last && /^[ \t]+$/u.test(text.slice(last.end, word.start))) {
      last.end = word.end;
      last.words.push(word.text.toLowerCase());
    } else runs.push({ start: word.start, end: word.end, words: [word.text.toLowerCase()] });
  }
  return runs
    .filter(
      (run) =>
        run.words.every((word) => SLOT.has(word) || word === "your") &&
        run.words.some((word) => CAPITALISED_SLOT.has(word)),
    )
    .map(({ start, end }) => ({ start, end }));
}

/** A signature line that stands for the name: "Your Name", "[Full Name]", "First Last". */
function standinSignature(message: MessageText): Span[] {
  const from = message.closing ? message.closing.end : message.body.start;
  return message.lines
    .filter((line) => line.start >= from)
    .filter((line) => NAME_STANDIN_LINE.test(message.text.slice(line.start, line.end)))
    .map((line) => {
      const text = message.text.slice(line.start, line.end);
      const start = line.start + (text.length - text.trimStart().length);
      return { start, end: start + text.trim().length };
    });
}

function containsBrackets(text: string, span: Span): boolean {
  return /[[\]{}<>]/.test(text.slice(span.start, span.end));
}

function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

export type SlotKind = "signature" | "company" | "position" | "recipient";

/** What a slot most likely stands for, from its words. */
function slotKind(found: string): SlotKind | null {
  const words = new Set(wordList(found).map(foldWord));
  const has = (...candidates: string[]) => candidates.some((word) => words.has(word));
  if (has("your", "signature") || /^\s*(?:first|full|name surname|john|jane)/iu.test(found)) {
    return "signature";
  }
  if (has("company", "organization", "organisation", "firm", "employer", "business")) {
    return "company";
  }
  if (has("position", "role", "job", "title")) return "position";
  if (has("interviewer", "recipient", "manager", "name", "contact", "mr", "ms", "mrs")) {
    return "recipient";
  }
  return null;
}

/** What fills a slot of this kind, when the context knows it. */
function fillFor(kind: SlotKind | null, context: CheckContext): string | null {
  switch (kind) {
    case "signature":
      return context.profile?.name ?? null;
    case "company":
      return context.interview?.company ?? null;
    case "position":
      return context.interview?.position ?? null;
    case "recipient":
      return context.recipient?.name ?? null;
    default:
      return null;
  }
}
