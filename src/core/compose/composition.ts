import type { Slot } from "./composed-message.js";
import type { SeededChoice } from "./seeded-choice.js";
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
  drop: number;
  group?: string;
}

/**
 * Writes one message's sentences in order. Each slot's phrasing is the seeded choice, unless it
 * would repeat wording the message already used ("since we spoke" twice, "all the best" in both
 * the last line and the sign-off) or name the company in two sentences running; then the next
 * phrasing in the list that avoids it is taken. The choice stays deterministic.
 */
export class NoteWriter {
  private readonly used = new Set<string>();
  private previousPlaceholders = new Set<string>();

  constructor(readonly choice: SeededChoice) {}

  write(
    slot: Slot,
    key: string,
    phrasings: readonly string[],
    fills: Fills,
    optional?: Optional,
  ): Sentence {
    const template = this.phrasingFor(key, phrasings);
    for (const gram of templateTrigrams(template)) this.used.add(gram);
    this.previousPlaceholders = new Set(placeholdersOf(template));
    const filled = fillTemplate(template, fills);
    return { slot, text: filled.text, sources: filled.sources, ...optional };
  }

  /** The record's own words, kept as they are. */
  verbatim(slot: Slot, text: string, sources: readonly string[], optional?: Optional): Sentence {
    this.previousPlaceholders = new Set();
    return { slot, text, sources: [...sources], ...optional };
  }

  private phrasingFor(key: string, phrasings: readonly string[]): string {
    const seeded = this.choice.pick(key, phrasings);
    const start = phrasings.indexOf(seeded);
    for (let step = 0; step < phrasings.length; step++) {
      const candidate = phrasings[(start + step) % phrasings.length]!;
      if (!this.repeats(candidate)) return candidate;
    }
    return seeded;
  }

  private repeats(template: string): boolean {
    if (templateTrigrams(template).some((gram) => this.used.has(gram))) return true;
    return placeholdersOf(template).some(
      (name) => REPEATED_NAMES.has(name) && this.previousPlaceholders.has(name),
    );
  }
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
