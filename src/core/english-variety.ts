/**
 * The Englishes a candidate may write. Every one is accepted everywhere; the profile's variety
 * (or, without one, a guess from the time zone) only decides which spelling wins when one message
 * mixes two, and which English the grammar engine reads by.
 */
export const ENGLISH_VARIETIES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN"] as const;
export type EnglishVariety = (typeof ENGLISH_VARIETIES)[number];

const CANADIAN_ZONES = new Set([
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
]);

/**
 * The English the candidate most likely writes, from their time zone: a note from London spells
 * "organise". A fair guess when the profile names no variety.
 */
export function varietyForZone(zone: string | null | undefined): EnglishVariety {
  if (!zone) return "en-US";
  if (zone === "Asia/Kolkata" || zone === "Asia/Calcutta") return "en-IN";
  if (CANADIAN_ZONES.has(zone)) return "en-CA";
  if (zone.startsWith("Australia/") || zone === "Pacific/Auckland") return "en-AU";
  if (zone.startsWith("Europe/") || zone.startsWith("Africa/") || zone === "Atlantic/Reykjavik") {
    return "en-GB";
  }
  return "en-US";
}

/** The profile's variety, else the guess from its time zone. */
export function varietyOf(
  profile: { english?: EnglishVariety | null; timeZone?: string | null } | null | undefined,
): EnglishVariety {
  return profile?.english ?? varietyForZone(profile?.timeZone);
}
