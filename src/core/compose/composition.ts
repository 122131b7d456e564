import { sentenceKey, splitSentences } from "../sentences.js";
import type { Tone } from "../record/profile.js";
import type { Slot } from "./composed-message.js";
import type { SeededChoice } from "./seeded-choice.js";
import type { PanelPhrasings } from "./writer.js";
import { fillTemplate, placeholdersOf, type Fact, type Fills } from "./template.js";
import type { Frame } from "../language/piece.js";
import { isLongName } from "./grammar/long-name.js";

/** One sentence of a message, before it is laid out for its channel. */
export interface Sentence {
  slot: Slot;
  text: string;
  sources: string[];
  /**
   * Optional sentences carry a rank: when a message is over its channel's length, the lowest
   * rank goes first. Sentences sharing a `group` (a question and its answer) go together.
   */
  drop?: number;
  group?: string;
  /** Written only for a note that would otherwise be shorter than its kind should be. */
  pad?: boolean;
  /** Every phrasing repeats a sentence of another draft: an optional sentence then goes. */
  repeated?: boolean;
  /**
   * What an optional sentence that carries something the kind requires ("…, and I'd love to bring
   * that experience to X" carries the interest) leaves in its place when it goes.
   */
  standIn?: Sentence;
}

export interface Paragraph {
  sentences: Sentence[];
  /** One sentence a line (a sign-off and signature) rather than running text. */
  lines?: boolean;
}

/** A message as the kind modules write it: channel-agnostic until it is rendered. */
export interface Composition {
  subject: string | null;
  paragraphs: Paragraph[];
  notices: string[];
}

export interface Optional {
  drop?: number;
  group?: string;
  pad?: boolean;
}

/** How a note sounds and what it must not say again. */
export interface Voice {
  tone: Tone;
  /** Sentences of the candidate's other drafts, normalised with `sentenceKey`. */
  avoid: ReadonlySet<string>;
}

const ANY_VOICE: Voice = { tone: "warm", avoid: new Set() };

/** A phrasing list per frame, for a slot that holds a piece of the candidate's notes. */
export type FramedPhrasings = Partial<Record<Frame, readonly string[]>>;

/**
 * Writes one message's sentences in order. Each slot's phrasing is the seeded choice among those
 * that suit the tone, unless it would repeat wording the message already used ("since we spoke"
 * twice, "conversation" in two sentences), name the company in two sentences running, or write
 * a sentence one of the candidate's other drafts already has; then the next phrasing in the list
 * that avoids it is taken. The choice stays deterministic.
 */
export class NoteWriter {
  private readonly used = new Set<string>();
  private readonly usedWords = new Set<string>();
  private previousPlaceholders = new Set<string>();
  private namedCompany = false;

  constructor(
    readonly choice: SeededChoice,
    private readonly panel?: PanelPhrasings,
    readonly voice: Voice = ANY_VOICE,
    /** The kind must name the company (a thank-you): the interest names it if nothing before did. */
    private readonly namesCompany = false,
  ) {}

  write(
    slot: Slot,
    key: string,
    phrasings: readonly string[],
    fills: Fills,
    optional?: Optional,
  ): Sentence {
    const suited = inTone(phrasings, this.voice.tone);
    const preferred = this.phrasingFor(key, this.naming(slot, suited, fills), fills);
    // How the company is named gives way before a sentence another draft already has.
    const { template, text, sources, repeated } = preferred.repeated
      ? this.phrasingFor(key, suited, fills)
      : preferred;
    this.panel?.used.set(key, template);
    if (NAMES_COMPANY.test(template)) this.namedCompany = true;
    for (const gram of templateTrigrams(template)) this.used.add(gram);
    for (const word of distinctiveWords(template)) this.usedWords.add(word);
    this.previousPlaceholders = new Set(placeholdersOf(template));
    return { slot, text, sources, ...optional, ...(repeated ? { repeated } : {}) };
  }

  /**
   * A slot that holds a piece of the notes: the phrasings for the piece's frame, or null when the
   * slot has none that fit it (the sentence is then left out rather than written wrong).
   */
  framed(
    slot: Slot,
    key: string,
    phrasings: FramedPhrasings,
    fills: Fills,
    piece: Fact,
    optional?: Optional,
  ): Sentence | null {
    const frame = piece.frame ?? "about";
    const list = phrasings[frame];
    if (list && list.length > 0) return this.write(slot, `${key}-${frame}`, list, fills, optional);
    const own = phrasings.own;
    if (!piece.ownText || !own || own.length === 0) return null;
    const name = Object.keys(fills).find((k) => fills[k] === piece);
    const asOwn: Fact = { ...piece, text: piece.ownText, frame: "own" };
    return this.write(
      slot,
      `${key}-own`,
      own,
      name ? { ...fills, [name]: asOwn } : fills,
      optional,
    );
  }

