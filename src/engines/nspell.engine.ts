import nspell from "nspell";
import {
  EngineUnavailable,
  type EngineCheckOptions,
  type EngineLint,
  type LanguageEngine,
} from "../core/check/engine.js";

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

/**
 * nspell with a Hunspell dictionary behind the engine port: loads in a fraction of a second, so it
 * gives the first spelling findings while harper loads. It also catches repeated words.
 */
export class NspellEngine implements LanguageEngine {
  readonly name = "nspell";
  private speller: Speller | null = null;
  private readonly learned = new Set<string>();

  /** `load` fetches the dictionary: from files in Node, as assets in a browser. */
  constructor(private readonly load: () => Promise<DictionaryFiles>) {}

  async start(): Promise<void> {
    if (this.speller) return;
    try {
      const files = await this.load();
      this.speller = nspell({ aff: files.aff, dic: files.dic });
    } catch (error) {
      throw new EngineUnavailable(
        `The spelling dictionary could not load: ${(error as Error).message}`,
      );
    }
  }

  async stop(): Promise<void> {
    this.speller = null;
    this.learned.clear();
  }

  async check(
    text: string,
    words: readonly string[],
    options: EngineCheckOptions = {},
  ): Promise<EngineLint[]> {
    const speller = this.speller;
    if (!speller) throw new Error("NspellEngine.check called before start()");
    this.learn(speller, words);
    const lints: EngineLint[] = [];
    let suggested = options.suggestions === false ? MAX_SUGGESTED : 0;
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      if (!isCheckable(text, match.index, word) || isKnown(speller, word)) continue;
      lints.push({
        kind: "spelling",
        start: match.index,
        end: match.index + word.length,
        message: `“${word}” is not in the dictionary.`,
        suggestions: suggested++ < MAX_SUGGESTED ? speller.suggest(word).slice(0, 3) : [],
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
    for (const term of terms) {
      for (const word of term.match(WORD) ?? []) {
        if (this.learned.has(word)) continue;
        speller.add(word);
        this.learned.add(word);
      }
    }
  }
}

function isKnown(speller: Speller, word: string): boolean {
  const plain = word.replace(/’/g, "'");
  if (speller.correct(plain)) return true;
  const base = plain.replace(/'s?$/u, "");
  if (base !== plain && speller.correct(base)) return true;
  // Sentence-initial capitals and all-capital emphasis are the tone rules' business, not spelling.
  const lower = plain.toLowerCase();
  return lower !== plain && speller.correct(lower);
}

/** Words with digits, acronyms, and words inside addresses or links are not prose. */
function isCheckable(text: string, at: number, word: string): boolean {
  if (/\p{N}/u.test(word) || word.length < 2) return false;
  if (/^\p{Lu}+$/u.test(word) && word.length <= 6) return false;
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(at + word.length, at + word.length + 2);
  if (/[@/.:#_\\]$/u.test(before) || /^[@/_\\]|^\.\p{L}|^:\//u.test(after)) return false;
  if (/(?:https?:\/\/|www\.)\S*$/u.test(before) || /\S+@\S*$/u.test(before)) return false;
  return true;
}
