import fc from "fast-check";
import type { Interview } from "../../src/core/interview.js";
import type { Profile } from "../../src/core/record/profile.js";
import { profileSchema } from "../../src/core/record/profile.js";
import { resolveRecord } from "../../src/core/record/resolve-record.js";

/**
 * Interview records as real people write them: names with accents and apostrophes, one-word
 * names and titles, phrases in any case with trailing periods, acronyms and long phrases,
 * optional lists left empty. Each interviewer's points carry a code word of their own (a bird's
 * name) so a test can tell whose conversation a note cites.
 */
const GIVEN = [
  "Dana",
  "Siobhán",
  "José",
  "Zoë",
  "Ngozi",
  "Łukasz",
  "Mei-Ling",
  "Anaïs",
  "James",
  "Chris",
];
const FAMILY = [
  "Whitfield",
  "O'Connell",
  "Peña",
  "Nguyễn",
  "D'Angelo",
  "van der Berg",
  "Okafor",
  "Müller",
  "Sørensen",
  "Smith-Jones",
  "Ellis",
];
const ONE_WORD = ["Prince", "Oyelaran", "Teodora", "Bảo"];

const personName = fc.oneof(
  fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY)).map(([g, f]) => `${g} ${f}`),
  fc.constantFrom(...ONE_WORD),
  fc
    .tuple(fc.constantFrom("Dr.", "Prof."), fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY))
    .map((p) => p.join(" ")),
);

const COMPANIES = [
  "Acme Robotics",
  "Müller & Söhne GmbH",
  "Café Lumière",
  "O'Reilly Media",
  "IBM",
  "Goldman Sachs",
  "McDonald's",
  "Northwind Outfitters Inc.",
  "Harrow & Finch LLP",
];
const POSITIONS = [
  "Senior Backend Engineer",
  "UX Designer",
  "Head of Data",
  "Charge Nurse, Cardiac Step-Down Unit",
  "account executive",
  "Software Engineer II",
  "Ingénieure logicielle",
  "SRE",
  "Program Coordinator role",
];

const BIRDS = [
  "kestrel",
  "osprey",
  "heron",
  "plover",
  "wren",
  "curlew",
  "merlin",
  "dunlin",
  "linnet",
  "siskin",
  "godwit",
  "shrike",
];

const WORDS = [
  "the",
  "team's",
  "migration",
  "to",
  "Kafka",
  "API",
  "design",
  "review",
  "weekly",
  "café",
  "loyalty",
  "programme",
  "on-call",
  "rotation",
  "how",
  "we",
  "handle",
  "incidents",
  "customer",
  "onboarding",
  "flow",
  "budget",
  "forecasting",
  "in",
  "Q3",
  "naïve",
  "caching",
  "layer",
  "data",
  "pipeline",
  "for",
  "EU",
  "clients",
  "and",
  "patient",
  "handoffs",
];

/** A noun phrase in one of the ways people type list items. */
function phrase(code: fc.Arbitrary<string>) {
  return fc
    .tuple(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 18 }),
      code,
      fc.constantFrom("lower", "capital", "period", "shout", "plain"),
    )
    .map(([words, word, style]) => {
      const text = [...words.slice(0, 2), word, ...words.slice(2)].join(" ");
      switch (style) {
        case "capital":
          return text.charAt(0).toUpperCase() + text.slice(1);
        case "period":
          return `${text}.`;
        case "shout":
          return text.toUpperCase();
        default:
          return text;
      }
    });
}

const SENTENCES = [
  "Since we spoke I have finished the course and put the notes online.",
  "i would split the work by region and keep one owner per region",
  "I led the same change at my last job, and it cut our costs by a third.",
  "Yes: I have done it twice, most recently for a hospital group.",
  "My references can speak to this directly.",
];

const sentence = fc.constantFrom(...SENTENCES);
const question = fc.oneof(
  fc.constantFrom(
    "how I would shard the job scheduler",
    "my approach to audit sampling",
    "What would you change first in our onboarding?",
  ),
);

export interface ComposeCase {
  interview: Interview;
  profile: Profile;
}

export const composeCase: fc.Arbitrary<ComposeCase> = fc
  .record({
    company: fc.constantFrom(...COMPANIES),
    position: fc.constantFrom(...POSITIONS),
    stage: fc.constantFrom("screen", "phone", "technical", "onsite", "final", "other"),
    timeZone: fc.constantFrom("America/Chicago", "Europe/London", "Asia/Tokyo", "Australia/Sydney"),
    // The store keeps one row per person, so a record naming someone twice reaches the composer once.
    people: fc.uniqueArray(
      fc.record({
        name: personName,
        email: fc.option(fc.emailAddress(), { nil: undefined }),
        points: fc.integer({ min: 0, max: 3 }),
        notes: fc.option(fc.constant("Zanzibar private remark about the panel"), {
          nil: undefined,
        }),
      }),
      { minLength: 1, maxLength: 4, selector: (p) => p.name },
    ),
    shared: fc.integer({ min: 0, max: 2 }),
    impressed: fc.array(phrase(fc.constant("culture")), { maxLength: 2 }),
    fit: fc.array(phrase(fc.constant("experience")), { maxLength: 3 }),
    concerns: fc.array(fc.record({ concern: phrase(fc.constant("gap")), response: sentence }), {
      maxLength: 2,
    }),
    unanswered: fc.array(fc.record({ question, answer: sentence }), { maxLength: 2 }),
    promised: fc.array(
      fc.record({
        what: phrase(fc.constant("sample")),
        url: fc.option(fc.constant("https://example.com/work"), { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
    nextSteps: fc.option(fc.constant("We will be in touch within two weeks."), { nil: undefined }),
    decisionBy: fc.option(fc.constant("2026-12-01"), { nil: undefined }),
    candidate: personName,
    phrases: fc.array(phrase(fc.constant("x")), { minLength: 14, maxLength: 14 }),
  })
  .map((r) => {
    let bird = 0;
    const nextPoint = (i: number) => {
      const words = r.phrases[i % r.phrases.length]!.replace(/\bx\b/i, BIRDS[bird % BIRDS.length]!);
      bird++;
      return words;
    };
    let n = 0;
    const raw = {
      company: r.company,
      position: r.position,
      stage: r.stage,
      start: "2026-11-20T14:00",
      end: "2026-11-20T15:30",
      timeZone: r.timeZone,
      interviewers: r.people.map((p) => ({
        name: p.name,
        email: p.email,
        discussed: Array.from({ length: p.points }, () => nextPoint(n++)),
        notes: p.notes,
      })),
      discussed: Array.from({ length: r.shared }, () => nextPoint(n++)),
      impressed: r.impressed,
      fit: r.fit,
      concerns: r.concerns,
      unanswered: r.unanswered,
      promised: r.promised,
      nextSteps: r.nextSteps,
      decisionBy: r.decisionBy,
    };
    const resolved = resolveRecord(raw, null);
    if (!resolved.ok)
      throw new Error(`generated an invalid record: ${JSON.stringify(resolved.errors)}`);
    const interview: Interview = {
      ...resolved.value.interview,
      id: 7,
      status: "scheduled",
      needsDetails: false,
    };
    const profile = profileSchema.parse({
      name: r.candidate,
      email: "candidate@example.com",
      phone: "+44 20 7946 0000",
      timeZone: "Europe/London",
    });
    return { interview, profile };
  });