  /**
   * In a note that must name the company, the candidate's interest names it unless a sentence
   * before has. A name is said once, and never again where another phrasing will do: after it,
   * "your team" or "you". A long name ("North Pennine Ambulance Service") is said in the thanks
   * when it can be.
   */
  private naming(slot: Slot, phrasings: string[], fills: Fills): string[] {
    const company = fills.company;
    if (!company) return phrasings;
    const long = isLongName(company.text);
    const naming = phrasings.filter((p) => NAMES_COMPANY.test(p));
    const other = phrasings.filter((p) => !NAMES_COMPANY.test(p));
    const either = (wanted: string[]) => (wanted.length > 0 ? wanted : phrasings);
    // Named once, the company is "you" or "your team" after, as people write.
    if (this.namedCompany) return either(other);
    const names = (this.namesCompany && slot === "interest") || (long && slot === "opening-thanks");
    return names ? either(naming) : phrasings;
  }

  /** Every phrasing of the list would write a sentence one of the candidate's other drafts has. */
  allRepeated(phrasings: readonly string[], fills: Fills): boolean {
    if (this.voice.avoid.size === 0) return false;
    return inTone(phrasings, this.voice.tone).every((template) =>
      repeatsElsewhere(fillPhrasing(template, fills).text, this.voice.avoid),
    );
  }

  /** The record's own words, kept as they are. */
  verbatim(slot: Slot, text: string, sources: readonly string[], optional?: Optional): Sentence {
    this.previousPlaceholders = new Set();
    return { slot, text, sources: [...sources], ...optional };
  }

  /**
   * The seeded phrasing or the next one after it that neither repeats this note's wording nor
   * appears in a colleague's note for the same slot nor writes a sentence of another draft;
   * failing that, one that at least writes no other draft's sentence and does not repeat this
   * note; failing that, one that writes no other draft's sentence; failing that, the seeded one,
   * marked as repeated.
   */
  private phrasingFor(key: string, phrasings: readonly string[], fills: Fills) {
    const seeded = this.choice.pick(key, phrasings);
    const start = phrasings.indexOf(seeded);
    const inTurn = phrasings.map((_, step) => {
      const template = phrasings[(start + step) % phrasings.length]!;
      return { template, ...fillPhrasing(template, fills) };
    });
    const taken = this.panel?.taken.get(key);
    const fresh = (p: { text: string }) => !repeatsElsewhere(p.text, this.voice.avoid);
    const joins = (p: { template: string }) => !doublesAtJoin(p.template, fills);
    const found =
      inTurn.find(
        (p) => fresh(p) && joins(p) && !this.repeats(p.template) && !taken?.has(p.template),
      ) ??
      inTurn.find((p) => fresh(p) && joins(p) && !this.repeats(p.template)) ??
      inTurn.find((p) => fresh(p) && !this.repeats(p.template)) ??
      inTurn.find(fresh);
    return found ? { ...found, repeated: false } : { ...inTurn[0]!, repeated: true };
  }

  private repeats(template: string): boolean {
    if (templateTrigrams(template).some((gram) => this.used.has(gram))) return true;
    if (distinctiveWords(template).some((word) => this.usedWords.has(word))) return true;
    return placeholdersOf(template).some(
      (name) => REPEATED_NAMES.has(name) && this.previousPlaceholders.has(name),
    );
  }
}

const TONE_TAG = /^\[([a-z ]+)\]\s*/;

/** The phrasings a tone may use, tags taken off; all of them if none is tagged for it. */
export function inTone(phrasings: readonly string[], tone: Tone): string[] {
  const suited = phrasings.filter((p) => {
    const tag = TONE_TAG.exec(p);
    return !tag || tag[1]!.split(" ").includes(tone);
  });
  return (suited.length > 0 ? suited : phrasings).map((p) => p.replace(TONE_TAG, ""));
}

