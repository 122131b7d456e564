import type { Severity } from "./finding.js";
import { RULES } from "./rules/index.js";

export interface RuleInfo {
  rule: string;
  severity: Severity;
  summary: string;
}

/** The codes the engines' lints are reported under (spelling and grammar). */
export const ENGINE_RULES: readonly RuleInfo[] = [
  {
    rule: "spelling",
    severity: "error",
    summary:
      "A misspelled word. Your names, companies, titles and terms, and your dictionary, are never flagged.",
  },
  {
    rule: "spelling.name",
    severity: "warning",
    summary:
      "A capitalised word no dictionary knows, standing where a name stands (greeting, signature, after a title, inside a sentence): most likely a name, perhaps misspelled.",
  },
  { rule: "grammar.repeated-word", severity: "error", summary: "A word typed twice: “the the”." },
  {
    rule: "grammar.a-an",
    severity: "error",
    summary: "“a” before a vowel sound or “an” before a consonant sound.",
  },
  {
    rule: "grammar.sentence-case",
    severity: "warning",
    summary: "A sentence that starts with a small letter.",
  },
  { rule: "grammar.capital-i", severity: "error", summary: "“i” for “I”." },
  {
    rule: "grammar.other",
    severity: "warning",
    summary: "Other grammar slips the grammar engine reports.",
  },
];

/** Every code a finding can carry, ours and the engines', in documentation order. */
export function ruleCatalogue(): RuleInfo[] {
  return [
    ...RULES.map((rule) => ({ rule: rule.code, severity: rule.severity, summary: rule.summary })),
    ...ENGINE_RULES,
  ];
}
