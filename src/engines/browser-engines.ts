import type { ProofreaderEngines } from "../core/check/proofreader.js";
import type { EnglishVariety } from "../core/english-variety.js";
import { dialectFor } from "./dialect.js";
import { HarperEngine } from "./harper.engine.js";
import { NspellEngine } from "./nspell.engine.js";

export interface BrowserEngineOptions {
  /**
   * Where the assets are served: `index.aff` and `index.dic` from dictionary-en, and
   * `harper_wasm_slim_bg.wasm` from harper.js.
   */
  assets: URL;
  /** The English the candidate writes (the grammar engine's dialect); default American. */
  english?: EnglishVariety;
  /** Lint in a Web Worker so the page never waits on harper (default true). */
  worker?: boolean;
}

/** The engines as a browser runs them: the dictionary and harper's binary fetched as assets. */
export function browserEngines(options: BrowserEngineOptions): ProofreaderEngines {
  const asset = (name: string) => new URL(name, options.assets);
  return {
    instant: new NspellEngine(async () => {
      const [aff, dic] = await Promise.all(
        ["index.aff", "index.dic"].map(async (name) => {
          const response = await fetch(asset(name));
          if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
          return response.text();
        }),
      );
      return { aff: aff!, dic: dic! };
    }),
    full: new HarperEngine({
      binaryUrl: asset("harper_wasm_slim_bg.wasm"),
      worker: options.worker ?? true,
      dialect: dialectFor(options.english ?? "en-US"),
    }),
  };
}
