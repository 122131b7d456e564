import { DateTime } from "luxon";
import type { Interviewer, InterviewDetails } from "./interview.js";
import type { FieldError } from "./record/field-error.js";
import type { DetailsPatch, InterviewerPatch } from "./record/details-patch.js";
import { resolveRaisedBy } from "./record/raised-by.js";
import { fail, ok, type Result } from "./result.js";
import { endAfter, formatInstant, resolveWallTime, shownInZone } from "./time/wall-time.js";

/**
 * Applies details the candidate adds to a stored interview. Times given are read in the
 * interview's zone (or the new `timeZone`); a new start without an end keeps the length.
 */
export function mergeDetails(
  current: InterviewDetails,
  patch: DetailsPatch,
): Result<InterviewDetails, FieldError> {
  const times = mergeTimes(current, patch);
  if (!times.ok) return times;
  const interviewers = mergeInterviewers(current.interviewers, patch.interviewers ?? []);
  if (!interviewers.ok) return interviewers;
  const { people, renamed } = interviewers.value;
  const { interviewers: _people, start: _start, end: _end, timeZone: _zone, ...rest } = patch;
  const { concerns, unanswered, promised, ...scalars } = rest;
  // A stored entry follows its interviewer through a change of name.
  const kept = <E extends { raisedBy?: string | null }>(entries: E[]): E[] =>
    entries.map((e) => ({
      ...e,
      raisedBy: e.raisedBy ? (renamed.get(e.raisedBy) ?? e.raisedBy) : null,
    }));
  return resolveRaisedBy({
    ...current,
    ...definedOnly(scalars),
    ...times.value,
    interviewers: people,
    concerns:
      concerns?.map((c) => ({
        concern: c.concern,
        response: c.response ?? null,
        raisedBy: c.raisedBy ?? null,
      })) ?? kept(current.concerns),
    unanswered:
      unanswered?.map((q) => ({
        question: q.question,
        answer: q.answer ?? null,
        raisedBy: q.raisedBy ?? null,
      })) ?? kept(current.unanswered),
    promised:
      promised?.map((p) => ({ what: p.what, url: p.url ?? null, raisedBy: p.raisedBy ?? null })) ??
      kept(current.promised),
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function mergeTimes(
  current: InterviewDetails,
  patch: DetailsPatch,
): Result<Pick<InterviewDetails, "timeZone" | "start" | "end">, FieldError> {
  const zone = patch.timeZone ?? current.timeZone;
  const oldStart = DateTime.fromISO(current.start, { setZone: true });
  const oldEnd = DateTime.fromISO(current.end, { setZone: true });
  let start: DateTime = oldStart.setZone(zone);
  let end: DateTime = oldEnd.setZone(zone);
  if (patch.start !== undefined) {
    const read = resolveWallTime(patch.start, zone);
    if (!read.ok) return fail(timeProblem("start", patch.start, zone));
    start = read.value.at;
    end = start.plus(oldEnd.diff(oldStart));
  }
  if (patch.end !== undefined) {
    const read = resolveWallTime(patch.end, zone);
    if (!read.ok) return fail(timeProblem("end", patch.end, zone));
    end = endAfter(read.value, start).at;
  }
  if (end <= start) {
    return fail({
      path: "end",
      expected: `a time after the start, ${shownInZone(start, zone)}`,
      found: shownInZone(end, zone),
    });
  }
  return ok({ timeZone: zone, start: formatInstant(start), end: formatInstant(end) });
}

function timeProblem(field: string, text: string, zone: string): FieldError {
  return {
    path: field,
    expected: `a date and time that exists in ${zone}, such as 2026-11-20T14:00, or an instant such as 2026-11-20T20:00Z`,
    found: JSON.stringify(text),
  };
}

/** The interviewers after the patch, and the new name of each one it renamed. */
function mergeInterviewers(
  current: Interviewer[],
  patches: InterviewerPatch[],
): Result<{ people: Interviewer[]; renamed: Map<string, string> }, FieldError> {
  const people = current.map((person) => ({ ...person }));
  const renamed = new Map<string, string>();
  const errors: FieldError[] = [];
  patches.forEach((patch, index) => {
    const at = people.findIndex((person) => same(person, patch));
    if (patch.remove) {
      if (at === -1) {
        errors.push({
          path: `interviewers[${index}]`,
          expected: "an interviewer of this interview (matched by email, else name) to remove",
          found: JSON.stringify(patch.email ?? patch.name ?? ""),
        });
      } else {
        people.splice(at, 1);
      }
      return;
    }
    if (at === -1) {
      if (!patch.name) {
        errors.push({
          path: `interviewers[${index}].name`,
          expected: "a name for an interviewer the interview does not list yet",
          found: "nothing",
        });
        return;
      }
      people.push({
        name: patch.name,
        title: patch.title ?? null,
        email: patch.email ?? null,
        discussed: patch.discussed ?? [],
        notes: patch.notes ?? null,
      });
      return;
    }
    const person = people[at]!;
    if (patch.name !== undefined && patch.name !== person.name)
      renamed.set(person.name, patch.name);
    people[at] = {
      name: patch.name ?? person.name,
      title: patch.title !== undefined ? patch.title : person.title,
      email: person.email ?? patch.email ?? null,
      discussed: patch.discussed ?? person.discussed,
      notes: patch.notes !== undefined ? patch.notes : person.notes,
    };
  });
  return errors.length > 0 ? fail(...errors) : ok({ people, renamed });
}

function same(person: Interviewer, patch: InterviewerPatch): boolean {
  if (patch.email && person.email) return patch.email.toLowerCase() === person.email.toLowerCase();
  if (patch.email && !patch.name) return false;
  return (
    patch.name !== undefined && patch.name.trim().toLowerCase() === person.name.trim().toLowerCase()
  );
}
