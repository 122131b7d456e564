import type { Channel } from "../message.js";
import type { ProvenanceEntry } from "./composed-message.js";
import type { Composition, Paragraph } from "./composition.js";
import { wordCount } from "./grammar/word-count.js";
import { fitsLinkedIn } from "./linkedin-length.js";

/** A handwritten card: the same core as the e-mail, at most this many words. */
export const CARD_WORD_LIMIT = 120;
/** The top of the 75–200 words a thank-you e-mail should run to. */
export const EMAIL_WORD_LIMIT = 200;

export interface Rendered {
  subject: string | null;
  body: string;
  provenance: ProvenanceEntry[];
}

/**
 * Lays a composition out for its channel and records where each sentence landed. E-mail and card
 * keep paragraphs apart with a blank line; a LinkedIn note is one running paragraph.
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
          body += " ";
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

/** True when the body is within its channel's limit. */
export function withinLimit(body: string, channel: Channel): boolean {
  switch (channel) {
    case "linkedin":
      return fitsLinkedIn(body);
    case "card":
      return wordCount(body) <= CARD_WORD_LIMIT;
    case "email":
      return wordCount(body) <= EMAIL_WORD_LIMIT;
  }
}

/**
 * Drops optional sentences, lowest rank first, until the message is within its channel's
 * limit. Returns null when even the required sentences are too long.
 */
export function fitToChannel(composition: Composition, channel: Channel): Rendered | null {
  let current = composition;
  for (;;) {
    const rendered = render(current, channel);
    if (withinLimit(rendered.body, channel)) return rendered;
    const next = withoutLowestRank(current);
    if (!next) return null;
    current = next;
  }
}

function withoutLowestRank(composition: Composition): Composition | null {
  const optional = composition.paragraphs
    .flatMap((p) => p.sentences)
    .filter((s) => s.drop !== undefined);
  if (optional.length === 0) return null;
  const lowest = Math.min(...optional.map((s) => s.drop!));
  const victim = optional.filter((s) => s.drop === lowest).pop()!;
  const gone = (s: (typeof optional)[number]) =>
    s === victim || (victim.group !== undefined && s.group === victim.group);
  const paragraphs: Paragraph[] = composition.paragraphs.map((p) => ({
    ...p,
    sentences: p.sentences.filter((s) => !gone(s)),
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
