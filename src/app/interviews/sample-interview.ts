import { candidateZone } from "../plan/plan.js";
import type { AppContext } from "../context.js";
import { saveDebrief, type SavedDebrief } from "./debrief.js";
import type { FieldError } from "../../core/record/field-error.js";
import type { Result } from "../../core/result.js";

/** The sample company: its domain is reserved for examples, so nothing can reach a real person. */
export const SAMPLE_COMPANY = "Lumen Harbor Logistics";

/**
 * A made-up interview that ended two hours ago, with two interviewers and notes a candidate
 * might have written, so a new user sees a real plan and real drafts before entering their own.
 * Saved again, it updates the same sample rather than adding a second one.
 */
export function sampleRecord(ctx: AppContext, timeZone: string): Record<string, unknown> {
  const end = ctx.now.setZone(timeZone).minus({ hours: 2 }).startOf("hour");
  const start = end.minus({ hours: 1 });
  return {
    company: SAMPLE_COMPANY,
    position: "Operations Analyst",
    stage: "onsite",
    format: "video",
    start: start.toISO({ suppressMilliseconds: true }),
    end: end.toISO({ suppressMilliseconds: true }),
    timeZone,
    interviewers: [
      {
        name: "Priya Raman",
        title: "Head of Operations",
        email: "priya.raman@lumenharbor.example",
        discussed: ["how her team plans warehouse shifts a week ahead"],
      },
      {
        name: "Tomás Ortega",
        title: "Senior Analyst",
        email: "tomas.ortega@lumenharbor.example",
        discussed: ["the dashboard he built for late deliveries"],
      },
    ],
    impressed: ["the way the whole team reviews one delivery problem together every Friday"],
    fit: ["three years of building forecasting spreadsheets for a regional courier"],
    concerns: [
      {
        concern: "whether I have worked with SQL on real data",
        response: "At my last job I wrote the weekly SQL reports our dispatch team relied on.",
        raisedBy: "Priya Raman",
      },
    ],
    nextSteps: "Priya said they would get back to everyone by the end of next week.",
  };
}

export async function addSampleInterview(
  ctx: AppContext,
): Promise<Result<SavedDebrief, FieldError> | null> {
  const zone = candidateZone(await ctx.store.profile.get());
  return saveDebrief(ctx, null, sampleRecord(ctx, zone));
}
