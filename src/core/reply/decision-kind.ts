/**
 * What a received message asks the candidate to decide. Only `reply` and the decisive kinds come
 * from a person; `auto-reply` and `bounce` are never taken for an answer.
 */
export const DECISION_KINDS = [
  "invitation",
  "rejection",
  "offer",
  "request",
  "reply",
  "auto-reply",
  "bounce",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export function isDecisionKind(text: string): text is DecisionKind {
  return (DECISION_KINDS as readonly string[]).includes(text);
}
