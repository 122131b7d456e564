import type { EngineCheckOptions, EngineLint, LanguageEngine } from "../core/check/engine.js";
import { sentenceSpans } from "../core/sentences.js";

/** What the last check cost the engine underneath. */
export interface IncrementalLint {
  /** Milliseconds spent waiting for the engine. */
  took: number;
  /** Characters it was given, of `length`. */
  linted: number;
  length: number;
  /** True when it linted the whole text in one call. */
  whole: boolean;
}

/** A sentence with the blank after it, so a lint of the spaces between sentences stays in one. */
interface Chunk {
  start: number;
  text: string;
}

/**
 * An engine that lints again only the sentences a keystroke changed: the lints of every other
 * sentence are kept from the last check, keyed by the sentence's text, and moved to where it is
 * now. Runs of changed sentences go to the engine in one call each; when most of the text is new
 * (the first check), the whole text goes in one call. Checks with other options, and the short
 * phrases the proofreader asks about, pass straight through.
 */
export class IncrementalEngine implements LanguageEngine {
  readonly name: string;
  readonly offThread?: boolean;
  /** The lints of each sentence of the last text checked, offsets relative to the sentence. */
  private known = new Map<string, EngineLint[]>();
  /** The candidate's words the lints were made with: other words, other lints. */
  private words = "";
  last: IncrementalLint | null = null;

  constructor(private readonly engine: LanguageEngine) {
    this.name = engine.name;
    this.offThread = engine.offThread;
  }

  start(): Promise<void> {
    return this.engine.start();
  }

  stop(): Promise<void> {
    this.known.clear();
    return this.engine.stop();
  }

  async check(
    text: string,
    words: readonly string[],
    options?: EngineCheckOptions,
  ): Promise<EngineLint[]> {
    const chunks = chunksOf(text);
    if ((options?.suggestions ?? true) !== true || chunks.length < 2) {
      return this.engine.check(text, words, options);
    }
    const wordsKey = words.join("\n");
    if (wordsKey !== this.words) {
      this.known.clear();
      this.words = wordsKey;
    }
    const started = performance.now();
    const fresh = chunks.filter((chunk) => !this.known.has(chunk.text));
    const freshLength = fresh.reduce((sum, chunk) => sum + chunk.text.length, 0);
    const whole = freshLength * 2 > text.length;
    const lints = whole
      ? (await this.engine.check(text, words)).sort((a, b) => a.start - b.start)
      : (await Promise.all(runsOf(chunks, this.known).map((run) => this.lintRun(run, words))))
          .flat()
          .concat(chunks.flatMap((chunk) => moved(this.known.get(chunk.text), chunk.start)))
          .sort((a, b) => a.start - b.start);
    this.last = {
      took: performance.now() - started,
      linted: whole ? text.length : freshLength,
      length: text.length,
      whole,
    };
    this.remember(chunks, lints);
    return lints;
  }

  private async lintRun(run: Chunk[], words: readonly string[]): Promise<EngineLint[]> {
    const start = run[0]!.start;
    const lints = await this.engine.check(run.map((chunk) => chunk.text).join(""), words);
    return moved(lints, start);
  }

  /** Files each lint under the sentence it lies in; a sentence with a lint reaching past it is not kept. */
  private remember(chunks: Chunk[], lints: EngineLint[]): void {
    const known = new Map<string, EngineLint[]>();
    let at = 0;
    for (const [i, chunk] of chunks.entries()) {
      // The last sentence also holds what points at the very end of the text.
      const end = i === chunks.length - 1 ? Infinity : chunk.start + chunk.text.length;
      const own: EngineLint[] = [];
      let whole = true;
      while (at < lints.length && lints[at]!.start < end) {
        const lint = lints[at++]!;
        if (lint.end > end) whole = false;
        own.push({ ...lint, start: lint.start - chunk.start, end: lint.end - chunk.start });
      }
      if (whole) known.set(chunk.text, own);
    }
    this.known = known;
  }
}

/**
 * The text cut where a sentence ends and the next one starts with a capital (or after a blank
 * line): a stop before a lower-case word ("at 3 p.m. tomorrow") may not end a sentence, and
 * linted alone the word would read as a sentence starting in lower case.
 */
function chunksOf(text: string): Chunk[] {
  const starts = sentenceSpans(text)
    .map((span) => span.start)
    .filter((start, i) => i > 0 && !/^\p{Ll}/u.test(text[start]!));
  return [0, ...starts].map((start, i) => ({
    start,
    text: text.slice(start, starts[i] ?? text.length),
  }));
}

/** Consecutive sentences not seen before, each run as one. */
function runsOf(chunks: Chunk[], known: ReadonlyMap<string, EngineLint[]>): Chunk[][] {
  const runs: Chunk[][] = [];
  let run: Chunk[] = [];
  for (const chunk of chunks) {
    if (known.has(chunk.text)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(chunk);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function moved(lints: readonly EngineLint[] | undefined, by: number): EngineLint[] {
  return (lints ?? []).map((lint) => ({ ...lint, start: lint.start + by, end: lint.end + by }));
}
