import type { InterviewDetails } from "../interview.js";
import { fail, ok, type Result } from "../result.js";
import { matchPerson } from "../person-match.js";
import { closestPerson } from "./closest-name.js";
import { describeValue, type FieldError } from "./field-error.js";

type Entries = Pick<InterviewDetails, "interviewers" | "concerns" | "unanswered" | "promised">;

const LISTS = ["concerns", "unanswered", "promised"] as const;

/**
 * Reads each entry's `raisedBy` as one of the interviewers, however the candidate wrote the name
 * ("sam", "Dr. Ortiz"), and stores that interviewer's name as the record writes it. A name that
 * means nobody, or more than one person, is refused with the field it is in.
 */
export function resolveRaisedBy<T extends Entries>(details: T, prefix = ""): Result<T, FieldError> {
  const names = details.interviewers.map((person) => person.name);
  const errors: FieldError[] = [];
  const resolveList = <E extends { raisedBy?: string | null }>(list: E[], field: string): E[] =>
    list.map((entry, index) => {
      const written = entry.raisedBy?.trim();
      if (!written) return { ...entry, raisedBy: null };
      const path = `${prefix === "" ? "" : `${prefix}.`}${field}[${index}].raisedBy`;
      const match = matchPerson(
        names.map((name) => ({ name })),
        written,
      );
      if (match.ok) return { ...entry, raisedBy: match.value.name };
      const mismatch = match.errors[0]!;
      const found = mismatch.code === "ambiguous-person" ? mismatch.candidates : [];
      errors.push(
        raisedByError(
          path,
          written,
          names,
          found.map((person) => person.name),
        ),
      );
      return entry;
    });
  const resolved = {
    ...details,
    concerns: resolveList(details.concerns, LISTS[0]),
    unanswered: resolveList(details.unanswered, LISTS[1]),
    promised: resolveList(details.promised, LISTS[2]),
  };
  return errors.length > 0 ? fail(...errors) : ok(resolved);
}

function raisedByError(
  path: string,
  written: string,
  names: string[],
  found: string[],
): FieldError {
  if (found.length > 1) {
    return {
      path,
      expected: `one interviewer's full name (${found.join(" or ")})`,
      found: `${describeValue(written)}, which names more than one`,
    };
  }
  if (names.length === 0) {
    return {
      path,
      expected: "an interviewer's name, and the record names none",
      found: describeValue(written),
    };
  }
  const meant = closestPerson(written, names);
  return {
    path,
    expected: `one of the interviewers (${names.join(", ")})`,
    found: `${describeValue(written)}${meant ? ` (did you mean ${meant}?)` : ""}`,
  };
}
