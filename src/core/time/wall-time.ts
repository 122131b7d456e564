import { DateTime, IANAZone } from "luxon";
import { fail, ok, type Result } from "../result.js";

export type WallTimeError =
  { kind: "unreadable"; text: string } | { kind: "nonexistent"; text: string; zone: string };

export interface ResolvedTime {
  /** The instant, expressed in the zone it was resolved in. */
  at: DateTime;
  /** Set when the wall time occurs twice in the zone (a fall-back change) and the earlier was taken. */
  ambiguous?: { later: DateTime };
}

const OFFSET_SUFFIX = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;
const DAY_MS = 86_400_000;

/**
 * Reads "2026-11-20T14:00" as a wall time in `zone`, or "…Z" / "…+01:00" as that exact instant.
 * A wall time that a spring-forward change skips is refused; one that a fall-back change repeats
 * resolves to the earlier instant and reports the later one.
 */
export function resolveWallTime(text: string, zone: string): Result<ResolvedTime, WallTimeError> {
  const trimmed = text.trim().replace(" ", "T");
  if (OFFSET_SUFFIX.test(trimmed) && trimmed.includes("T")) {
    const instant = DateTime.fromISO(trimmed, { setZone: true });
    if (!instant.isValid) return fail({ kind: "unreadable", text });
    return ok({ at: instant.setZone(zone) });
  }
  const wall = DateTime.fromISO(trimmed, { zone: "UTC" });
  if (!wall.isValid || !trimmed.includes("T")) return fail({ kind: "unreadable", text });
  const iana = IANAZone.create(zone);
  const instants = wallInstants(wall.toMillis(), (instant) => iana.offset(instant));
  const [first, second] = instants;
  if (first === undefined) return fail({ kind: "nonexistent", text, zone });
  const at = DateTime.fromMillis(first, { zone });
  return ok(
    second === undefined
      ? { at }
      : { at, ambiguous: { later: DateTime.fromMillis(second, { zone }) } },
  );
}

/**
 * The instants at which a zone's clocks show a wall time (its fields read as UTC, in ms), earliest
 * first: none for a time the clocks skip, two for one they repeat. `offsetAt` gives the zone's
 * offset in minutes at an instant.
 */
export function wallInstants(wall: number, offsetAt: (instant: number) => number): number[] {
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(wall + shift)));
  // Most times are nowhere near a change: one offset is all there is.
  if (offsets.size === 1) return [...offsets].map((offset) => wall - offset * 60_000);
  return [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => wall - offsetAt(instant) * 60_000 === instant)
    .sort((a, b) => a - b);
}

/**
 * An end given as a wall time: its earlier occurrence, unless only the later one comes after
 * `start` (a meeting that begins before the clocks go back and ends in the repeated hour).
 */
export function endAfter(end: ResolvedTime, start: DateTime): ResolvedTime {
  const later = end.ambiguous?.later;
  return later && end.at <= start && later > start ? { at: later } : end;
}

/** ISO 8601 with the zone's offset and no milliseconds: "2026-11-20T14:00:00-06:00". */
/** "2025-12-05 14:00 (America/Chicago)": a moment as the clocks of its zone show it, for people. */
export function shownInZone(at: DateTime, zone: string): string {
  return `${at.setZone(zone).toFormat("yyyy-MM-dd HH:mm")} (${zone})`;
}

export function formatInstant(at: DateTime): string {
  return at.toISO({ suppressMilliseconds: true }) ?? "";
}
