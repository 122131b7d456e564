import type { InterviewDetails } from "../interview.js";
import { fail, ok, type Result } from "../result.js";
import {
  endAfter,
  formatInstant,
  resolveWallTime,
  shownInZone,
  type WallTimeError,
} from "../time/wall-time.js";
import { describeValue, fromZodIssues, type FieldError } from "./field-error.js";
import { resolveRaisedBy } from "./raised-by.js";
import {
  interviewRecordSchema,
  RECORD_FIELD_NAMES,
  type InterviewRecord,
} from "./interview-record.js";

export interface ResolvedRecord {
  interview: InterviewDetails;
  /** Things the candidate should know, such as an ambiguous wall time that was read one way. */
  warnings: string[];
}

const ONE_HOUR = { hours: 1 };

/**
 * Validates one raw record (parsed YAML or JSON) against the import contract and resolves its
 * times. `defaultZone` is the profile's zone, used when the record names none.
 */
export function resolveRecord(
  raw: unknown,
  defaultZone: string | null,
  pathPrefix = "",
): Result<ResolvedRecord, FieldError> {
  const parsed = interviewRecordSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    return fail(...fromZodIssues(parsed.error.issues, pathPrefix, RECORD_FIELD_NAMES));
  const resolved = resolveTimes(parsed.data, defaultZone, pathPrefix);
  if (!resolved.ok) return resolved;
  const interview = resolveRaisedBy(resolved.value.interview, pathPrefix);
  return interview.ok ? ok({ ...resolved.value, interview: interview.value }) : interview;
}

function resolveTimes(
  record: InterviewRecord,
  defaultZone: string | null,
  prefix: string,
): Result<ResolvedRecord, FieldError> {
  const at = (field: string) => (prefix === "" ? field : `${prefix}.${field}`);
  const zone = record.timeZone ?? defaultZone;
  if (!zone) {
    return fail({
      path: at("timeZone"),
      expected: "an IANA time zone (or a profile that gives one: set your profile first)",
      found: "nothing",
      code: "no-profile",
    });
  }
  const warnings: string[] = [];
  const start = resolveWallTime(record.start, zone);
  if (!start.ok) return fail(timeError(at("start"), start.errors[0]!));
  if (start.value.ambiguous) warnings.push(ambiguityWarning("start", record.start, zone));

  let end = start.value.at.plus(ONE_HOUR);
  if (record.end != null) {
    const resolved = resolveWallTime(record.end, zone);
    if (!resolved.ok) return fail(timeError(at("end"), resolved.errors[0]!));
    const chosen = endAfter(resolved.value, start.value.at);
    if (chosen.ambiguous) warnings.push(ambiguityWarning("end", record.end, zone));
    end = chosen.at;
    if (end <= start.value.at) {
      return fail({
        path: at("end"),
        expected: `a time after the start, ${shownInZone(start.value.at, zone)}`,
        found: shownInZone(end, zone),
      });
    }
  }

  const { timeZone: _zone, start: _start, end: _end, ...rest } = record;
  return ok({
    interview: {
      ...rest,
      timeZone: zone,
      start: formatInstant(start.value.at),
      end: formatInstant(end),
    },
    warnings,
  });
}

function timeError(path: string, error: WallTimeError): FieldError {
  if (error.kind === "nonexistent") {
    return {
      path,
      expected: `a time that exists in ${error.zone} (the clocks skip it when daylight saving starts)`,
      found: describeValue(error.text),
    };
  }
  return {
    path,
    expected: "a date and time such as 2026-11-20T14:00, or an instant such as 2026-11-20T20:00Z",
    found: describeValue(error.text),
  };
}

function ambiguityWarning(field: string, text: string, zone: string): string {
  return `${field} ${text} happens twice in ${zone} (the clocks go back); the earlier one was used. Write the time with its offset to choose the other.`;
}
