/**
 * "salary range 72-80k, i said 78", "CTC 18-21 LPA", "notice period 60 days", "rota is two
 * weeks on two off", "hybrid, tues + thurs in the office": talk of pay and terms, which a note
 * does not thank anyone for or recall as a highlight.
 */
export function isTermsTalk(point: string): boolean {
  return PAY.test(point) || TERMS.test(point);
}

const TERMS =
  /\b(?:rota|roster|shift pattern|hybrid|days? (?:a|per) week|days? in the office|\d+\s*(?:days?\s+)?on,?\s*\d+\s*(?:days?\s+)?off|(?:\d+|two|three|four|one) weeks? on,? (?:\d+|two|three|four|one) (?:weeks? )?off|fifo|dido|probation(?:ary period)?|start date|wfh|fte|pay scale|(?:teacher|salary|pay) grid|cat(?:egory)? \d+ step \d+)\b/i;

const PAY =
  /\b(?:salary|salaries|pay\s+(?:range|band|rate|scale)|ctc|lpa|compensation|wages?|hourly rate|notice period|bonus|commission|commissions|ote|super(?:annuation)?|\d+\s*%\s*variable|variable pay|base (?:pay|salary)|pension|retirement plan|benefits(?: package)?(?!\s+of\b))\b|[£$€]\s?\d[\d,.]*\s*k?\s*[-–]\s*[£$€]?\d[\d,.]*\s*k\b|\b\d+\s*[-–]\s*\d+\s*k\b/i;
