import type { WordLimits } from "../length-limits.js";
import type { Channel } from "../message.js";
import { countWords } from "../words.js";
import type { ProvenanceEntry } from "./composed-message.js";
import { gone, type Composition, type Paragraph, type Sentence } from "./composition.js";
import { wordCount } from "./grammar/word-count.js";
import { fitsLinkedIn } from "./linkedin-length.js";

/**
 * Sentences ranked this high (a LinkedIn sign-off) give way only once shorter phrasings and
 * shorter phrases have been tried.
 */
export const LAST_RESORT = 10;

export interface Rendered {
  subject: string | null;
  body: string;
  provenance: ProvenanceEntry[];
}

/**
 * Lays a composition out for its channel and records where each sentence landed. E-mail, card
 * and LinkedIn message keep paragraphs apart with a blank line; a LinkedIn connection note runs
 * on, with only its sign-off on a line of its own. Only an e-mail has a subject.
 */
export function render(composition: Composition, channel: Channel): Rendered {
  const provenance: ProvenanceEntry[] = [];
  let body = "";
  const paragraphs = composition.paragraphs.filter((p) => p.sentences.length > 0);
  paragraphs.forEach((paragraph, p) => {
    paragraph.sentences.forEach((sentence, s) => {
      let text = sentence.text;
      if (body !== "") {
        if (channel === "linkedin") {
          body += s > 0 ? " " : "\n";
          if (body.endsWith(", ")) text = lowerOpening(text);
        } else if (s > 0) {
          body += paragraph.lines ? "\n" : " ";
        } else if (p > 0) {
          body += "\n\n";
        }
      }
      provenance.push({
        start: body.length,
        end: body.length + text.length,
        slot: sentence.slot,
        sources: sentence.sources,
      });
      body += text;
    });
  });
  return { subject: channel === "email" ? composition.subject : null, body, provenance };
}

/**
 * True when the body is within its channel's limits: LinkedIn's characters (`characters`, null
 * off LinkedIn), and the most words its kind should run to, counted strictly over the whole body
 * (signature included), so the proofreader's gentler count from the greeting to the closing is
 * within it too.
 */
export function withinLimit(
  body: string,
  limits: WordLimits | null,
  characters: number | null,
): boolean {
  if (characters !== null && !fitsLinkedIn(body, characters)) return false;
  return !limits || wordCount(body) <= limits.max;
}

/**
 * Keeps padding sentences (a second strength, an offer of references) only as far as the note
 * would otherwise fall short of the fewest words its kind should run to, counted as the
 * proofreader counts them: the first in the note first, and no more than it takes.
 */
export function padToMinimum(composition: Composition, limits: WordLimits | null): Composition {
  const pads = composition.paragraphs.flatMap((p) => p.sentences.filter((s) => s.pad));
  let kept = 0;
  const keeping = (count: number): Composition => {
    const allowed = new Set(pads.slice(0, count));
    return {
      ...composition,
      paragraphs: composition.paragraphs.map((p) => ({
        ...p,
        sentences: p.sentences.filter((s) => !s.pad || allowed.has(s)),
      })),
    };
  };
  let current = keeping(0);
  while (limits && kept < pads.length && noteWords(current) < limits.min) {
    kept += 1;
    current = keeping(kept);
  }
  return current;
}

/** Words from the greeting to the closing: the sign-off and signature are not counted. */
function noteWords(composition: Composition): number {
  return composition.paragraphs
    .flatMap((p) => p.sentences)
    .filter((s) => s.slot !== "sign-off" && s.slot !== "signature")
    .reduce((sum, s) => sum + countWords(s.text), 0);
}

/**
 * Pads a short note to its minimum, then drops optional sentences, lowest rank first and none
 * ranked above `maxRank`, until the message is within its channel's limits (see `withinLimit`).
 * Returns null when that is not enough.
 */
export function fitToChannel(
  composition: Composition,
  channel: Channel,
  limits: WordLimits | null,
  characters: number | null,
  maxRank = Infinity,
): Rendered | null {
  let current = padToMinimum(composition, limits);
  for (;;) {
    const rendered = render(current, channel);
    if (withinLimit(rendered.body, limits, characters)) return rendered;
    const next = withoutLowestRank(current, maxRank);
    if (!next) return null;
    current = next;
  }
}

function withoutLowestRank(composition: Composition, maxRank: number): Composition | null {
  const optional = composition.paragraphs
    .flatMap((p) => p.sentences)
    .filter((s) => s.drop !== undefined && s.drop <= maxRank);
  if (optional.length === 0) return null;
  const lowest = Math.min(...optional.map((s) => s.drop!));
  const victim = optional.filter((s) => s.drop === lowest).pop()!;
  const goes = (s: Sentence) =>
    s === victim || (victim.group !== undefined && s.group === victim.group);
  const paragraphs: Paragraph[] = composition.paragraphs.map((p) => ({
    ...p,
    sentences: p.sentences.flatMap((s) => (goes(s) ? gone(s) : [s])),
  }));
  return { ...composition, paragraphs };
}

/** "Thank you for…" after "Hi Dana," reads "thank you for…"; "I" and names keep their capital. */
function lowerOpening(text: string): string {
  const word = /^\p{Lu}\p{Ll}*/u.exec(text)?.[0] ?? "";
  if (word === "" || word === "I" || /^I['’]/.test(text)) return text;
  const next = text.charAt(word.length);
  if (next !== "" && /[\p{L}]/u.test(next)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
