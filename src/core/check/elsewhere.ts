import type { InterviewDetails } from "../interview.js";
import type { KnownElsewhere } from "./check-context.js";
import { companyCore, foldWord, nameParts } from "./names.js";

/**
 * The companies, people and positions of the candidate's other applications, leaving out
 * anything shared with `current` (the same company at another stage, or the same person).
 */
export function knownElsewhere(
  interviews: readonly InterviewDetails[],
  current: InterviewDetails | null,
): KnownElsewhere {
  const sameCompany = (interview: InterviewDetails) =>
    current !== null &&
    foldWord(companyCore(interview.company)) === foldWord(companyCore(current.company));
  const others = interviews.filter((interview) => !sameCompany(interview));
  const ownPeople = new Set(
    (current?.interviewers ?? []).map((person) => nameParts(person.name).map(foldWord).join(" ")),
  );
  const ownPosition = current?.position.toLowerCase() ?? null;
  return {
    companies: distinct(others.map((interview) => interview.company)),
    people: distinct(
      others
        .flatMap((interview) => interview.interviewers.map((person) => person.name))
        .filter((name) => !ownPeople.has(nameParts(name).map(foldWord).join(" "))),
    ),
    positions: distinct(
      others
        .map((interview) => interview.position)
        .filter((position) => position.toLowerCase() !== ownPosition),
    ),
  };
}

function distinct(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values)
    if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  return [...seen.values()];
}
