import type { ProofreaderEngines } from "../core/check/proofreader.js";
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

/** The engines as Node runs them: nspell from dictionary-en's files, harper's slim binary. */
export function nodeEngines(options: NodeEngineOptions = {}): ProofreaderEngines {
  return {
    instant: new NspellEngine(readEnglishDictionary),
    full: options.quick
      ? null
      : // Node checks as soon as the engine has loaded: a warm-up lint would only add to the wait.
        new HarperEngine({ dialect: dialectFor(options.english ?? "en-US"), warmUp: false }),
  };
}

/**
 * Starts loading what `nodeEngines` will need and takes longest (harper's binary), for a command
 * that knows it will proofread: the rest of its work then runs while that loads.
 */
export function preloadNodeEngines(options: NodeEngineOptions = {}): void {
  if (!options.quick) preloadHarper();
}
