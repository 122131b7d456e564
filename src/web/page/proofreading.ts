import {
  proofread,
  proofreadNow,
  SentenceChecks,
  type CheckContext,
  type Finding,
  type LanguageEngine,
} from "../../core/check/index.js";
import { browserEngines } from "../../engines/browser-engines.js";
import { IncrementalEngine, type IncrementalLint } from "../../engines/incremental.engine.js";
import type { EnglishVariety } from "../../core/english-variety.js";

/** What a settled check found, and what harper's part of it cost (null without harper). */
export interface SettledCheck {
  findings: Finding[];
  grammar: IncrementalLint | null;
}

/**
 * The proofreader as the page runs it: our rules and the dictionary on this thread, in the same
 * frame as each keystroke; harper.js in its Web Worker once typing pauses, for grammar and the
 * spelling suggestions, re-linting only the sentences that changed.
 */
export class PageProofreader {
  private readonly instant: LanguageEngine | null;
  private readonly grammar: IncrementalEngine | null;
  /** What the rules of one sentence found in each sentence of the note, kept between checks. */
  private readonly sentences = new SentenceChecks();
  private instantLoaded = false;
  private fullLoaded = false;
  /** Resolves once the dictionary is ready (true) or could not load (false). */
  readonly instantReady: Promise<boolean>;
  /** Resolves once harper.js is ready (true) or could not load (false). */
  readonly fullReady: Promise<boolean>;

  constructor(english: EnglishVariety) {
    const { instant, full } = browserEngines({
      assets: new URL("/engine/", location.origin),
      english,
      worker: true,
    });
    this.instant = instant ?? null;
    this.grammar = full ? new IncrementalEngine(full) : null;
    this.instantReady = (instant ? instant.start() : Promise.reject(new Error("none"))).then(
      () => (this.instantLoaded = true),
      () => false,
    );
    this.fullReady = this.instantReady
      .then(() => this.grammar?.start())
      .then(
        () => (this.fullLoaded = Boolean(this.grammar)),
        () => false,
      );
  }

  /** Our rules and the dictionary, synchronously: what lands within the frame of the keystroke. */
  now(text: string, context: CheckContext): Finding[] {
    return proofreadNow(text, context, this.instantLoaded ? this.instant : null, this.sentences);
  }

  /** Everything the loaded engines find, suggestions included: for when typing pauses. */
  async settle(text: string, context: CheckContext): Promise<SettledCheck> {
    const instant = this.instantLoaded ? this.instant : null;
    const full = this.fullLoaded ? this.grammar : null;
    const { findings } = await proofread(text, context, { instant, full }, this.sentences);
    return { findings, grammar: full?.last ?? null };
  }
}

const proofreaders = new Map<string, PageProofreader>();

/** One proofreader per English the page checks, loaded once for the page's life. */
export function pageProofreader(english: EnglishVariety): PageProofreader {
  let proofreader = proofreaders.get(english);
  if (!proofreader) {
    proofreader = new PageProofreader(english);
    proofreaders.set(english, proofreader);
  }
  return proofreader;
}

/**
 * Findings of an earlier text carried over to the current one: those before the edit stay, those
 * after it move with it, those it touched go (the next check finds them again if still there).
 */
export function carryOver(findings: readonly Finding[], before: string, after: string): Finding[] {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  return findings.flatMap((finding) => {
    if (finding.end < prefix) return [finding];
    if (finding.start > editEnd)
      return [{ ...finding, start: finding.start + delta, end: finding.end + delta }];
    return [];
  });
}

/**
 * The findings of this keystroke, plus what the last settled check found where the keystroke did
 * not reach: harper's grammar, and the suggestions the dictionary had worked out for a word.
 */
export function mergeFindings(now: readonly Finding[], carried: readonly Finding[]): Finding[] {
  const key = (finding: Finding) => `${finding.rule}|${finding.start}|${finding.end}`;
  const earlier = new Map(carried.map((finding) => [key(finding), finding]));
  const merged = now.map((finding) => {
    const suggestion = finding.suggestion ?? earlier.get(key(finding))?.suggestion;
    return suggestion === undefined ? finding : { ...finding, suggestion };
  });
  const seen = new Set(now.map(key));
  const extra = carried.filter(
    (finding) => finding.rule.startsWith("grammar.") && !seen.has(key(finding)),
  );
  return [...merged, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
