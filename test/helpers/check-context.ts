import {
  checkContext,
  runRules,
  type CheckContext,
  type CheckContextInput,
  type Finding,
} from "../../src/core/check/index.js";
import type { InterviewDetails, Interviewer } from "../../src/core/interview.js";

/** An interview at Northbridge Analytics with a panel of two, ended 2026-11-17 16:00 Chicago time. */
export function northbridge(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  return {
    company: "Northbridge Analytics",
    position: "Senior Data Engineer",
    stage: "onsite",
    format: "onsite",
    location: null,
    joinUrl: null,
    timeZone: "America/Chicago",
    start: "2026-11-17T13:00:00-06:00",
    end: "2026-11-17T16:00:00-06:00",
    interviewers: [
      person("Dana Whitfield", ["moving the nightly batch jobs to streaming with Kafka"]),
      person("Priya Raman", [
        "the schema review checklist used before a change reaches production",
      ]),
    ],
    discussed: [],
    impressed: [],
    fit: [],
    concerns: [],
    unanswered: [],
    promised: [],
    nextSteps: null,
    decisionBy: null,
    ...overrides,
  };
}

export function person(name: string, discussed: string[] = []): Interviewer {
  return { name, title: null, email: null, discussed, notes: null };
}

/** A context for a thank-you e-mail to Dana, the day after the interview. */
export function danaContext(input: Partial<CheckContextInput> = {}): CheckContext {
  return checkContext({
    now: "2026-11-18T15:00:00Z",
    interview: northbridge(),
    recipient: { name: "Dana Whitfield" },
    profile: { name: "Jordan Rivera" },
    elsewhere: {
      companies: ["Brightwater Capital", "ASAP Logistics"],
      people: ["Rahul Mehta", "Marcus O'Neill"],
      positions: ["Operations Coordinator"],
    },
    ...input,
  });
}

/** The findings of one rule code, as [code, text found] pairs easy to compare. */
export function found(text: string, context: CheckContext, prefix: string): string[] {
  return runRules(text, context)
    .filter((finding) => finding.rule === prefix || finding.rule.startsWith(`${prefix}.`))
    .map((finding) => text.slice(finding.start, finding.end));
}

export function codes(findings: Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.rule))].sort();
}

/** A good thank-you e-mail to Dana: every required element, no slip. */
export const GOOD_NOTE = `Subject: Thank you for Tuesday

Dear Dana,

Thank you for spending Tuesday afternoon with me. It was great meeting the team, and I left with a clear picture of the Senior Data Engineer role at Northbridge Analytics.

Our conversation about moving the nightly batch jobs to streaming with Kafka stayed with me. Keeping late events from corrupting the daily totals is a problem I have solved before, and I would enjoy solving it again with your team.

I am excited about the role. If it would help, I am happy to share references or walk through my replay tooling.

Best regards,
Jordan Rivera`;

/** The good note with `from` replaced by `to` (the first occurrence). */
export function withChange(from: string, to: string, text = GOOD_NOTE): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the note`);
  return text.replace(from, to);
}
