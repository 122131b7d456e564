import type { DateTime } from "luxon";
import { fail, ok, type Result } from "../core/result.js";
import { resolveWallTime } from "../core/time/wall-time.js";

export interface ReadTime {
  at: DateTime;
  /** Set when the wall time happens twice in the zone and the earlier one was taken. */
  warning: string | null;
}

/**
 * Reads a time a person typed: an instant with its offset ("2026-11-21T14:30Z") as that instant,
 * or a wall time ("2026-11-21T09:30", "2026-11-21 09:30") in `zone`. The error says what to write.
 */
export function readTime(text: string, zone: string): Result<ReadTime, string> {
  const resolved = resolveWallTime(text, zone);
  if (resolved.ok) {
    const later = resolved.value.ambiguous?.later;
    return ok({
      at: resolved.value.at,
      warning: later
        ? `${text} happens twice in ${zone} (the clocks go back); the earlier one was used. Add the offset (${later.toFormat("ZZ")}) to mean the later one.`
        : null,
    });
  }
  const error = resolved.errors[0]!;
  return fail(
    error.kind === "nonexistent"
      ? `"${text}" does not exist in ${zone} (the clocks skip it when daylight saving starts): write a time after the change, or add the offset.`
      : `"${text}" is not a time: write a date and time such as 2026-11-21T09:30 (read in ${zone}) or an instant such as 2026-11-21T14:30Z.`,
  );
}
