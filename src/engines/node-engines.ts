import type { LanguageEngines } from "../core/check/language-engines.js";
import { Proofreader, type ProofreaderEngines } from "../core/check/proofreader.js";
import { readEnglishDictionary } from "./dictionary-files.js";
import type { EnglishVariety } from "../core/english-variety.js";
import { dialectFor } from "./dialect.js";
import { HarperEngine, preloadHarper } from "./harper.engine.js";
import { NspellEngine } from "./nspell.engine.js";

export interface NodeEngineOptions {
  /** The English the candidate writes (the grammar engine's dialect); default American. */
  english?: EnglishVariety;
  /** Dictionary spelling only: skips harper's second or two of loading. */
  quick?: boolean;
}

/** The dictionary engine `preloadNodeEngines` started, for the next `nodeEngines` to take. */
let early: NspellEngine | null = null;

/** The engines as Node runs them: nspell from dictionary-en's files, harper's slim binary. */
export function nodeEngines(options: NodeEngineOptions = {}): ProofreaderEngines {
  const instant = early ?? new NspellEngine(readEnglishDictionary);
  early = null;
  return {
    instant,
    full: options.quick
      ? null
      : // Node checks as soon as the engine has loaded: a warm-up lint would only add to the wait.
        new HarperEngine({ dialect: dialectFor(options.english ?? "en-US"), warmUp: false }),
  };
}

export interface PreloadOptions extends NodeEngineOptions {
  /**
   * Build the dictionary now too, for a text harper will likely doubt a word of. Built later, when
   * harper rejects a word and the dictionary is asked, the garbage of building it comes on top of
   * harper's memory: about 40 MB more at the peak than built now, while the process is small.
   */
  dictionary?: boolean;
}

/**
 * Starts loading what `nodeEngines` will need, for a command that knows it will proofread: the
 * rest of its work then runs while harper's binary compiles.
 */
export function preloadNodeEngines(options: PreloadOptions = {}): void {
  if (!options.quick) preloadHarper();
  if (!options.dictionary) return;
  early ??= new NspellEngine(readEnglishDictionary);
  early.start().catch(() => undefined);
}

/**
 * The engines as the CLI and the web server give them to the use cases. Each proofreader is made
 * once for the life of the process: harper takes a second or two to load and a few milliseconds a
 * message after that, and a command may check many drafts. `grammar: false` gives the dictionary
 * alone, for every check.
 */
export function nodeLanguageEngines(options: { grammar?: boolean } = {}): LanguageEngines {
  const grammar = options.grammar ?? true;
  const proofreaders = new Map<string, Proofreader>();
  return {
    proofreader(english, quick) {
      const dictionaryOnly = quick || !grammar;
      const key = `${english}${dictionaryOnly ? ":quick" : ""}`;
      let proofreader = proofreaders.get(key);
      if (!proofreader) {
        proofreader = new Proofreader(nodeEngines({ english, quick: dictionaryOnly }));
        proofreaders.set(key, proofreader);
      }
      return proofreader;
    },
    preload(quick) {
      preloadNodeEngines({ quick: quick || !grammar });
    },
  };
}
