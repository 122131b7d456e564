import type { Format, Stage } from "../core/interview.js";
import type { JoinLink } from "./join-link.js";

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
 * the summary says phone; the summary's own words otherwise.
 */
export function guessFormat(summary: string | null, link: JoinLink | null): Format | null {
  const text = summary ?? "";
  if (/\b(on-?site|in[- ]person|office visit)\b/i.test(text)) return "onsite";
  if (/\bphone\b/i.test(text) && !/\bvideo\b/i.test(text)) return link?.service ? "video" : "phone";
  if (link || /\b(video|zoom|teams|google meet|webex)\b/i.test(text)) return "video";
  return null;
}
