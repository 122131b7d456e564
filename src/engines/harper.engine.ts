import type { Linter, Lint } from "harper.js";
import { EngineUnavailable, type EngineLint, type LanguageEngine } from "../core/check/engine.js";

export interface HarperOptions {
  /** The slim WebAssembly binary; by default harper.js's own file beside its module. */
  binaryUrl?: string | URL;
  /** In a browser: lint in a Web Worker so typing never waits for it. */
  worker?: boolean;
  dialect?: HarperDialect;
}

export type HarperDialect = "american" | "british" | "australian" | "canadian" | "indian";

/**
 * Harper rules turned off because they misfire on good professional e-mail. Measured by running
 * harper 2.10's default rules over bench/corpus/good (33 notes: every kind and channel, five
 * candidates in data, nursing, logistics, teaching and marketing, American and British English):
 */
export const HARPER_RULES_OFF: Record<string, string> = {
  // "It was great meeting the team" is read as a missing preposition: one of the most common
  // sentences in a thank-you note.
  MissingPreposition: "flags “It was great meeting …”",
  // Upper-cases short first names it also knows as acronyms: "Sam" → "SAM", "Al" → "AL", and
  // rewrites "ACLS" as "ACLs".
  OrthographicConsistency: "turns short names into acronyms (Sam → SAM, Al → AL)",
  // Fires on "ASAP" inside a company name ("ASAP Logistics"); tone.pushy catches the real
  // "as soon as possible" and knows the candidate's company names.
  AsSoonAsPossible: "fires on company names such as ASAP Logistics",
  // Wants an en dash in the phone number "555-0198".
  NumericRangeEnDash: "fires on phone numbers",
  // Flags a long but clear sentence; length is our own rule, per channel.
  LongSentences: "style, not a slip; length is checked per channel",
  // Joins correct open compounds: "back room" → "backroom".
  CompoundNouns: "joins correct open compounds (back room → backroom)",
  // Reads "the nights when ratios slipped were the nights when …" as a "were/where" typo.
  WereWhere: "misreads a correct “were” after a relative clause",
};

const DIALECTS: Record<HarperDialect, number> = {
  american: 0,
  british: 1,
  australian: 2,
  canadian: 3,
  indian: 4,
};

/** A short note in the same shape as real ones: its first check pays harper's one-off costs. */
const WARM_UP =
  "Dear Dana,\n\nMany thanks for Tuesday's conversation; the pipeline plans stayed with me on the way home.\n\nBest regards,\nJordan";

/** harper.js behind the engine port: spelling and grammar, loaded once and warmed up. */
export class HarperEngine implements LanguageEngine {
  readonly name = "harper";
  private linter: Linter | null = null;
  private readonly learned = new Set<string>();
  private lastTerms: readonly string[] | null = null;

  constructor(private readonly options: HarperOptions = {}) {}

  async start(): Promise<void> {
    if (this.linter) return;
    try {
      const harper = await import("harper.js");
      const binary = this.options.binaryUrl
        ? harper.createBinaryModuleFromUrl(String(this.options.binaryUrl), "slim")
        : (await import("harper.js/slimBinary")).slimBinary;
      const init = { binary, dialect: DIALECTS[this.options.dialect ?? "american"] };
      const linter = this.options.worker
        ? new harper.WorkerLinter(init)
        : new harper.LocalLinter(init);
      await linter.setup();
      const config = await linter.getLintConfig();
      for (const rule of Object.keys(HARPER_RULES_OFF)) if (rule in config) config[rule] = false;
      await linter.setLintConfig(config);
      freeAll(await linter.lint(WARM_UP, { language: "plaintext" }));
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
    this.lastTerms = null;
    await linter?.dispose();
  }

  async check(text: string, words: readonly string[]): Promise<EngineLint[]> {
    const linter = this.linter;
    if (!linter) throw new Error("HarperEngine.check called before start()");
    await this.learn(linter, words);
    const lints = await linter.lint(text, { language: "plaintext" });
    try {
      return lints.map(toEngineLint);
    } finally {
      freeAll(lints);
    }
  }

  /** Teaches harper the words it has not seen: importing is costly, so only the new ones. */
  private async learn(linter: Linter, terms: readonly string[]): Promise<void> {
    if (terms === this.lastTerms) return;
    this.lastTerms = terms;
    const fresh = new Set<string>();
    for (const term of terms) {
      for (const word of term.split(/[^\p{L}\p{M}'’-]+/u)) {
        if (word.length > 1 && !this.learned.has(word)) fresh.add(word);
      }
    }
    if (fresh.size === 0) return;
    await linter.importWords([...fresh]);
    for (const word of fresh) this.learned.add(word);
  }
}

/** harper.js already gives spans in UTF-16 units, as JavaScript strings count them. */
function toEngineLint(lint: Lint): EngineLint {
  const span = lint.span();
  const found = lint.get_problem_text();
  const suggestions = lint.suggestions().map((suggestion) => {
    const text = suggestion.get_replacement_text();
    suggestion.free();
    return text;
  });
  const result: EngineLint = {
    kind: classify(lint.lint_kind(), found, suggestions),
    start: span.start,
    end: span.end,
    message: lint.message(),
    suggestions,
  };
  span.free();
  return result;
}

/** Sorts harper's lints into the kinds we word ourselves; its rule names do not cross the port. */
function classify(kind: string, found: string, suggestions: string[]): EngineLint["kind"] {
  if (kind === "Repetition" || /^(\p{L}+)\s+\1$/iu.test(found)) return "repeated-word";
  if (kind === "Spelling" || kind === "Typo") return "spelling";
  const article = /^an?$/i;
  if (article.test(found) && suggestions.length > 0 && suggestions.every((s) => article.test(s))) {
    return "a-an";
  }
  if (kind === "Capitalization") {
    if (found === "i") return "capital-i";
    if (
      /^\p{Ll}/u.test(found) &&
      suggestions.some((s) => s === found.charAt(0).toUpperCase() + found.slice(1))
    ) {
      return "sentence-case";
    }
  }
  return "other";
}

function freeAll(lints: Lint[]): void {
  for (const lint of lints) lint.free();
}
