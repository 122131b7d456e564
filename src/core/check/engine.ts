/**
 * A spelling and grammar checker behind a small port, shaped like Kysely's drivers: explicit
 * start and stop, and the library's own types never cross it. Adapters live in src/engines/.
 */
export interface LanguageEngine {
  /** "harper", "nspell": reported with the findings, so a reader knows which pass they came from. */
  readonly name: string;
  /**
   * True when the engine lints on another thread (harper.js in a Web Worker): the proofreader then
   * runs our rules while it works. Otherwise the engine lints first and our rules after it.
   */
  readonly offThread?: boolean;
  /** Loads what the engine needs; resolves once `check` is fast. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Lints `text`. `words` is the candidate's vocabulary: the engine learns them (cheaply when the
   * list has not changed) so they are not taken for typos.
   */
  check(
    text: string,
    words: readonly string[],
    options?: EngineCheckOptions,
  ): Promise<EngineLint[]>;
  /**
   * The same lint without waiting, offered by an engine that does its work on this thread in a
   * fraction of a millisecond (nspell): a page underlines with it in the frame of the keystroke.
   */
  checkNow?(text: string, words: readonly string[], options?: EngineCheckOptions): EngineLint[];
}

export interface EngineCheckOptions {
  /**
   * Leave out suggestions (false) when only the verdict is wanted: they are the costly part. "known"
   * gives those an engine has already worked out and no others, which costs nothing. Default true.
   */
  suggestions?: boolean | "known";
}

/** What an engine reports, classified into the kinds the proofreader words itself. */
export type EngineLintKind =
  "spelling" | "repeated-word" | "a-an" | "sentence-case" | "capital-i" | "other";

export interface EngineLint {
  kind: EngineLintKind;
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  /** The engine's own description, used for `other` lints. */
  message: string;
  suggestions: string[];
}

/** An engine that failed to load, in words a person can act on. */
export class EngineUnavailable extends Error {
  override readonly name = "EngineUnavailable";
}
