import { isKnownZone } from "../core/time/zone.js";
import { IANAZone } from "luxon";
import type { ZoneDefinition } from "./zone-definition.js";
import { windowsZoneFamilies } from "./windows-zones.js";

/**
 * Names the IANA zone whose rules match an invite's own zone definition over a whole year, so
 * times defined only by a VTIMEZONE with an unknown name ("GMT +0100 (Standard) / GMT +0200
 * (Daylight)", a localised Windows name) can be shown and planned in a real zone. The
 * candidate's zone is preferred; then the main zone of each Windows zone, the largest first.
 */
export function matchingZone(
  definition: ZoneDefinition,
  year: number,
  preferred: string[],
): string | null {
  const samples = sampleInstants(year);
  const offsets = samples.map((instant) => definition.offsetAt(instant));
  for (const zone of [...preferred, ...representativeZones()]) {
    if (!isKnownZone(zone)) continue;
    const iana = IANAZone.create(zone);
    if (samples.every((instant, i) => iana.offset(instant) === offsets[i])) return zone;
  }
  const [first] = offsets;
  const constant = offsets.every((offset) => offset === first);
  if (constant && first !== undefined && first % 60 === 0) {
    const hours = first / 60;
    return hours === 0 ? "Etc/UTC" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
  }
  return null;
}

/** Noon UTC on the 1st and 15th of every month of the year. */
function sampleInstants(year: number): number[] {
  const instants: number[] = [];
  for (let month = 0; month < 12; month++) {
    for (const day of [1, 15]) instants.push(Date.UTC(year, month, day, 12));
  }
  return instants;
}

let representatives: string[] | null = null;

function representativeZones(): string[] {
  representatives ??= windowsZoneFamilies()
    .sort((a, b) => b.size - a.size)
    .map((family) => family.iana);
  return representatives;
}
