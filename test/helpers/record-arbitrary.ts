import fc from "fast-check";

/** Text a person might type: letters with accents, apostrophes and spaces, never blank. */
export const humanText = fc
  .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzéüñøçÅ'- ".split(""), "ß", "Ł"), {
    minLength: 1,
    maxLength: 30,
  })
  .map((chars) => `N${chars.join("")}`.trim());

const ZONES = [
  "America/Chicago",
  "America/New_York",
  "America/Denver",
  "America/St_Johns",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "UTC",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** A wall time as the contract writes it, e.g. 2026-11-20T14:00. */
export const wallTime = fc
  .record({
    year: fc.integer({ min: 2024, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(
    ({ year, month, day, hour, minute }) =>
      `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`,
  );

const interviewer = fc.record(
  {
    name: humanText,
    title: humanText,
    email: fc.emailAddress(),
    discussed: fc.array(humanText, { maxLength: 3 }),
    notes: humanText,
  },
  { requiredKeys: ["name"] },
);

/** Any record the import contract accepts (times are checked again by the code under test). */
export const validRecord = fc.record(
  {
    company: humanText,
    position: humanText,
    stage: fc.constantFrom("screen", "phone", "technical", "onsite", "final", "other"),
    start: wallTime,
    timeZone: fc.constantFrom(...ZONES),
    format: fc.constantFrom("phone", "video", "onsite"),
    location: humanText,
    interviewers: fc.array(interviewer, { minLength: 1, maxLength: 4 }),
    discussed: fc.array(humanText, { maxLength: 3 }),
    impressed: fc.array(humanText, { maxLength: 3 }),
    fit: fc.array(humanText, { maxLength: 3 }),
    concerns: fc.array(fc.record({ concern: humanText, response: humanText }), { maxLength: 2 }),
    unanswered: fc.array(fc.record({ question: humanText, answer: humanText }), { maxLength: 2 }),
    promised: fc.array(
      fc.record({ what: humanText, url: fc.constant("https://example.com/work") }),
      {
        maxLength: 2,
      },
    ),
    nextSteps: humanText,
    decisionBy: fc.constantFrom("2026-12-01", "2027-01-15"),
    durationMinutes: fc.integer({ min: 15, max: 480 }),
  },
  { requiredKeys: ["company", "position", "start", "timeZone", "interviewers", "durationMinutes"] },
);
