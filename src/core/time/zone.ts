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

/** A zone a person can pick: an IANA place name (or UTC), not a legacy abbreviation. */
export function isPlaceZone(name: string): boolean {
  return isKnownZone(name) && zoneMeantBy(name) === null;
}
