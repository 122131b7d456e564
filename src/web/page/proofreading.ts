import {
  proofread,
  type CheckContext,
  type Finding,
  type ProofreaderEngines,
} from "../../core/check/index.js";
import { browserEngines } from "../../engines/browser-engines.js";
import type { EnglishVariety } from "../../core/english-variety.js";

/**
 * The proofreader as the page runs it: our rules and the dictionary on this thread, at every
 * keystroke; harper.js in its Web Worker, a moment later, for grammar.
 */
export class PageProofreader {
  private readonly engines: ProofreaderEngines;
  private readonly instantReady: Promise<boolean>;
  private fullLoaded = false;
  /** Resolves once harper.js is ready (true) or could not load (false). */
  readonly fullReady: Promise<boolean>;

  constructor(english: EnglishVariety) {
    this.engines = browserEngines({
      assets: new URL("/engine/", location.origin),
      english,
      worker: true,
    });
    const { instant, full } = this.engines;
    this.instantReady = (instant ? instant.start() : Promise.reject(new Error("none"))).then(
      () => true,
      () => false,
    );
    this.fullReady = this.instantReady
      .then(() => full?.start())
      .then(
        () => (this.fullLoaded = Boolean(full)),
        () => false,
      );
  }

  /** Our rules and the dictionary: what lands within the frame of the keystroke. */
  async quick(text: string, context: CheckContext): Promise<Finding[]> {
    const instant = (await this.instantReady) ? this.engines.instant : null;
    return (await proofread(text, context, { instant })).findings;
  }

  /** Everything, harper's grammar included; null until harper has loaded. */
  async full(text: string, context: CheckContext): Promise<Finding[] | null> {
    if (!this.fullLoaded) return null;
    const instant = (await this.instantReady) ? this.engines.instant : null;
    return (await proofread(text, context, { instant, full: this.engines.full })).findings;
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

/** Our findings, plus the grammar harper found last time where this keystroke did not reach. */
export function mergeFindings(quick: readonly Finding[], carried: readonly Finding[]): Finding[] {
  const key = (finding: Finding) => `${finding.rule}|${finding.start}|${finding.end}`;
  const seen = new Set(quick.map(key));
  const extra = carried.filter(
    (finding) => finding.rule.startsWith("grammar.") && !seen.has(key(finding)),
  );
  return [...quick, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
