import type ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import { byDefinition } from "./zone-book.js";
import { windowsZoneFamilies } from "./windows-zones.js";

/**
 * Names the IANA zone whose rules match an invite's own zone definition over a whole year, so
 * times defined only by a VTIMEZONE with an unknown name ("GMT +0100 (Standard) / GMT +0200
 * (Daylight)", a localised Windows name) can be shown and planned in a real zone. The
 * candidate's zone is preferred; then the main zone of each Windows zone, the largest first.
 */
export function matchingZone(
  definition: ICAL.Timezone,
  year: number,
  preferred: string[],
): string | null {
  const samples = sampleWallTimes(year);
  const offsets = samples.map((wall) => offsetOf(definition, wall));
  const candidates = [...preferred, ...representativeZones()];
  for (const zone of candidates) {
    if (!IANAZone.isValidZone(zone)) continue;
    const iana = IANAZone.create(zone);
    const same = samples.every(
      (wall, i) => iana.offset(wall.toMillis() - offsets[i]! * 60_000) === offsets[i],
    );
    if (same) return zone;
  }
  const [first] = offsets;
  const constant = offsets.every((offset) => offset === first);
  if (constant && first !== undefined && first % 60 === 0) {
    const hours = first / 60;
    return hours === 0 ? "Etc/UTC" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
  }
  return null;
}

/** Noon on the 1st and 15th of every month, as wall times (read as UTC fields). */
function sampleWallTimes(year: number): DateTime[] {
  const times: DateTime[] = [];
  for (let month = 1; month <= 12; month++) {
    for (const day of [1, 15]) times.push(DateTime.utc(year, month, day, 12));
  }
  return times;
}

/** The definition's UTC offset in minutes at a wall time. */
function offsetOf(definition: ICAL.Timezone, wall: DateTime): number {
  const instant = byDefinition(
    {
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: wall.hour,
      minute: 0,
      second: 0,
      date: false,
      utc: false,
    },
    definition,
  );
  return Math.round((wall.toMillis() - instant.toMillis()) / 60_000);
}

let representatives: string[] | null = null;

function representativeZones(): string[] {
  representatives ??= windowsZoneFamilies()
    .sort((a, b) => b.size - a.size)
    .map((family) => family.iana);
  return representatives;
}
