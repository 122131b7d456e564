import type { Frame } from "../language/piece.js";
import { withIndefiniteArticle } from "./grammar/indefinite-article.js";
import { possessive, type NameKind } from "./grammar/possessive.js";
import { joinAtBoundary } from "./grammar/punctuation.js";
import { capitaliseSentenceStart } from "./grammar/sentence-case.js";

/** A piece of the record made ready for a message, and the fields it came from. */
export interface Fact {
  text: string;
  sources: readonly string[];
  /** How its possessive is formed; an organisation unless said otherwise. */
  nameKind?: NameKind;
  /** Text such as a web address that is never capitalised or otherwise changed. */
  literal?: boolean;
  /**
   * A date written "Friday, November 20" takes a closing comma when the sentence goes on
   * ("on Friday, November 20, to talk about…"), as American usage asks.
   */
  closingComma?: boolean;
  /** How a sentence may hold it, for a piece of the candidate's notes (see `language/piece.ts`). */
  frame?: Frame;
  /** The piece as a sentence of its own, for a slot with no phrasing for its frame. */
  ownText?: string;
  /** The note as typed, whole: what the piece is about, for matching it with another. */
  typed?: string;
}

export type Fills = Readonly<Record<string, Fact | undefined>>;

export interface Filled {
  text: string;
  sources: string[];
}

/** `{name}`, `{company's}` (possessive) and `{a position}` (with a or an). */
const PLACEHOLDER = /\{(a )?([A-Za-z][A-Za-z0-9]*)('s)?\}/g;

/**
 * Fills a phrasing's placeholders from the record. A value that opens a sentence is capitalised;
 * punctuation where a value meets the phrasing is never doubled. A placeholder without a value
 * is a bug in the phrasing or its caller, so it throws rather than leave a gap in a message.
 */
export function fillTemplate(template: string, fills: Fills): Filled {
  let text = "";
  const sources = new Set<string>();
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, article, name = "", possessiveMark] = match;
    const fact = fills[name];
    if (!fact) throw new Error(`the phrasing "${template}" needs a value for {${name}}`);
    text = joinAtBoundary(text, template.slice(last, match.index));
    let value = fact.text;
    if (possessiveMark) value = possessive(value, fact.nameKind ?? "organisation");
    if (article) value = withIndefiniteArticle(value);
    if (opensSentence(text) && !fact.literal) value = capitaliseSentenceStart(value);
    const after = template.slice(match.index + whole.length);
    if (fact.closingComma && /^ \p{L}/u.test(after)) value += ",";
    text = joinAtBoundary(text, value);
    for (const source of fact.sources) sources.add(source);
    last = match.index + whole.length;
  }
  text = joinAtBoundary(text, template.slice(last));
  return { text, sources: [...sources] };
}

/** The placeholders a phrasing uses, by name: how the tests check every phrasing against its slot. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[2]!);
}

function opensSentence(before: string): boolean {
  return before === "" || /[.?!]["'”’)]*\s+$/.test(before);
}
