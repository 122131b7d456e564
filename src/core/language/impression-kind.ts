/**
 * What a thing that impressed the candidate says about the employer, so the note can say why it
 * matters to them: people taught ("apprentices get paired with a senior machinist"), staff looked
 * after ("a protected 15 min break after the morning rush"), work done carefully ("a first
 * article check on the CMM before every batch"), or the people served put first ("a quiet room
 * for families"). Null when the words show none of these plainly.
 */
export type ImpressionKind =
  | { kind: "learning" }
  | { kind: "staff" }
  | { kind: "standards" }
  | { kind: "served"; people: string };

export function impressionKind(impressed: string): ImpressionKind | null {
  const text = impressed.replace(/\s+/g, " ");
  if (LEARNING.test(text)) return { kind: "learning" };
  if (STAFF.test(text)) return { kind: "staff" };
  if (STANDARDS.test(text)) return { kind: "standards" };
  const served = SERVED.exec(text);
  if (served) {
    return { kind: "served", people: PEOPLE[(served[1] ?? served[2])!.toLowerCase()] ?? "clients" };
  }
  return null;
}

const LEARNING =
  /\b(?:apprentices?|apprenticeships?|mentors?|mentoring|mentorship|training|trainees?|preceptorship|study (?:day|time|support|leave)|CPD|exam fees|exam prep|tuition|courses?|coaching|reflective practice|rides along|learn properly|development budget|upgrade course)\b/i;

const STAFF =
  /\b(?:protected (?:\d+ ?min(?:ute)?s? )?break|break room|breaks? (?:after|between|every)|not on call|isn['’]t on call|salaried|no commission|kept every \w+ on|never (?:once )?paid late|pay (?:\w+ )?weekly|wellbeing|four[- ]day week|staff meal)\b/i;

const STANDARDS =
  /\b(?:first article|inspection|debriefs?|post[- ]incident reviews?|blameless|audits?|temp(?:erature)? log|QAQC|checklist|walkaround|(?:\d+[- ]point )?checks?|proofreads?|corrections run|retired on a schedule|tagged (?:\+|and) logged|track (?:\w+ ){0,3}rate|post[- ]occupancy)\b/i;

/** Plural, or one of many ("every customer"): "customer research" is about research. */
const SERVED =
  /\b(families|patients|clients|customers|homeowners|residents|pet owners|owners)\b|\b(?:every|each|a|the)\s+(family|patient|client|customer|homeowner|resident)\b(?!\s+(?:research|service|experience|data|journey|base|success|support))/i;

/** How the note names the people served: "the families", "patients". */
const PEOPLE: Record<string, string> = {
  family: "the families",
  families: "the families",
  patient: "patients",
  patients: "patients",
  client: "clients",
  clients: "clients",
  customer: "customers",
  customers: "customers",
  homeowner: "homeowners",
  homeowners: "homeowners",
  resident: "residents",
  residents: "residents",
  "pet owners": "pet owners",
  owners: "owners",
};
