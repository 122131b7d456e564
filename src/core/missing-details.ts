import type { InterviewDetails } from "./interview.js";

export type MissingDetail = "company" | "position" | "interviewers";

/**
 * What an interview still lacks before messages can be written for it. An invite often names
 * neither the company nor the position, and sometimes no one but the candidate.
 */
export function missingDetails(
  details: Pick<InterviewDetails, "company" | "position" | "interviewers">,
): MissingDetail[] {
  const missing: MissingDetail[] = [];
  if (details.company.trim() === "") missing.push("company");
  if (details.position.trim() === "") missing.push("position");
  if (details.interviewers.length === 0) missing.push("interviewers");
  return missing;
}
