import { IANAZone } from "luxon";

/**
 * True when `name` is a time zone the IANA database knows (e.g. "America/Chicago"). Luxon keeps
 * one zone object per name, so asking again about a name costs nothing.
 */
export function isKnownZone(name: string): boolean {
  return name !== "" && IANAZone.create(name).isValid;
}

/**
 * Abbreviations that the IANA database also keeps as legacy zones, with the place people mean by
 * them. "EST" there is a fixed UTC−5 all year, which puts every summer time an hour off.
 */
const MEANT_BY_ABBREVIATION: Record<string, string> = {
  EST: "America/New_York",
  EDT: "America/New_York",
  EST5EDT: "America/New_York",
  CST: "America/Chicago",
  CDT: "America/Chicago",
  CST6CDT: "America/Chicago",
  MST: "America/Denver",
  MDT: "America/Denver",
  MST7MDT: "America/Denver",
  PST: "America/Los_Angeles",
  PDT: "America/Los_Angeles",
  PST8PDT: "America/Los_Angeles",
  HST: "Pacific/Honolulu",
  GMT: "Europe/London",
  BST: "Europe/London",
  WET: "Europe/Lisbon",
  CET: "Europe/Paris",
  MET: "Europe/Paris",
  EET: "Europe/Athens",
  IST: "Asia/Kolkata",
  JST: "Asia/Tokyo",
};

/** The place a zone abbreviation usually stands for, when `name` is one (case-insensitive). */
export function zoneMeantBy(name: string): string | null {
  return MEANT_BY_ABBREVIATION[name.trim().toUpperCase()] ?? null;
}

/**
 * What a legacy zone name is, for an error that suggests a place instead. A POSIX-style name
 * such as EST5EDT does change for daylight saving (by the US rules); a bare abbreviation such
 * as EST or CET is a fixed offset all year.
 */
export function whatZoneNameIs(name: string): string {
  const given = name.trim();
  return /^[A-Z]{3,4}\d{1,2}[A-Z]{3,4}$/i.test(given)
    ? `${given} is an old POSIX-style rule, not a place: it follows the US daylight-saving rules of today, not a place's own history`
    : `an abbreviation like ${given} is a fixed offset that ignores daylight saving`;
}

/** A zone a person can pick: an IANA place name (or UTC), not a legacy abbreviation. */
export function isPlaceZone(name: string): boolean {
  return isKnownZone(name) && zoneMeantBy(name) === null;
}

/** Cities people name that are not themselves in a zone's name, with the zone they are in. */
const CITY_ZONES: Record<string, string> = {
  boston: "America/New_York",
  washington: "America/New_York",
  philadelphia: "America/New_York",
  atlanta: "America/New_York",
  miami: "America/New_York",
  montreal: "America/Toronto",
  dallas: "America/Chicago",
  houston: "America/Chicago",
  austin: "America/Chicago",
  "san francisco": "America/Los_Angeles",
  seattle: "America/Los_Angeles",
  "san diego": "America/Los_Angeles",
  portland: "America/Los_Angeles",
  munich: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  barcelona: "Europe/Madrid",
  milan: "Europe/Rome",
  geneva: "Europe/Zurich",
  edinburgh: "Europe/London",
  manchester: "Europe/London",
  "tel aviv": "Asia/Jerusalem",
  bangalore: "Asia/Kolkata",
  bengaluru: "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  delhi: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  beijing: "Asia/Shanghai",
  osaka: "Asia/Tokyo",
};

/**
 * The IANA zone a person most likely means by a city ("Boston", "new york") or an abbreviation
 * ("EST", "CET"), or null when the text names neither.
 */
export function zoneSuggestion(name: string): string | null {
  const meant = zoneMeantBy(name);
  if (meant) return meant;
  const city = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
  if (city === "") return null;
  return CITY_ZONES[city] ?? placeZones().get(city) ?? null;
}

let places: Map<string, string> | null = null;

/** Each IANA zone by its city ("new york" → America/New_York), read once from the runtime. */
function placeZones(): Map<string, string> {
  places ??= new Map(
    Intl.supportedValuesOf("timeZone").map((zone) => [
      zone
        .slice(zone.lastIndexOf("/") + 1)
        .replace(/_/g, " ")
        .toLowerCase(),
      zone,
    ]),
  );
  return places;
}
