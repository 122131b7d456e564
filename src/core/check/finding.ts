/** What the proofreader reports about a message. It never blocks sending. */
export const SEVERITIES = ["error", "warning"] as const;
/** `error`: would embarrass the candidate. `warning`: a careful coach would mention it. */
export type Severity = (typeof SEVERITIES)[number];

/** A range of characters in the checked text: `start` inclusive, `end` exclusive (UTF-16 offsets). */
export interface Span {
  start: number;
  end: number;
}

export interface Finding extends Span {
  /** A stable code such as `placeholder` or `tone.pushy`; docs/proofreader.md lists them all. */
  rule: string;
  severity: Severity;
  /** One sentence a person reads: what is wrong here. */
  message: string;
  /** What to write instead, or what to do, when there is something better to say than the message. */
  suggestion?: string;
}

/** Findings in reading order; at one place, errors before warnings. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      a.rule.localeCompare(b.rule),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return {
    error: findings.filter((finding) => finding.severity === "error").length,
    warning: findings.filter((finding) => finding.severity === "warning").length,
  };
}
