import { isKnownZone } from "../core/time/zone.js";
import type ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import { instantsFrom, wallFields, wallMillis, type CalendarTime } from "./calendar-time.js";
import { ianaForWindowsZone, windowsZoneId } from "./windows-zones.js";
import { impossibleOffset } from "./vtimezone-rules.js";
import { ZoneDefinition } from "./zone-definition.js";

/** How the times written with one TZID (or none) become instants. */
export type ZoneRule =
  | { kind: "utc" }
  /** No TZID and no Z: the candidate's own zone is taken. */
  | { kind: "floating" }
  /**
   * A zone with a name Afterword knows: an IANA name, a Windows name or display name, an
   * X-LIC-LOCATION, or a whole-hour offset. Its current IANA rules are used even when the
   * invite carries its own definition, which may be out of date.
   */
  | { kind: "iana"; tzid: string; zone: string; via: ZoneSource; definition: ZoneDefinition | null }
  /** A name nobody knows, defined only by the invite's own VTIMEZONE rules. */
  | { kind: "definition"; tzid: string; definition: ZoneDefinition }
  /** Neither known nor usable; `reason` says why when it is more than an unknown name. */
  | { kind: "unknown"; tzid: string; reason?: string };

export type ZoneSource = "iana" | "windows" | "location" | "offset";

const FIXED_OFFSET = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(00))?$/i;

/** The time zones of one calendar file: its VTIMEZONE definitions and the names it uses. */
export class ZoneBook {
  private readonly definitions = new Map<string, ICAL.Component>();
  private readonly rules = new Map<string, ZoneRule>();

  constructor(calendars: ICAL.Component[]) {
    for (const calendar of calendars) {
      for (const zone of calendar.getAllSubcomponents("vtimezone")) {
        const tzid = zone.getFirstPropertyValue("tzid");
        const key = typeof tzid === "string" ? tzid.trim() : "";
        if (!this.definitions.has(key)) this.definitions.set(key, zone);
      }
    }
  }

  /** The rule for a property's TZID parameter (null or absent: floating or UTC). */
  ruleFor(tzid: string | null, time: CalendarTime): ZoneRule {
    if (time.utc) return { kind: "utc" };
    if (tzid === null) return { kind: "floating" };
    const key = tzid.trim();
    let rule = this.rules.get(key);
    if (!rule) {
      rule = this.resolve(key);
      this.rules.set(key, rule);
    }
    return rule;
  }

  private resolve(tzid: string): ZoneRule {
    const component = this.definitions.get(tzid) ?? null;
    const named = namedZone(tzid, component);
    const impossible = component ? impossibleOffset(component) : null;
    if (impossible && !named) {
      return {
        kind: "unknown",
        tzid,
        reason: `its time zone "${tzid}" is defined with the offset ${impossible}, which no clock shows (offsets go to ±18:00 at most)`,
      };
    }
    const definition = component && !impossible ? new ZoneDefinition(tzid, component) : null;
    if (named) return { kind: "iana", tzid, zone: named.zone, via: named.via, definition };
    if (definition) return { kind: "definition", tzid, definition };
    return { kind: "unknown", tzid };
  }
}

function namedZone(
  tzid: string,
  component: ICAL.Component | null,
): { zone: string; via: ZoneSource } | null {
  const iana = ianaName(tzid);
  if (iana) return { zone: iana, via: "iana" };
  const location = component?.getFirstPropertyValue("x-lic-location");
  if (typeof location === "string" && isKnownZone(location.trim())) {
    return { zone: location.trim(), via: "location" };
  }
  const windows = windowsZoneId(tzid);
  const mapped = windows ? ianaForWindowsZone(windows) : null;
  if (mapped) return { zone: mapped, via: "windows" };
  const offset = FIXED_OFFSET.exec(tzid);
  if (offset) {
    const hours = Number(offset[2]);
    // IANA's Etc zones count the other way round: UTC+3 is Etc/GMT-3.
    const zone = hours === 0 ? "Etc/UTC" : `Etc/GMT${offset[1] === "+" ? "-" : "+"}${hours}`;
    if (isKnownZone(zone)) return { zone, via: "offset" };
  }
  return null;
}

/** An IANA name, also inside the path prefixes some programs add ("/mozilla.org/…/Europe/Berlin"). */
function ianaName(tzid: string): string | null {
  const parts = tzid.split("/").filter(Boolean);
  for (let take = Math.min(3, parts.length); take >= 2; take--) {
    const candidate = parts.slice(-take).join("/");
    if (isKnownZone(candidate)) return candidate;
  }
  // Single names IANA also knows ("UTC", "Japan"); abbreviations such as EST or CET are left
  // out, since senders use them loosely (EST for New York in summer).
  const single = /^(UTC|GMT|Zulu|Universal|[A-Z][a-z]+)$/.test(tzid);
  return single && isKnownZone(tzid) ? tzid : null;
}

/**
 * The instants a wall time stands for under a rule, earliest first; `floatingZone` serves floating
 * times. Two where the clocks go back; where they skip it, the one read with the offset from
 * before the change.
 */
export function instantsOf(time: CalendarTime, rule: ZoneRule, floatingZone: string): DateTime[] {
  switch (rule.kind) {
    case "utc":
      return [DateTime.fromObject(wallFields(time), { zone: "UTC" })];
    case "floating":
      return inIanaZone(time, floatingZone);
    case "iana":
      return inIanaZone(time, rule.zone);
    case "definition":
      return rule.definition.instantsOf(time);
    case "unknown":
      throw new Error(`no instant for a time in the unknown zone ${rule.tzid}`);
  }
}

/** The instant a wall time stands for: of two, the earlier, as RFC 5545 says. */
export function instantOf(time: CalendarTime, rule: ZoneRule, floatingZone: string): DateTime {
  return instantsOf(time, rule, floatingZone)[0]!;
}

function inIanaZone(time: CalendarTime, zone: string): DateTime[] {
  const iana = IANAZone.create(zone);
  const offsetAt = (instant: number) => iana.offset(instant);
  return instantsFrom(wallMillis(time), offsetAt);
}
