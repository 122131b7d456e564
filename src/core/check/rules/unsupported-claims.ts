import type { CheckContext } from "../check-context.js";
import { foldWord } from "../names.js";
import { compilePhrases } from "../phrase-pattern.js";
import { PROMISE_CLAIMS, TEAM_CLAIMS } from "../phrases/claims.js";
import { defineRule } from "../rule.js";

const PROMISES = compilePhrases([{ tag: "promise", phrases: PROMISE_CLAIMS }]);
const TEAMS = compilePhrases([{ tag: "team", phrases: TEAM_CLAIMS }]);
/** "to meeting the team", "to meet everyone": a meeting still to come. */
const STILL_TO_COME = /\bto\s+$/i;

function stillToCome(text: string, start: number, end: number): boolean {
  return /^meet/i.test(text.slice(start, end)) && STILL_TO_COME.test(text.slice(start - 4, start));
}

/** One finding per place: "as I promised" matches two phrases of the list. */
function outermost<T extends { start: number; end: number }>(hits: T[]): T[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          (other.end - other.start > hit.end - hit.start || other.start < hit.start),
      ),
  );
}

/**
 * "As promised" when the interview record holds nothing promised, or only material promised to
 * someone else (`raisedBy`). Without the interview it stays quiet.
 */
export const unsupportedPromise = defineRule({
  code: "claim.as-promised",
  severity: "warning",
  summary: "“As promised” when the interview record holds no promised material for this reader.",
  detect(message, context) {
    if (!context.interview || promisedToReader(context)) return [];
    return outermost(PROMISES.find(message.text))
      .filter(({ start }) => start >= message.content.start && start < message.content.end)
      .map(({ start, end }) => ({
        start,
        end,
        params: { found: message.text.slice(start, end), owner: promisedToOther(context) },
      }));
  },
});

/** "Meeting the team", "each of you" after an interview with one person. */
export const unsupportedTeam = defineRule({
  code: "claim.one-interviewer",
  severity: "warning",
  summary: "“Meeting the team” or “each of you” after an interview with one person.",
  detect(message, context) {
    if (!context.interview || context.interview.interviewers.length !== 1) return [];
    const person = context.interview.interviewers[0]!.name;
    return outermost(TEAMS.find(message.text))
      .filter(({ start }) => start >= message.content.start && start < message.content.end)
      .filter(({ start, end }) => !stillToCome(message.text, start, end))
      .map(({ start, end }) => ({
        start,
        end,
        params: { found: message.text.slice(start, end), person },
      }));
  },
});

function promisedToReader(context: CheckContext): boolean {
  const promised = context.interview?.promised ?? [];
  const reader = context.recipient?.name;
  return promised.some(
    (item) => !item.raisedBy || !reader || foldWord(item.raisedBy) === foldWord(reader),
  );
}

/** Who the record's promises went to, when every one went to someone other than the reader. */
function promisedToOther(context: CheckContext): string | null {
  return context.interview?.promised.find((item) => item.raisedBy)?.raisedBy ?? null;
}
