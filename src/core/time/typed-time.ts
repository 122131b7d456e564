import { casual } from "chrono-node/en";
import { DateTime } from "luxon";
import { fail, ok, type Result } from "../result.js";
import { resolveWallTime } from "./wall-time.js";

export interface TypedTime {
  at: DateTime;
  /** How a loosely written time ("tomorrow 9am") was read, to show back; null for an exact one. */
  understood: string | null;
  /** Set when the wall time happens twice in the zone and the earlier one was taken. */
  warning: string | null;
}

/**
 * Reads a time as people type it, in `zone`, relative to `now`: an exact "2026-11-21T09:30" (wall
 * time) or "2026-11-21T14:30Z" (instant), or "today 14:00", "tomorrow 9am", "1:00 PM",
 * "Dec 4 4:45pm", "2026-12-04 1pm". A time of day is required; a day left out is today.
 */
export function readTypedTime(
  text: string,
  zone: string,
  now: DateTime,
): Result<TypedTime, string> {
  const exact = resolveWallTime(text, zone);
  if (exact.ok) return ok(withWarning(text, zone, exact.value.at, exact.value.ambiguous, null));
  const error = exact.errors[0]!;
  if (error.kind === "nonexistent") return fail(skipped(text, zone));

  const here = now.setZone(zone);
  const trimmed = text.trim();
  const [parsed] = casual.parse(trimmed, { instant: here.toJSDate(), timezone: here.offset });
  if (!parsed || parsed.index !== 0 || parsed.text.length < trimmed.replace(/[.\s]+$/, "").length) {
    return fail(
      `"${text}" is not a time: write one such as "tomorrow 9am", "Dec 4 4:45pm" or 2026-11-21T09:30 (read in ${zone}), or an instant such as 2026-11-21T14:30Z.`,
    );
  }
  const start = parsed.start;
  if (!start.isCertain("hour")) {
    return fail(`"${text}" has no time of day: add one, such as "${trimmed} 9am".`);
  }
  if (start.isCertain("timezoneOffset")) {
    // "9am EST", "in 2 hours": the text names its own instant.
    const at = DateTime.fromJSDate(start.date(), { zone });
    return ok({ at, understood: describe(at, zone), warning: null });
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  const wall = `${start.get("year")}-${pad(start.get("month")!)}-${pad(start.get("day")!)}T${pad(start.get("hour")!)}:${pad(start.get("minute") ?? 0)}`;
  const resolved = resolveWallTime(wall, zone);
  if (!resolved.ok) return fail(skipped(text, zone));
  const { at, ambiguous } = resolved.value;
  return ok(withWarning(text, zone, at, ambiguous, describe(at, zone)));
}

/** "Sat 5 Dec 2026, 09:00 (America/New_York)": the day and time as the person will check them. */
export function describe(at: DateTime, zone: string): string {
  return `${at.setZone(zone).toFormat("ccc d LLL yyyy, HH:mm")} (${zone})`;
}

function withWarning(
  text: string,
  zone: string,
  at: DateTime,
  ambiguous: { later: DateTime } | undefined,
  understood: string | null,
): TypedTime {
  const later = ambiguous?.later;
  return {
    at,
    understood,
    warning: later
      ? `${text} happens twice in ${zone} (the clocks go back); the earlier one was used. Add the offset (${later.toFormat("ZZ")}) to mean the later one.`
      : null,
  };
}

function skipped(text: string, zone: string): string {
  return `"${text}" does not exist in ${zone} (the clocks skip it when daylight saving starts): write a time after the change, or add the offset.`;
}
