import { DateTime } from "luxon";
import type { Interview, Interviewer } from "../../../src/core/interview.js";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { planInterview } from "../../../src/core/plan/plan.js";
import type { PlannedMessage } from "../../../src/core/plan/planned-message.js";
import {
  DEFAULT_WORKING_HOURS,
  type CardSetting,
  type WorkingHours,
} from "../../../src/core/record/profile.js";
import { resolveWallTime } from "../../../src/core/time/wall-time.js";

export const DANA: Interviewer = {
  name: "Dana Whitfield",
  title: "Engineering Manager",
  email: "dana.whitfield@acme.example",
  discussed: ["moving the fleet telemetry pipeline to Kafka"],
  notes: null,
};

export const LEE: Interviewer = {
  name: "Lee Okafor",
  title: "Staff Engineer",
  email: null,
  discussed: ["the on-call rotation"],
  notes: null,
};

/** A wall time in `zone` as an ISO instant, failing loudly when it does not exist. */
export function wall(text: string, zone: string): string {
  const resolved = resolveWallTime(text, zone);
  if (!resolved.ok) throw new Error(`no such time ${text} in ${zone}`);
  return resolved.value.at.toISO({ suppressMilliseconds: true })!;
}

export interface InterviewOptions {
  zone?: string;
  /** Wall times in `zone`. */
  start?: string;
  end: string;
  interviewers?: Interviewer[];
  decisionBy?: string | null;
  status?: Interview["status"];
  concerns?: Interview["concerns"];
  unanswered?: Interview["unanswered"];
  promised?: Interview["promised"];
  id?: number;
  company?: string;
  format?: Interview["format"];
}

export function interview(options: InterviewOptions): Interview {
  const zone = options.zone ?? "America/Chicago";
  const end = wall(options.end, zone);
  const start = options.start
    ? wall(options.start, zone)
    : DateTime.fromISO(end, { setZone: true }).minus({ hours: 1 }).toISO({
        suppressMilliseconds: true,
      })!;
  return {
    id: options.id ?? 3,
    company: options.company ?? "Acme Robotics",
    position: "Senior Backend Engineer",
    stage: "onsite",
    format: options.format === undefined ? "onsite" : options.format,
    location: null,
    joinUrl: null,
    timeZone: zone,
    start,
    end,
    interviewers: options.interviewers ?? [DANA],
    discussed: [],
    impressed: [],
    fit: [],
    concerns: options.concerns ?? [],
    unanswered: options.unanswered ?? [],
    promised: options.promised ?? [],
    nextSteps: null,
    decisionBy: options.decisionBy ?? null,
    status: options.status ?? "scheduled",
    needsDetails: false,
  };
}

export interface PlanOptions {
  now: string;
  history?: HistoryEvent[];
  candidateZone?: string;
  workingHours?: WorkingHours;
  cards?: CardSetting;
}

export function plan(subject: Interview, options: PlanOptions): PlannedMessage[] {
  return planInterview({
    interview: subject,
    profile: {
      timeZone: options.candidateZone ?? subject.timeZone,
      workingHours: options.workingHours ?? DEFAULT_WORKING_HOURS,
      cards: options.cards ?? "auto",
    },
    history: options.history ?? [],
    now: DateTime.fromISO(options.now, { setZone: true }),
  });
}

export function item(items: PlannedMessage[], id: string): PlannedMessage {
  const found = items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} in ${items.map((i) => i.id).join(", ")}`);
  return found;
}

/** Two ISO instants name the same moment. */
export function sameInstant(a: string | null, b: string): boolean {
  return a !== null && DateTime.fromISO(a).toMillis() === DateTime.fromISO(b).toMillis();
}
