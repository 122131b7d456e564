import { IANAZone } from "luxon";

/** True when `name` is a time zone the IANA database knows (e.g. "America/Chicago"). */
export function isKnownZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}
