import type { Format, Stage } from "../interview.js";
import type { JoinLink } from "./invite-facts.js";

/** Stages a summary names outright, the more specific first ("technical phone screen" is technical). */
const STAGES: [Stage, RegExp][] = [
  ["final", /\bfinal\b/i],
  ["onsite", /\b(on-?site|in[- ]person|super ?day)\b/i],
  [
    "technical",
    /\b(technical|tech (screen|interview)|coding|system design|pair(ing| programming)|live coding|whiteboard)\b/i,
  ],
  [
    "screen",
    /\b(screen(ing)?|recruiter (call|chat)|intro(ductory)? (call|chat)|initial (call|chat))\b/i,
  ],
  ["phone", /\bphone (interview|call)\b/i],
];

/** The interview stage a summary names, or "other" when it names none. */
export function guessStage(summary: string | null): Stage {
  const text = summary ?? "";
  return STAGES.find(([, pattern]) => pattern.test(text))?.[0] ?? "other";
}

/**
 * How the interview is held, when that is clear: a meeting service's link means video unless
 * the summary says phone; the summary's own words otherwise; else a location that is only a
 * phone number (a phone call) or a street address (on site).
 */
export function guessFormat(
  summary: string | null,
  link: JoinLink | null,
  location: string | null = null,
): Format | null {
  const text = summary ?? "";
  if (/\b(on-?site|in[- ]person|office visit)\b/i.test(text)) return "onsite";
  if (/\bphone\b/i.test(text) && !/\bvideo\b/i.test(text)) return link?.service ? "video" : "phone";
  if (link || /\b(video|zoom|teams|google meet|webex)\b/i.test(text)) return "video";
  const place = location?.trim() ?? "";
  if (PHONE_ONLY.test(place)) return "phone";
  if (STREET_ADDRESS.test(place) && !/https?:|www\./i.test(place)) return "onsite";
  return null;
}

/** A location that is a telephone number and nothing more: "+1 555-0142", "(312) 555 0198". */
const PHONE_ONLY = /^(?:tel:)?\+?[\d\s().-]{7,20}$/u;

/** A house number before a street word, or a floor or suite: the location is a building. */
const STREET_ADDRESS =
  /\b\d+[a-z]?\s+(?:[\p{L}.'’-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|parkway|pkwy|highway|hwy|strasse|straße|rue|calle|via)\b|\b(?:floor|suite|ste|building|bldg)\s*\d|\b\d+(?:st|nd|rd|th)\s+floor\b|〒/iu;
