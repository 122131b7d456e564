import { IANAZone } from "luxon";

/**
 * True when `name` is a time zone the IANA database knows (e.g. "America/Chicago"). Luxon keeps
 * one zone object per name, so asking again about a name costs nothing.
 */
export function isKnownZone(name: string): boolean {
  return name !== "" && IANAZone.create(name).isValid;
}
