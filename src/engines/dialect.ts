import type { HarperDialect } from "./harper-config.js";

const CANADIAN_ZONES = [
  "America/Toronto",
  "America/Vancouver",
  "America/Montreal",
  "America/Halifax",
  "America/Winnipeg",
  "America/Edmonton",
  "America/Regina",
  "America/St_Johns",
  "America/Moncton",
  "America/Whitehorse",
  "America/Yellowknife",
];

/**
 * The English the candidate most likely writes, from their profile's time zone: a note from
 * London spells "organise", and harper should not flag it. The profile has no language field, and
 * the zone is a fair guess.
 */
export function dialectForZone(zone: string | null | undefined): HarperDialect {
  if (!zone) return "american";
  if (zone === "Asia/Kolkata" || zone === "Asia/Calcutta") return "indian";
  if (CANADIAN_ZONES.includes(zone)) return "canadian";
  if (zone.startsWith("Australia/") || zone === "Pacific/Auckland") return "australian";
  if (zone.startsWith("Europe/") || zone.startsWith("Africa/") || zone === "Atlantic/Reykjavik") {
    return "british";
  }
  return "american";
}
