import type ICAL from "ical.js";
import type { JoinLink } from "../core/invite/invite-facts.js";

/** Meeting services whose links an invite may carry, each told by its address. */
const SERVICES: { name: string; test: (url: URL) => boolean }[] = [
  {
    name: "Zoom",
    test: (u) =>
      /(^|\.)zoom(gov)?\.(us|com)$/.test(u.hostname) && /^\/(j|my|w|s|wc)\//.test(u.pathname),
  },
  {
    name: "Google Meet",
    test: (u) =>
      u.hostname === "meet.google.com" && /^\/[a-z]{3,}-[a-z]{3,}-[a-z]{3,}/.test(u.pathname),
  },
  {
    name: "Microsoft Teams",
    test: (u) =>
      (u.hostname === "teams.microsoft.com" && /^\/(l\/meetup-join|meet)\//.test(u.pathname)) ||
      (u.hostname === "teams.live.com" && u.pathname.startsWith("/meet/")),
  },
  { name: "Webex", test: (u) => /(^|\.)webex\.com$/.test(u.hostname) && u.pathname.length > 1 },
  {
    name: "BlueJeans",
    test: (u) => /(^|\.)bluejeans\.com$/.test(u.hostname) && /\/\d+/.test(u.pathname),
  },
  { name: "Jitsi", test: (u) => u.hostname === "meet.jit.si" && u.pathname.length > 1 },
  { name: "Whereby", test: (u) => u.hostname === "whereby.com" && u.pathname.length > 1 },
  {
    name: "GoTo Meeting",
    test: (u) => /(^|\.)(gotomeeting\.com|goto\.com)$/.test(u.hostname) && /join/.test(u.pathname),
  },
  { name: "Amazon Chime", test: (u) => u.hostname === "chime.aws" && u.pathname.length > 1 },
];

/** X-properties in which calendar programs put the meeting link itself. */
const LINK_PROPERTIES = [
  "x-google-conference",
  "x-microsoft-skypeteamsmeetingurl",
  "x-microsoft-onlinemeetingexternallink",
  "conference",
  "url",
];

const URL_IN_TEXT = /https?:\/\/[^\s<>"'\\)\]]+/gi;

/**
 * The link to join an online interview: from the X-properties calendar programs write, then a
 * known service's link in the location, the description or its HTML copy, then a location that
 * is nothing but a web address. The link is only read, never opened.
 */
export function joinLinkOf(
  component: ICAL.Component,
  location: string | null,
  description: string | null,
): JoinLink | null {
  const fromProperties = LINK_PROPERTIES.flatMap((name) =>
    component.getAllProperties(name).map((property) => String(property.getFirstValue() ?? "")),
  );
  const html = component
    .getAllProperties("x-alt-desc")
    .map((property) => String(property.getFirstValue() ?? ""));
  for (const text of [...fromProperties, location ?? "", description ?? "", ...html]) {
    const found = serviceLink(text);
    if (found) return found;
  }
  const bare = location?.trim() ?? "";
  if (/^https?:\/\/\S+$/i.test(bare) && webAddress(bare)) return { url: bare, service: null };
  return null;
}

function serviceLink(text: string): JoinLink | null {
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const candidate = match[0].replace(/[.,;:!?>]+$/, "");
    const url = webAddress(candidate);
    if (!url) continue;
    const service = SERVICES.find((s) => s.test(url));
    if (service) return { url: candidate, service: service.name };
  }
  return null;
}

function webAddress(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}
