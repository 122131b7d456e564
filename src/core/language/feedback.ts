import { firstVerbAsGerund } from "./nlp.js";
import { typedOut } from "./piece.js";

/**
 * Advice the interviewer gave the candidate, read from a point of the notes, as what the
 * candidate will work on: "she said my temps were good but i need to wipe plates faster" is
 * "wiping plates faster"; "told me to slow down in the intro" is "slowing down in the intro".
 * Null when the words hold no advice of that shape, or advice that speaks of someone else.
 */
export function adviceTaken(point: string): string | null {
  // "(how many studies, how many pages)": an aside in brackets is the candidate's note to self.
  const text = typedOut(point.replace(/\s*\([^()]*\)/g, "")).replace(/[.!]+$/, "");
  const advice = ADVICE.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  if (!advice || !(IMPROVEMENT.test(advice) || /\bfeedback\b/i.test(text))) return null;
  const action = advice
    .replace(/\s+(?:next time|in future|in the future|going forward)$/i, "")
    .replace(/\bmore\s*$/i, "more")
    .trim();
  if (
    action.split(/\s+/).length > 14 ||
    // "need to meet her team", "should ask him": whose is for the reader to say, not this;
    // "say when I'd kick it back" is the candidate's own.
    /\b(?:you|your|she|her|he|him|his|they|them|their|we|our)\b/i.test(action) ||
    /[,;:?()"“”]/.test(action)
  ) {
    return null;
  }
  return firstVerbAsGerund(action).replace(/^working on\s+/i, "");
}

/**
 * "bring my passport on day one" is an instruction, not advice: advice says what to do better,
 * unless the notes call it feedback.
 */
const IMPROVEMENT =
  /\b(?:faster|quicker|slower|more|less|fewer|shorter|longer|better|tighter|clearer|sooner|earlier|louder|concise|confident|work on|improve|practi[cs]e|brush up|focus on|polish|slow down|speed up)\b/i;

const SAID = String.raw`(?:said|says|told me|thought|felt|reckoned|mentioned|suggested|feedback(?: was)?:?|advised)`;

/** Each shape of advice, its action in the first group. */
const ADVICE: RegExp[] = [
  // "said my temps were good but i need to wipe plates faster"
  new RegExp(
    String.raw`\b${SAID}\b.*?\b(?:I|i)\s+(?:need(?:ed)?|should|could|have|had|must|ought)\s+(?:to\s+)?(?:try\s+(?:to\s+)?)?(\p{L}.*)$`,
    "u",
  ),
  // "told me to slow down in the intro", "advised me to lead with results"
  new RegExp(String.raw`\b(?:told|advised)\s+me\s+to\s+(\p{L}.*)$`, "u"),
  // "feedback: slow down in the intro"
  /\bfeedback\s*(?:was|:|-)\s*(?:to\s+)?(\p{Ll}.*)$/u,
];
