import type { AppContext } from "../../app/context.js";
import { listInterviews } from "../../app/interviews/interviews.js";
import type { Interview } from "../../core/interview.js";
import { timeSpan } from "../present/when.js";
import type { Prompter } from "./prompter.js";

const BACK = "back";

/**
 * Lets the person choose one of their interviews (the most recent first), or go back: null. Those
 * an invite left without company, position or interviewers say so.
 */
export async function pickInterview(
  ctx: AppContext,
  ask: Prompter,
  message: string,
  options: { needing?: "details" } = {},
): Promise<Interview | null> {
  const interviews = (await listInterviews(ctx))
    .filter((interview) => interview.status !== "cancelled")
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  if (interviews.length === 0) {
    ask.info("No interviews yet: add one, or import a file or an invite, first.");
    return null;
  }
  // Those still missing details come first when the details are what is asked.
  if (options.needing === "details") {
    interviews.sort((a, b) => Number(b.needsDetails) - Number(a.needsDetails));
  }
  const choice = await ask.select(message, [
    ...interviews.map((interview) => ({ value: String(interview.id), label: labelOf(interview) })),
    { value: BACK, label: "Back" },
  ]);
  return choice === BACK ? null : (interviews.find((i) => String(i.id) === choice) ?? null);
}

function labelOf(interview: Interview): string {
  const what = [interview.company, interview.position].filter(Boolean).join(", ");
  const title =
    what || (interview.invite?.summary ? `"${interview.invite.summary}"` : "an interview");
  const people = interview.interviewers.map((person) => person.name).join(", ");
  return [
    `${interview.id}: ${title}`,
    timeSpan(interview.start, interview.end, interview.timeZone),
    people,
    interview.needsDetails ? "needs details" : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
