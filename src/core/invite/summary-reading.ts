import { squash } from "./company-domain.js";

/**
 * Company and position as an invite's summary names them, when it does: "Senior Backend
 * Engineer at Acme Robotics", "Acme Robotics | Backend Engineer | Technical interview",
 * "Interview for Data Analyst (Northwind)". What cannot be told apart for certain is left out.
 */
export interface SummaryReading {
  company: string | null;
  position: string | null;
}

export interface SummaryHints {
  /** The organizer's company label (e.g. "acme" from acme-robotics.com), to recognise the company. */
  domainLabel: string | null;
  /** Names of the people in the invite and of the candidate, which are never a company. */
  people: string[];
}

const PREFIX =
  /^(?:updated invitation(?: with note)?|invitation|invite|updated|new event|cancell?ed event|cancell?ed|cancellation|accepted|declined|tentative|fwd?|fw|re|aw|wg|tr)\s*:\s*/i;

const JOB_WORDS =
  /\b(engineer(ing)?|developer|programmer|designer|manager|analyst|scientist|architect|lead|director|intern(ship)?|specialist|consultant|administrator|coordinator|associate|officer|executive|representative|technician|researcher|accountant|writer|editor|strategist|marketer|marketing|sales|sre|devops|qa|tester|swe|sde|owner|head of|vp|vice president|counsel|attorney|nurse|teacher|assistant|advisor|adviser|planner|operator|economist|statistician|mathematician|physicist|chemist|product)\b/i;

/** Words that say what kind of meeting it is, not what the job or company is. */
const MEETING_WORDS =
  /\b(interviews?|screen(ing)?|phone|video|call|chat|onsite|on-site|in-person|virtual|round|first|second|third|final|technical|tech|coding|system design|behaviou?ral|culture|fit|hiring manager|recruiter|intro(duction|ductory)?|conversation|meeting|loop|panel|debrief|stage|step|with|and|the|a|an|for|of|\d+(st|nd|rd|th)?)\b/gi;

export function readSummary(summary: string | null, hints: SummaryHints): SummaryReading {
  const text = clean(summary ?? "");
  if (text === "") return { company: null, position: null };
  const people = new Set(hints.people.map(squash).filter((name) => name.length > 0));
  // "with Marcus" names Marcus O'Neill, not a company called Marcus.
  const nameParts = new Set(
    hints.people
      .flatMap((name) => name.split(/[\s,]+/).map(squash))
      .filter((part) => part.length > 1),
  );
  const label = hints.domainLabel ? squash(hints.domainLabel) : null;

  let position: string | null = null;
  let company: string | null = null;
  let byDomain: string | null = null;
  const leftovers: string[] = [];
  for (const segment of segmentsOf(text)) {
    const at = /^(.*?)\s+(?:at|@|with)\s+(.+)$/i.exec(segment);
    if (at && JOB_WORDS.test(at[1]!) && !people.has(squash(at[2]!))) {
      position ??= positionIn(at[1]!);
      company ??= companyIn(at[2]!);
      continue;
    }
    // "Phone interview with Soylent Corp", "Interview with Soylent Corp for Data Scientist".
    if (at && residue(at[1]!) === "") {
      const [named = "", wanted] = at[2]!.split(/\s+for\s+(?:the\s+|an?\s+)?/i, 2);
      const person = people.has(squash(named)) || nameParts.has(squash(named));
      if (!person && nameLike(named)) {
        company ??= companyIn(named);
        if (wanted && JOB_WORDS.test(wanted)) position ??= positionIn(wanted);
        continue;
      }
    }
    const squashed = squash(segment);
    if (people.has(squashed) || people.has(squash(segment.replace(/^with\s+/i, "")))) continue;
    if (JOB_WORDS.test(segment)) {
      position ??= positionIn(segment);
      continue;
    }
    if (
      label &&
      label.length >= 3 &&
      squashed.length > 0 &&
      (squashed.includes(label) || label.includes(squashed))
    ) {
      byDomain ??= companyIn(segment);
      continue;
    }
    if (residue(segment) !== "") leftovers.push(segment);
  }
  company ??= byDomain;
  // With the position read, one remaining name-like segment is the company: "Acme - Backend Engineer".
  const [only] = leftovers;
  if (company === null && position !== null && leftovers.length === 1 && only && nameLike(only)) {
    company = companyIn(only);
  }
  return { company, position };
}

function clean(summary: string): string {
  let text = summary.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "").trim();
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(PREFIX, "").trim();
  }
  return text.replace(/\s+/g, " ");
}

/** Splits on the separators people put between the parts of a summary, and on brackets. */
function segmentsOf(text: string): string[] {
  const bracketed: string[] = [];
  const outside = text.replace(/[([]([^)\]]+)[)\]]/g, (_, inner: string) => {
    bracketed.push(inner.trim());
    return " | ";
  });
  return [...outside.split(/\s+[-–—|/•·x]\s+|\s*[|•·]\s*|:\s+|\s+<>\s+/i), ...bracketed]
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** "Interview for Senior Backend Engineer role" → "Senior Backend Engineer". */
function positionIn(segment: string): string | null {
  const words = segment
    .replace(/^.*?\bfor\s+(the\s+)?(?=.*\b)/i, (prefix) => (JOB_WORDS.test(prefix) ? prefix : ""))
    .replace(/\b(role|position|opening)\b\s*$/i, "")
    .replace(/\s*\b(interview|screen(ing)?|call|chat|round)\b.*$/i, "")
    .replace(/^\s*(interview|screen(ing)?)\s+(for\s+)?/i, "")
    .split(/\s+/)
    .filter(Boolean);
  // "Data Scientist Phone Screen": the kind of meeting is not part of the title.
  while (words.length > 1 && isMeetingWord(words[words.length - 1]!)) words.pop();
  return words.length === 0 ? null : words.join(" ");
}

function companyIn(segment: string): string | null {
  const words = segment
    .replace(/^\s*(with|at)\s+/i, "")
    .replace(/\s+@\s+.*$/, "")
    .replace(/\s*\b(interview|screen(ing)?|call|chat|round)\b.*$/i, "")
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && isMeetingWord(words[words.length - 1]!)) words.pop();
  return words.length === 0 ? null : words.join(" ");
}

function isMeetingWord(word: string): boolean {
  return word.replace(MEETING_WORDS, "").replace(/[^\p{L}\p{N}]+/gu, "") === "";
}

/** What is left of a segment once the words about the kind of meeting are removed. */
function residue(segment: string): string {
  return segment.replace(MEETING_WORDS, "").replace(/[^\p{L}\p{N}]+/gu, "");
}

function nameLike(segment: string): boolean {
  const words = segment.split(/\s+/);
  return words.length <= 5 && /^\p{Lu}/u.test(segment) && !words.some(isMeetingWord);
}
