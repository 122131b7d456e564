/**
 * "salary range 72-80k, i said 78", "CTC 18-21 LPA", "notice period 60 days", "rota is two
 * weeks on two off", "hybrid, tues + thurs in the office", "nights sun-thurs 10pm to 6:30am": talk
 * of pay, terms and hours, which a note does not thank anyone for or recall as a highlight.
 */
export function isTermsTalk(point: string): boolean {
  return (
    PAY.test(point) ||
    TERMS.test(point) ||
    REQUIRED.test(point) ||
    HOURS.test(point) ||
    PERKS.test(point) ||
    ROTATION.test(point) ||
    (DAYS_WORKED.test(point) &&
      (SHIFTS.test(point) || /\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b/u.test(point)))
  );
}

/**
 * "the training is paid", "they'll cover my supervision toward the LCSW", "free parking": what
 * the job gives the candidate, which a note praises as the reason to join only to sound bought.
 */
const PERKS =
  /\b(?:is|are|gets?|be)\s+paid\b(?!\s+(?:to|for|attention)\b)|\bpaid\s+(?:training|leave|overtime|holidays?|study|sabbaticals?|parental)\b|\bfree\s+(?:parking|lunch(?:es)?|meals?|food|gym|uniforms?|coffee|breakfast)\b|\b(?:cover|covers|covering|pay\s+for|pays\s+for|paying\s+for|fund|funds|funding)\s+(?:my|the|your|all)\s+(?:\S+\s+){0,2}(?:supervision|training|course|courses|card|licen[cs]e|fees?|exams?|certification|ticket|tuition|relocation)\b|\bstaff\s+discount|\bperks?\b/iu;

/** "need full licence + own car", "must have a DBS": what the job requires, typed bare. */
const REQUIRED =
  /^(?:(?:you|I|i)\s+)?(?:need|needs|must\s+have|requires?|required)\s+(?:a\s+|an\s+|your\s+|my\s+)?(?:full\s+|clean\s+|current\s+|valid\s+|enhanced\s+)?(?:own\s+)?(?:licen[cs]e|car|vehicle|van|driving|dbs|vetting|check|ticket|card|cscs|uniform|tools|ppe|boots|passport|visa|insurance)\b/iu;

/** "10pm to 6:30am", "10 hr days", "4 day weeks": the hours of the job. */
const HOURS =
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\s*(?:to|-|–|till|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d+\s*(?:hr|hour)s?\s+(?:days|shifts|nights)\b|\b\d\s*[- ]?day\s+weeks?\b|(?<!\b(?:stage|trial)\s)\bshifts?\s+\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}\b/i;

/** "nights 1 wk in 4", "weekends 1 in 3", "on call one weekend a month": how often the hard shifts come round. */
const ROTATION =
  /\b(?:nights?|weekends?|lates|earlies|on[\s-]?call|sleepovers?|sundays|saturdays)\b[^.;,]{0,20}?\b(?:\d+|one|two|three|four|five|six)\s+(?:(?:wk|week|weekend|month)s?\s+)?in\s+(?:\d+|two|three|four|five|six)\b|\b(?:\d+|one|two)\s+(?:wknd|weekend|night)s?\s+(?:a|per|every)\s+(?:month|week|fortnight)\b/iu;

/** "nights sun-thurs", "shifts 6-2 mon to fri": the days worked, said of shifts. */
const DAYS_WORKED =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\s*(?:-|–|to|thru|through)\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b/i;
const SHIFTS = /\b(?:nights|days|shifts?|earlies|lates|hours)\b/i;

const TERMS =
  /\b(?:rota|roster|shift pattern|hybrid|days? (?:a|per) week|days? in the office|\d+\s*(?:days?\s+)?on,?\s*\d+\s*(?:days?\s+)?off|(?:\d+|two|three|four|one) weeks? on,? (?:\d+|two|three|four|one) (?:weeks? )?off|fifo|dido|probation(?:ary period)?|start date|wfh|fte|pay scale|(?:teacher|salary|pay) grid|cat(?:egory)? \d+ step \d+)\b/i;

const PAY =
  /\b(?:salary|salaries|pay\s+(?:range|band|rate|scale)|ctc|lpa|compensation|wages?|hourly rate|notice period|bonus|commission|commissions|ote|super(?:annuation)?|\d+\s*%\s*variable|variable pay|base (?:pay|salary)|pension|retirement plan|benefits(?: package)?(?!\s+of\b))\b|[£$€]\s?\d[\d,.]*\s*k?\s*[-–]\s*[£$€]?\d[\d,.]*\s*k\b|\b\d+\s*[-–]\s*\d+\s*k\b/i;
