import type { CheckContext } from "./check-context.js";
import type { EngineLint, LanguageEngine } from "./engine.js";
import { engineFindings } from "./engine-findings.js";
import { sortFindings, type Finding } from "./finding.js";
import { readMessage, type MessageText } from "./message-text.js";
import { within } from "./names.js";
import type { Rule } from "./rule.js";
import { RULES } from "./rules/index.js";
import type { SentenceChecks } from "./sentence-checks.js";
import { vocabularyOf } from "./vocabulary.js";

/** What a check found, and which engines did the spelling and grammar ("" when none did). */
export interface CheckResult {
  findings: Finding[];
  engine: string;
}

export interface ProofreaderEngines {
  /** Ready in a fraction of a second (nspell): the first pass while the full engine loads. */
  instant?: LanguageEngine | null;
  /** Slower to load, better at grammar (harper). */
  full?: LanguageEngine | null;
  /**
   * The instant engine, not loaded yet: loaded the first time the full engine's lints need its
   * second opinion (a misspelling, a word split in two); null when it cannot load. Most notes
   * never need it, and then its load time and memory are saved.
   */
  instantWhenNeeded?: { name: string; load: () => Promise<LanguageEngine | null> } | null;
}

/** Our own rules alone: synchronous, no engine, the same in every runtime. */
export function runRules(
  text: string | MessageText,
  context: CheckContext,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const message = typeof text === "string" ? readMessage(text) : text;
  return sortFindings(rules.flatMap((rule) => rule.check(message, context)));
}

/**
 * Our rules plus the engines' spelling and grammar. With both engines, a word counts as misspelled
 * only when both reject it: each dictionary lacks words the other has (harper: "afterwards",
 * "RN"; the Hunspell one: British spellings, clinical terms), and a real typo is in neither.
 * `sentences`, as for `proofreadNow`.
 */
export async function proofread(
  text: string,
  context: CheckContext,
  engines: ProofreaderEngines,
  sentences?: SentenceChecks,
): Promise<CheckResult> {
  const { full, instantWhenNeeded } = engines;
  let instant = engines.instant;
  const engine = full ?? instant;
  const words = vocabularyOf(context).terms;
  if (!engine) return { findings: ourFindings(text, context, sentences).ours, engine: "" };
  const linting = engine.check(text, words);
  // An engine on another thread lints while our rules run here. One on this thread lints first,
  // and our rules run after it in one stretch with the reading of its lints: its large tables push
  // our data out of the processor's caches, so each stretch of ours after it starts slow.
  const early = engine.offThread ? ourFindings(text, context, sentences) : null;
  let lints = await linting;
  const { message, ours } = early ?? ourFindings(text, context, sentences);
  // An instant engine never asked stays a partner: asked, it would have agreed with every lint.
  let partner = instant?.name ?? instantWhenNeeded?.name;
  if (
    full &&
    !instant &&
    instantWhenNeeded &&
    lints.some((lint) => wantsSecondOpinion(lint, text))
  ) {
    instant = await instantWhenNeeded.load();
    partner = instant?.name;
  }
  if (full && instant) lints = await bothRejected(lints, text, words, instant, full);
  return {
    findings: together(ours, lints, message, context),
    engine: [full?.name, partner].filter(Boolean).join("+"),
  };
}

/**
 * Our rules and an engine that lints without waiting (nspell), in one synchronous stretch: what a
 * page shows in the frame of a keystroke. Suggestions are those the engine already knows (its
 * guesses cost milliseconds a word): a later `proofread` brings the rest. With `sentences`, what
 * the rules of one sentence found in the sentences the keystroke left alone is taken from there.
 */
export function proofreadNow(
  text: string,
  context: CheckContext,
  instant: LanguageEngine | null,
  sentences?: SentenceChecks,
): Finding[] {
  const { message, ours } = ourFindings(text, context, sentences);
  if (!instant?.checkNow) return ours;
  const lints = instant.checkNow(text, vocabularyOf(context).terms, { suggestions: "known" });
  return together(ours, lints, message, context);
}

