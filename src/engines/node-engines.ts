import type { ProofreaderEngines } from "../core/check/proofreader.js";
import { readEnglishDictionary } from "./dictionary-files.js";
import { dialectForZone } from "./dialect.js";
import { HarperEngine } from "./harper.engine.js";
import { NspellEngine } from "./nspell.engine.js";

export interface NodeEngineOptions {
  /** The candidate's time zone, from which the English dialect is guessed. */
  timeZone?: string | null;
  /** Dictionary spelling only: skips harper's second or two of loading. */
  quick?: boolean;
}

/** The engines as Node runs them: nspell from dictionary-en's files, harper's slim binary. */
export function nodeEngines(options: NodeEngineOptions = {}): ProofreaderEngines {
  return {
    instant: new NspellEngine(readEnglishDictionary),
    full: options.quick ? null : new HarperEngine({ dialect: dialectForZone(options.timeZone) }),
  };
}
