import type * as HarperModule from "harper.js";
import type { BinaryModule, Linter } from "harper.js";
import { EngineUnavailable, type EngineLint, type LanguageEngine } from "../core/check/engine.js";
import {
  copyLint,
  misfires,
  DIALECTS,
  freshWords,
  HARPER_RULES_OFF,
  toEngineLint,
  WARM_UP,
  type HarperDialect,
} from "./harper-config.js";

export interface HarperOptions {
  /** The slim WebAssembly binary; by default harper.js's own file beside its module. */
  binaryUrl?: string | URL;
  /** In a browser: lint in a Web Worker so typing never waits for it. */
  worker?: boolean;
  dialect?: HarperDialect;
  /**
   * Lint a short note once on start, so that the first real check is as fast as the next: for an
   * engine loaded ahead of need (a page's, while the person types). A command that checks right
   * after loading gains nothing by it and pays for two first lints (default true).
   */
  warmUp?: boolean;
}

type Harper = typeof HarperModule;

let ownBinary: Promise<{ harper: Harper; binary: BinaryModule }> | null = null;

/**
 * harper.js and its own slim binary, read and compiled once per process. The binary is the same
 * for every dialect, so a command that will proofread starts this first (`preloadHarper`) and does
 * its other work while the 16 MB of WebAssembly are read and compiled off the main thread.
 */
function harperWithOwnBinary(): Promise<{ harper: Harper; binary: BinaryModule }> {
  ownBinary ??= Promise.all([import("harper.js"), import("harper.js/slimBinary")]).then(
    async ([harper, { slimBinary }]) => {
      await slimBinary.setup();
      return { harper, binary: slimBinary };
    },
  );
  return ownBinary;
}

/** Starts loading harper.js in the background; a failure is reported by `start`, not here. */
export function preloadHarper(): void {
  harperWithOwnBinary().catch(() => undefined);
}

/**
 * harper.js behind the engine port, in this thread (or, in a browser, harper.js's own Web Worker):
 * spelling and grammar, loaded once and warmed up.
 */
export class HarperEngine implements LanguageEngine {
  readonly name = "harper";
  readonly offThread: boolean;
  private linter: Linter | null = null;
  private readonly learned = new Set<string>();
  /** Term lists already taught: a context's list is the same array each time it is checked. */
  private taught = new WeakSet<readonly string[]>();

  constructor(private readonly options: HarperOptions = {}) {
    this.offThread = options.worker ?? false;
  }

  async start(): Promise<void> {
    if (this.linter) return;
    try {
      const { harper, binary } = this.options.binaryUrl
        ? await import("harper.js").then((harper) => ({
            harper,
            binary: harper.createBinaryModuleFromUrl(String(this.options.binaryUrl), "slim"),
          }))
        : await harperWithOwnBinary();
      const init = { binary, dialect: DIALECTS[this.options.dialect ?? "american"] };
      const linter = this.options.worker
        ? new harper.WorkerLinter(init)
        : new harper.LocalLinter(init);
      await linter.setup();
      const config = await linter.getLintConfig();
      for (const rule of Object.keys(HARPER_RULES_OFF)) if (rule in config) config[rule] = false;
      await linter.setLintConfig(config);
      if (this.options.warmUp ?? true) {
        for (const lint of await linter.lint(WARM_UP, { language: "plaintext" })) lint.free();
      }
      this.linter = linter;
    } catch (error) {
      throw new EngineUnavailable(
        `The grammar checker (harper.js) could not load: ${(error as Error).message}. Spelling falls back to the dictionary.`,
      );
    }
  }

  async stop(): Promise<void> {
    const linter = this.linter;
    this.linter = null;
    this.learned.clear();
    this.taught = new WeakSet();
    await linter?.dispose();
  }

  async check(text: string, words: readonly string[]): Promise<EngineLint[]> {
    const linter = this.linter;
    if (!linter) throw new Error("HarperEngine.check called before start()");
    if (!this.taught.has(words)) {
      this.taught.add(words);
      const fresh = freshWords(words, this.learned);
      if (fresh.length > 0) await linter.importWords(fresh);
    }
    const lints = await linter.lint(text, { language: "plaintext" });
    return lints
      .map(copyLint)
      .filter((lint) => !misfires(lint, text))
      .map(toEngineLint);
  }
}