function together(
  ours: Finding[],
  lints: readonly EngineLint[],
  message: MessageText,
  context: CheckContext,
): Finding[] {
  return sortFindings([...ours, ...notCoveredBy(ours, engineFindings(lints, message, context))]);
}

function ourFindings(
  text: string,
  context: CheckContext,
  sentences?: SentenceChecks,
): { message: MessageText; ours: Finding[] } {
  const message = readMessage(text);
  return {
    message,
    ours: sentences ? sentences.check(message, context) : runRules(message, context),
  };
}

/** Our rules that point at a word or phrase (not at the whole note or where something is missing). */
const PHRASE_RULES = /^(?:placeholder|fact\.(?:company|person|greeting|position)|tone\.)/;

/** An engine finding inside one of ours ("thx" as a typo and as text-speak) says less: ours stays. */
function notCoveredBy(ours: Finding[], theirs: Finding[]): Finding[] {
  const spans = ours.filter(
    (finding) => PHRASE_RULES.test(finding.rule) && finding.end > finding.start,
  );
  return theirs.filter((finding) => !spans.some((span) => within(finding, span)));
}

/**
 * The full engine's lints, less the misspellings the instant engine accepts: it only looks at
 * those words. Where the full engine's best guess splits a typo in two ("curent" → "cu rent"),
 * the instant engine's guesses ("current") come first. No suggestion is kept that the other
 * engine rejects, nor one that splits a word a dictionary accepts ("codebase" → "code base").
 */
async function bothRejected(
  lints: EngineLint[],
  text: string,
  words: readonly string[],
  instant: LanguageEngine,
  full: LanguageEngine,
): Promise<EngineLint[]> {
  const accepted = async (engine: LanguageEngine, phrase: string) =>
    !(await engine.check(phrase, words, { suggestions: false })).some(
      (lint) => lint.kind === "spelling",
    );
  const kept: EngineLint[] = [];
  for (const lint of lints) {
    const flagged = text.slice(lint.start, lint.end);
    if (lint.kind !== "spelling") {
      const splits = lint.suggestions.filter((suggestion) => isSplitOf(suggestion, flagged));
      if (splits.length === 0 || !(await accepted(instant, flagged))) {
        kept.push(lint);
        continue;
      }
      const rest = lint.suggestions.filter((suggestion) => !splits.includes(suggestion));
      if (rest.length > 0) kept.push({ ...lint, suggestions: rest });
      continue;
    }
    // The dictionary's guesses cost seconds for a word far from every other, as names are: a
    // capitalised word keeps the full engine's guesses alone.
    const splits = splitsTheWord(lint.suggestions[0]) && !/^\p{Lu}/u.test(flagged);
    const verdict = await instant.check(flagged, words, { suggestions: splits });
    const theirs = verdict.find((other) => other.kind === "spelling");
    if (!theirs) continue;
    const suggestions: string[] = [];
    const offer = async (suggestion: string, other: LanguageEngine) => {
      if (!suggestions.includes(suggestion) && (await accepted(other, suggestion))) {
        suggestions.push(suggestion);
      }
    };
    // Where the full engine's best guess splits the word, the dictionary's guesses come first.
    if (splits) for (const suggestion of theirs.suggestions) await offer(suggestion, full);
    for (const suggestion of lint.suggestions) await offer(suggestion, instant);
    kept.push({ ...lint, suggestions });
  }
  return kept;
}

/** The lints `bothRejected` asks the instant engine about: misspellings, and words split in two. */
function wantsSecondOpinion(lint: EngineLint, text: string): boolean {
  const flagged = text.slice(lint.start, lint.end);
  return lint.kind === "spelling" || lint.suggestions.some((s) => isSplitOf(s, flagged));
}

