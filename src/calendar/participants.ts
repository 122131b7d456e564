import type ICAL from "ical.js";
import type { CalendarPerson } from "../core/invite/invite-facts.js";

const ADDRESS = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function organizerOf(component: ICAL.Component): CalendarPerson | null {
  const property = component.getFirstProperty("organizer");
  return property ? personOf(property) : null;
}

export function attendeesOf(component: ICAL.Component): CalendarPerson[] {
  return component.getAllProperties("attendee").flatMap((property) => {
    const person = personOf(property);
    return person ? [person] : [];
  });
}

function personOf(property: ICAL.Property): CalendarPerson | null {
  const value = property.getFirstValue();
  const email =
    addressIn(typeof value === "string" ? value : null) ?? addressIn(param(property, "email"));
  const name = cleanName(param(property, "cn"));
  if (!email && !name) return null;
  return {
    name,
    email,
    kind: (param(property, "cutype") ?? "INDIVIDUAL").toUpperCase(),
    role: (param(property, "role") ?? "REQ-PARTICIPANT").toUpperCase().replace(/_/g, "-"),
  };
}

/** "mailto:Dana@Acme.example", "MAILTO:…" or a bare address; anything else (urn:, sip:) is not an address. */
export function addressIn(value: string | null): string | null {
  if (!value) return null;
  const bare = value
    .trim()
    .replace(/^mailto:/i, "")
    .trim();
  return ADDRESS.test(bare) ? bare.toLowerCase() : null;
}

function cleanName(cn: string | null): string | null {
  if (!cn) return null;
  const name = cn.replace(/^["'\s]+|["'\s]+$/g, "").replace(/\s+/g, " ");
  return name === "" ? null : name;
}

function param(property: ICAL.Property, name: string): string | null {
  const value = property.getParameter(name);
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : null;
  return typeof value === "string" ? value : null;
}
