import type { CheckContext } from "./check-context.js";
import { sortFindings, type Finding } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { placeFrom, type Rule, type SentenceRule } from "./rule.js";
import { RULES } from "./rules/index.js";
import { sentenceKey, sentencesOf } from "./sentence-text.js";

/**
 * Our rules for a note checked again and again as it is typed: what the rules of one sentence
 * found in each sentence is kept, by the sentence's text and where it stands against the greeting
 * and the closing, so a keystroke has them look only at the sentence it changed; the rules of the whole note read it all each time. The findings are those
 * `runRules` gives on the same text (test/core/check/sentence-checks.property.test.ts).
 */
export class SentenceChecks {
  private readonly ofSentence: SentenceRule[];
  /** The context the kept findings were made in: another one makes them stale. */
  private context: CheckContext | null = null;
  /** Each sentence of the last check's note, with each sentence rule's findings there. */
  private kept = new Map<string, (readonly Finding[])[]>();

  constructor(private readonly rules: readonly Rule[] = RULES) {
    this.ofSentence = rules.filter((rule): rule is SentenceRule => rule.reads === "sentence");
  }

  check(message: MessageText, context: CheckContext): Finding[] {
    if (context !== this.context) {
      this.context = context;
      this.kept = new Map();
    }
    const sentences = sentencesOf(message);
    // Only this note's sentences are kept for the next check: memory stays that of one note.
    const kept = new Map<string, (readonly Finding[])[]>();
    const found = sentences.map(({ start, sentence }) => {
      const key = sentenceKey(sentence);
      const findings =
        kept.get(key) ??
        this.kept.get(key) ??
        this.ofSentence.map((rule) => rule.checkSentence(sentence, context));
      kept.set(key, findings);
      return { start, findings };
    });
    this.kept = kept;
    const findings: Finding[] = [];
    let index = 0;
    for (const rule of this.rules) {
      if (rule.reads === "note") {
        findings.push(...rule.check(message, context));
        continue;
      }
      const i = index++;
      for (const { start, findings: ofSentence } of found) {
        placeFrom(start, ofSentence[i]!, findings);
      }
    }
    return sortFindings(findings);
  }
}
