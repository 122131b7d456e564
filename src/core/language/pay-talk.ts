/**
 * "salary range 72-80k, i said 78", "CTC 18-21 LPA", "notice period 60 days": talk of pay and
 * terms, which a note does not thank anyone for or recall as a highlight.
 */
export function isPayTalk(point: string): boolean {
  return PAY.test(point);
}

const PAY =
  /\b(?:salary|salaries|pay\s+(?:range|band|rate|scale)|ctc|lpa|compensation|wages?|hourly rate|notice period|bonus|pension|benefits package)\b|[£$€]\s?\d[\d,.]*\s*k?\s*[-–]\s*[£$€]?\d[\d,.]*\s*k\b|\b\d+\s*[-–]\s*\d+\s*k\b/i;
