import type { Slot } from "./composed-message.js";
import type { SeededChoice } from "./seeded-choice.js";
import type { PanelPhrasings } from "./writer.js";
import { fillTemplate, placeholdersOf, type Fills } from "./template.js";

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

/**
 * Writes one message's sentences in order. Each slot's phrasing is the seeded choice, unless it
 * would repeat wording the message already used ("since we spoke" twice, "all the best" in both
 * the last line and the sign-off, "conversation" in two sentences), or name the company in two
 * sentences running; then the next phrasing in the list that avoids it is taken. The choice
 * stays deterministic.
 */
export class NoteWriter {
  private readonly used = new Set<string>();
  private readonly usedWords = new Set<string>();
  private previousPlaceholders = new Set<string>();

  constructor(
    readonly choice: SeededChoice,
    private readonly panel?: PanelPhrasings,
  ) {}

  write(
    slot: Slot,
    key: string,
    phrasings: readonly string[],
    fills: Fills,
    optional?: Optional,
  ): Sentence {
    const template = this.phrasingFor(key, phrasings);
    this.panel?.used.set(key, template);
    for (const gram of templateTrigrams(template)) this.used.add(gram);
    for (const word of distinctiveWords(template)) this.usedWords.add(word);
    this.previousPlaceholders = new Set(placeholdersOf(template));
    const filled = fillTemplate(template, fills);
    return { slot, text: filled.text, sources: filled.sources, ...optional };
  }

  /** The record's own words, kept as they are. */
  verbatim(slot: Slot, text: string, sources: readonly string[], optional?: Optional): Sentence {
    this.previousPlaceholders = new Set();
    return { slot, text, sources: [...sources], ...optional };
  }

  /**
   * The seeded phrasing or the next one after it that neither repeats this note's wording nor
   * appears in a colleague's note for the same slot; failing that, one that at least does not
   * repeat this note; failing that, the seeded one.
   */
  private phrasingFor(key: string, phrasings: readonly string[]): string {
    const seeded = this.choice.pick(key, phrasings);
    const start = phrasings.indexOf(seeded);
    const inTurn = phrasings.map((_, step) => phrasings[(start + step) % phrasings.length]!);
    const taken = this.panel?.taken.get(key);
    return (
      inTurn.find((p) => !this.repeats(p) && !taken?.has(p)) ??
      inTurn.find((p) => !this.repeats(p)) ??
      seeded
    );
  }

  private repeats(template: string): boolean {
    if (templateTrigrams(template).some((gram) => this.used.has(gram))) return true;
    if (distinctiveWords(template).some((word) => this.usedWords.has(word))) return true;
    return placeholdersOf(template).some(
      (name) => REPEATED_NAMES.has(name) && this.previousPlaceholders.has(name),
    );
  }
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

export function paragraph(...sentences: (Sentence | null | undefined | false)[]): Paragraph {
  return { sentences: sentences.filter((s): s is Sentence => Boolean(s)) };
}
