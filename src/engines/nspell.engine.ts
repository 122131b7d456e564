import nspell from "nspell";
import {
  EngineUnavailable,
  type EngineCheckOptions,
  type EngineLint,
  type LanguageEngine,
} from "../core/check/engine.js";
import {
  americanForms,
  ADJECTIVE_PLURAL,
  COMPOUND,
  REGIONAL_WORDS,
  WORD_PREFIX,
  WORKPLACE_WORDS,
} from "../core/check/variant-spellings.js";

/** The Hunspell files of a dictionary, as text. */
export interface DictionaryFiles {
  aff: string;
  dic: string;
}

type Speller = ReturnType<typeof nspell>;

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*/gu;
const REPEAT = /(?<![\p{L}\p{N}'’])([\p{L}]+)(\s+)\1(?![\p{L}\p{N}])/giu;
/** Suggestions cost milliseconds each; a note with more flagged words than this gets them for the first few only. */
const MAX_SUGGESTED = 8;
const MAX_VERDICTS = 50_000;
const MAX_KEPT_SUGGESTIONS = 2_000;

/**
 * nspell with a Hunspell dictionary behind the engine port: loads in a fraction of a second, so it
 * gives the first spelling findings while harper loads. It also catches repeated words. The
 * dictionary is American; the other Englishes' spellings are accepted through their American
 * forms (src/core/check/variant-spellings.ts).
 */
export class NspellEngine implements LanguageEngine {
  readonly name = "nspell";
  private speller: Speller | null = null;
  private starting: Promise<void> | null = null;
  private readonly learned = new Set<string>();
  /** Term lists already learned: a context's list is the same array each time it is checked. */
  private taught = new WeakSet<readonly string[]>();
  /** Verdicts already reached: notes repeat their words, and a lookup is dearer than a map. */
  private readonly verdicts = new Map<string, boolean>();
  /** Suggestions already worked out: a page asks again for the same word at every keystroke. */
  private readonly suggested = new Map<string, string[]>();

  /** `load` fetches the dictionary: from files in Node, as assets in a browser. */
  constructor(private readonly load: () => Promise<DictionaryFiles>) {}

  /** One load for callers who start the engine at once (one ahead of need, one when needed). */
  start(): Promise<void> {
    this.starting ??= this.build().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async build(): Promise<void> {
    try {
      const files = await this.load();
      const speller = nspell({ aff: files.aff, dic: files.dic });
      for (const word of [...REGIONAL_WORDS, ...WORKPLACE_WORDS]) speller.add(word);
      this.speller = speller;
    } catch (error) {
      throw new EngineUnavailable(
        `The spelling dictionary could not load: ${(error as Error).message}`,
      );
    }
  }

  async stop(): Promise<void> {
    this.starting = null;
    this.speller = null;
    this.learned.clear();
    this.verdicts.clear();
    this.suggested.clear();
    this.taught = new WeakSet();
  }

  async check(
    text: string,
    words: readonly string[],
    options: EngineCheckOptions = {},
  ): Promise<EngineLint[]> {
    return this.checkNow(text, words, options);
  }

  checkNow(text: string, words: readonly string[], options: EngineCheckOptions = {}): EngineLint[] {
    const speller = this.speller;
    if (!speller) throw new Error("NspellEngine.check called before start()");
    this.learn(speller, words);
    const lints: EngineLint[] = [];
    const wanted = options.suggestions ?? true;
    let suggested = 0;
    const literals = literalSpans(text);
    let literal = 0;
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const start = match.index;
      while (literal < literals.length && literals[literal]![1] <= start) literal++;
      if (literal < literals.length && literals[literal]![0] <= start) continue;
      if (this.isKnown(speller, word)) continue;
      lints.push({
        kind: "spelling",
        start: match.index,
        end: match.index + word.length,
        message: `“${word}” is not in the dictionary.`,
        suggestions:
          wanted === false
            ? []
            : (this.suggested.get(word) ??
              (wanted === true && suggested++ < MAX_SUGGESTED ? this.suggest(speller, word) : [])),
      });
    }
    for (const match of text.matchAll(REPEAT)) {
      const word = match[1]!;
      if (/^(?:had|that|is|can|do|bye|no|very|so)$/i.test(word)) continue;
      lints.push({
        kind: "repeated-word",
        start: match.index,
        end: match.index + match[0].length,
        message: `“${word}” is repeated.`,
        suggestions: [word],
      });
    }
    return lints.sort((a, b) => a.start - b.start);
  }

  private learn(speller: Speller, terms: readonly string[]): void {
    if (this.taught.has(terms)) return;
    this.taught.add(terms);
    for (const term of terms) {
      for (const word of term.match(WORD) ?? []) {
        if (this.learned.has(word)) continue;
        speller.add(word);
        this.learned.add(word);
        this.verdicts.clear();
        this.suggested.clear();
      }
    }
  }

  private suggest(speller: Speller, word: string): string[] {
    if (this.suggested.size > MAX_KEPT_SUGGESTIONS) this.suggested.clear();
    const suggestions = speller.suggest(word).slice(0, 3);
    this.suggested.set(word, suggestions);
    return suggestions;
  }

  /** Known to the dictionary, or not prose for it to judge. */
  private isKnown(speller: Speller, word: string): boolean {
    let known = this.verdicts.get(word);
    if (known === undefined) {
      if (this.verdicts.size > MAX_VERDICTS) this.verdicts.clear();
      known = !isProse(word) || isKnown(speller, word);
      this.verdicts.set(word, known);
    }
    return known;
  }
}

function isKnown(speller: Speller, word: string): boolean {
  const plain = word.replace(/’/g, "'");
  if (speller.correct(plain)) return true;
  const base = plain.replace(/'s?$/u, "");
  if (base !== plain && speller.correct(base)) return true;
  // Sentence-initial capitals and all-capital emphasis are the tone rules' business, not spelling.
  const lower = plain.toLowerCase();
  if (lower !== plain && speller.correct(lower)) return true;
  // The dictionary is American: "colour" is known when "color" is.
  if (americanForms(base).some((form) => speller.correct(form))) return true;
  // New words made of known ones: "mispicks", "manipulatives", "packhouse".
  const rest =
    WORD_PREFIX.exec(lower)?.[1] ?? ADJECTIVE_PLURAL.exec(lower)?.[1] ?? COMPOUND.exec(lower)?.[1];
  return rest !== undefined && isKnown(speller, rest);
}

/** Addresses, links, file names and handles: words inside them are not prose. */
const LITERAL = /\S*(?:@|:\/\/|www\.|[\p{L}\p{N}]\.[\p{L}]{2,}\/|[/\\#_])\S*/gu;

function literalSpans(text: string): [number, number][] {
  return [...text.matchAll(LITERAL)].map((match) => [match.index, match.index + match[0].length]);
}

/** Words with digits, acronyms and camel-cased names are not for a dictionary to judge. */
function isProse(word: string): boolean {
  if (word.length < 2 || /\p{N}/u.test(word)) return false;
  if (word.length <= 6 && /^\p{Lu}+$/u.test(word)) return false;
  return !/\p{Ll}\p{Lu}/u.test(word);
}
