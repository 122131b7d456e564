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
  const wallMs = wall.toMillis();
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => iana.offset(wallMs + shift)));
  const instants = [...offsets]
    .map((offset) => wallMs - offset * 60_000)
    .filter((ms) => wallMs - iana.offset(ms) * 60_000 === ms)
    .sort((a, b) => a - b);
  const [first, second] = instants;
  if (first === undefined) return fail({ kind: "nonexistent", text, zone });
  const at = DateTime.fromMillis(first, { zone });
  return ok(
    second === undefined
      ? { at }
      : { at, ambiguous: { later: DateTime.fromMillis(second, { zone }) } },
  );
}

/** ISO 8601 with the zone's offset and no milliseconds: "2026-11-20T14:00:00-06:00". */
export function formatInstant(at: DateTime): string {
  return at.toISO({ suppressMilliseconds: true }) ?? "";
}
