import type { Interviewer, InterviewDetails } from "../interview.js";

/**
 * A newer version of an invite brings the interview's logistics up to date (times, zone, place,
 * link, who attends) and keeps everything the candidate added: company and position they named,
 * notes, what was discussed with each person.
 */
export function updateFromInvite(
  current: InterviewDetails,
  fresh: InterviewDetails,
): InterviewDetails {
  return {
    ...current,
    company: current.company !== "" ? current.company : fresh.company,
    position: current.position !== "" ? current.position : fresh.position,
    stage: current.stage !== "other" ? current.stage : fresh.stage,
    format: fresh.format ?? current.format,
    location: fresh.location ?? current.location,
    joinUrl: fresh.joinUrl ?? current.joinUrl,
    timeZone: fresh.timeZone,
    start: fresh.start,
    end: fresh.end,
    interviewers: mergePeople(current.interviewers, fresh.interviewers),
  };
}

/**
 * The invite's people, carrying over what the candidate wrote about each; someone the invite no
 * longer names stays only if the candidate wrote something about them or added them by hand.
 */
function mergePeople(current: Interviewer[], fresh: Interviewer[]): Interviewer[] {
  const key = (person: Interviewer) => (person.email ?? `name:${person.name}`).toLowerCase();
  const known = new Map(current.map((person) => [key(person), person]));
  const merged = fresh.map((person) => {
    const before = known.get(key(person));
    known.delete(key(person));
    return before
      ? {
          ...person,
          name: before.name.includes("@") ? person.name : before.name,
          title: before.title,
          discussed: before.discussed,
          notes: before.notes,
        }
      : person;
  });
  const written = [...known.values()].filter(
    (person) =>
      person.email === null ||
      person.discussed.length > 0 ||
      person.notes !== null ||
      person.title !== null,
  );
  return [...merged, ...written];
}