/** A phrasing filled; an empty value (no {when}) leaves no double space or space before a stop. */
function fillPhrasing(template: string, fills: Fills) {
  const filled = fillTemplate(template, closedAsides(template, fills));
  const text = filled.text
    .replace(/ {2,}/g, " ")
    .replace(/ +([,.;:?])/g, "$1")
    .trim();
  return { text, sources: filled.sources };
}

/**
 * A piece with an aside in it ("ten years commercial, the last three on data centres") closes
 * the aside when the sentence goes on after it: "…on data centres, should serve me well".
 */
function closedAsides(template: string, fills: Fills): Fills {
  let closed: Record<string, Fact | undefined> | null = null;
  for (const match of template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}(?= \p{L})/gu)) {
    const name = match[1]!;
    const fact = fills[name];
    // Only pieces of the notes: a position such as "Senior Associate, Employment" is a name.
    if (!fact?.frame || fact.frame === "own" || fact.frame === "quote") continue;
    const close = fact.text.includes(" — ") ? " —" : /, \S/.test(fact.text) ? "," : null;
    if (!close || /[,—]$/.test(fact.text)) continue;
    closed ??= { ...fills };
    closed[name] = { ...fact, text: fact.text + close };
  }
  return closed ?? fills;
}

/**
 * "your view on on-call weekends", "your view on your view that…": a phrasing whose last words
 * before a piece are the piece's first words.
 */
function doublesAtJoin(template: string, fills: Fills): boolean {
  for (const match of template.matchAll(/((?:\p{L}+ ){1,3})\{([A-Za-z][A-Za-z0-9]*)\}/gu)) {
    const value = fills[match[2]!]?.text.toLowerCase();
    if (!value) continue;
    const before = match[1]!.trim().toLowerCase().split(" ");
    const opening = value.match(/\p{L}+/gu)?.slice(0, 3) ?? [];
    if (opening[0] === before.at(-1)) return true;
    if (before.some((word) => word.length > 3 && !COMMON.has(word) && opening.includes(word))) {
      return true;
    }
  }
  return false;
}

/** The sentences of a draft's text, as keys (cut and folded as the proofreader reads them). */
export function sentenceKeys(text: string): string[] {
  return splitSentences(text)
    .map(sentenceKey)
    .filter((key) => key.split(" ").length >= 3);
}

/** A phrasing that names the company: by name, or "at Acme", "the Welder role at Acme". */
const NAMES_COMPANY = /\{(?:company|at|roleAt|workplace|joining)\}/u;

function repeatsElsewhere(text: string, avoid: ReadonlySet<string>): boolean {
  if (avoid.size === 0) return false;
  return sentenceKeys(text).some((key) => avoid.has(key));
}

/** Words a careful writer would not use twice in a short note. */
const DISTINCTIVE = new Set(
  "again conversation discussion pleasure enjoyed especially particularly struck impressed valued decision thinking delighted enthusiastic excited eager keen fuller contribute contribution hope grateful".split(
    " ",
  ),
);

function distinctiveWords(template: string): string[] {
  return (template.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => DISTINCTIVE.has(word));
}

/** Names that read clumsily in two sentences running ("…at Acme. …joining Acme."). */
const REPEATED_NAMES = new Set(["company", "position"]);

/** Words too common to make two phrasings sound repetitive when they share them. */
const COMMON = new Set(
  "i me my you your we our us it its the a an and or to of in on at for with about from by be is am are was were have has had would will could can do that this as so if any".split(
    " ",
  ),
);

/** The phrasing's own word trigrams (placeholders stand as their names), leaving out runs of common words. */
function templateTrigrams(template: string): string[] {
  const words = template.toLowerCase().match(/\{[^}]+\}|[a-z]+(?:'[a-z]+)?/g) ?? [];
  const grams: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const run = words.slice(i, i + 3);
    if (run.every((word) => COMMON.has(word) || word.startsWith("{"))) continue;
    grams.push(run.join(" "));
  }
  return grams;
}

/**
 * A paragraph of the sentences given; an optional sentence every phrasing of which another draft
 * already has is left out.
 */
export function paragraph(...sentences: (Sentence | null | undefined | false)[]): Paragraph {
  return {
    sentences: sentences.flatMap((s) => {
      if (!s) return [];
      return s.repeated && (s.drop !== undefined || s.pad === true) ? gone(s) : [s];
    }),
  };
}

/** What is left of an optional sentence that goes: its stand-in, or nothing. */
export function gone(sentence: Sentence): Sentence[] {
  return sentence.standIn ? [sentence.standIn] : [];
}
