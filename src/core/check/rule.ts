import type { CheckContext } from "./check-context.js";
import type { Finding, Severity, Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { sentencesOf, type SentenceText } from "./sentence-text.js";
import { WORDING, type Wording } from "./wording.js";

export type RuleCode = keyof typeof WORDING;
type ParamsOf<C extends RuleCode> =
  Parameters<(typeof WORDING)[C]> extends [infer P, ...unknown[]] ? P : Record<string, never>;

/** Something a rule found, before it is put into words. */
export type Hit<C extends RuleCode> = Span & { params: ParamsOf<C> };

/**
 * A named check with a stable code. Detection lives in the rule; the wording in wording.ts. What a
 * rule reads is part of its definition: a rule of one sentence (`defineSentenceRule`) sees one
 * sentence at a time, so what it finds there holds wherever the sentence stands, and a checker that
 * keeps it (`SentenceChecks`) need not ask again while the sentence is unchanged; a rule of the note
 * (`defineRule`) reads the whole note at each check.
 */
export type Rule = NoteRule | SentenceRule;

interface RuleInfo {
  code: RuleCode;
  severity: Severity;
  /** What the rule catches, for the documentation and `afterword check --rules`. */
  summary: string;
  check(message: MessageText, context: CheckContext): Finding[];
}

export interface NoteRule extends RuleInfo {
  reads: "note";
}

export interface SentenceRule extends RuleInfo {
  reads: "sentence";
  /** What the rule finds in one sentence, offsets from the sentence's start. */
  checkSentence(sentence: SentenceText, context: CheckContext): readonly Finding[];
}

export function defineRule<C extends RuleCode>(rule: {
  code: C;
  severity: Severity;
  summary: string;
  detect(message: MessageText, context: CheckContext): Hit<C>[];
}): NoteRule {
  return {
    code: rule.code,
    severity: rule.severity,
    summary: rule.summary,
    reads: "note",
    check: (message, context) =>
      rule.detect(message, context).map((hit) => toFinding(rule.code, rule.severity, hit)),
  };
}

/** A rule whose findings in a sentence depend on that sentence alone (and the context). */
export function defineSentenceRule<C extends RuleCode>(rule: {
  code: C;
  severity: Severity;
  summary: string;
  detect(sentence: SentenceText, context: CheckContext): Hit<C>[];
}): SentenceRule {
  const checkSentence = (sentence: SentenceText, context: CheckContext) => {
    const hits = rule.detect(sentence, context);
    return hits.length === 0 ? NONE : hits.map((hit) => toFinding(rule.code, rule.severity, hit));
  };
  return {
    code: rule.code,
    severity: rule.severity,
    summary: rule.summary,
    reads: "sentence",
    checkSentence,
    check(message, context) {
      const findings: Finding[] = [];
      for (const { start, sentence } of sentencesOf(message)) {
        placeFrom(start, checkSentence(sentence, context), findings);
      }
      return findings;
    },
  };
}

/** Most sentences have nothing to say to a rule. */
const NONE: readonly Finding[] = Object.freeze([]);

/** Adds a sentence's findings to `into`, placed where the sentence starts in the note. */
export function placeFrom(start: number, findings: readonly Finding[], into: Finding[]): void {
  for (const finding of findings) {
    into.push({ ...finding, start: finding.start + start, end: finding.end + start });
  }
}

export function toFinding<C extends RuleCode>(code: C, severity: Severity, hit: Hit<C>): Finding {
  const say = WORDING[code] as (params: ParamsOf<C>) => Wording;
  const { message, suggestion } = say(hit.params);
  return {
    rule: code,
    severity,
    message,
    start: hit.start,
    end: hit.end,
    ...(suggestion ? { suggestion } : {}),
  };
}