/** "code base" for "codebase", "on-boarding" for "onboarding". */
function isSplitOf(suggestion: string, word: string): boolean {
  return (
    /[\s-]/u.test(suggestion) &&
    !/[\s-]/u.test(word) &&
    suggestion.replace(/[\s-]+/gu, "").toLowerCase() === word.toLowerCase()
  );
}

/** No guess at all, or a guess in two words: run-together words are rare, split typos common. */
function splitsTheWord(guess: string | undefined): boolean {
  return guess === undefined || /\s/u.test(guess);
}

/**
 * Runs our rules with the best engines available: the instant one first, then the full one once
 * it has loaded. An engine that fails to load is left out and `engineErrors` says why; our own
 * rules always run.
 */
export class Proofreader {
  private instantReady: Promise<void> | null = null;
  private fullReady: Promise<boolean> | null = null;
  private instantLoaded = false;
  private fullLoaded = false;
  readonly engineErrors: Error[] = [];

  constructor(private readonly engines: ProofreaderEngines) {}

  /** Loads the instant engine, then starts loading the full one in the background. */
  start(): Promise<void> {
    const instant = this.engines.instant;
    this.instantReady ??= (instant ? instant.start() : Promise.resolve())
      .then(
        () => {
          this.instantLoaded = Boolean(instant);
        },
        (error: unknown) => {
          this.engineErrors.push(asError(error));
        },
      )
      .then(() => this.startFull());
    return this.instantReady;
  }

  /** Resolves once the full engine is ready (true) or has failed to load (false). */
  whenFullReady(): Promise<boolean> {
    this.startFull();
    return this.fullReady!;
  }

  /** Findings from the engines ready right now, without waiting for the full one. */
  async checkNow(text: string, context: CheckContext): Promise<CheckResult> {
    await this.start();
    return proofread(text, context, this.ready());
  }

  /**
   * Findings with the full engine, waiting for it to load when it has not yet. Unless something
   * already started the instant engine, the full one loads first and alone, and the instant one
   * only when a lint needs it.
   */
  async check(text: string, context: CheckContext): Promise<CheckResult> {
    const { full, instant } = this.engines;
    if (full && !this.instantReady && (await this.whenFullReady())) {
      return proofread(text, context, {
        full,
        instantWhenNeeded: instant ? { name: instant.name, load: () => this.loadInstant() } : null,
      });
    }
    await this.start();
    await this.whenFullReady();
    return proofread(text, context, this.ready());
  }

  /**
   * The first findings as soon as the instant engine has them, then the full engine's. `onResult`
   * is called once or twice, the last time with `final` true; the promise resolves with that result.
   */
  async checkProgressively(
    text: string,
    context: CheckContext,
    onResult: (result: CheckResult, final: boolean) => void,
  ): Promise<CheckResult> {
    const first = await this.checkNow(text, context);
    if (this.fullLoaded || !this.engines.full) {
      onResult(first, true);
      return first;
    }
    onResult(first, false);
    const last = await this.check(text, context);
    onResult(last, true);
    return last;
  }

  async stop(): Promise<void> {
    await this.instantReady;
    await this.fullReady;
    await Promise.all([
      this.instantLoaded ? this.engines.instant?.stop() : undefined,
      this.fullLoaded ? this.engines.full?.stop() : undefined,
    ]);
  }

  private async loadInstant(): Promise<LanguageEngine | null> {
    await this.start();
    return this.instantLoaded ? (this.engines.instant ?? null) : null;
  }

  private startFull(): void {
    const full = this.engines.full;
    this.fullReady ??= full
      ? full.start().then(
          () => (this.fullLoaded = true),
          (error: unknown) => {
            this.engineErrors.push(asError(error));
            return false;
          },
        )
      : Promise.resolve(false);
  }

  private ready(): ProofreaderEngines {
    return {
      instant: this.instantLoaded ? this.engines.instant : null,
      full: this.fullLoaded ? this.engines.full : null,
    };
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
