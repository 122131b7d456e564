import type { CheckContext } from "../check-context.js";
import { foldWord } from "../names.js";
import { compilePhrases } from "../phrase-pattern.js";
import { PROMISE_CLAIMS, TEAM_CLAIMS } from "../phrases/claims.js";
import { defineSentenceRule } from "../rule.js";
import type { SentenceText } from "../sentence-text.js";

const PROMISES = compilePhrases([{ tag: "promise", phrases: PROMISE_CLAIMS }]);
const TEAMS = compilePhrases([{ tag: "team", phrases: TEAM_CLAIMS }]);
/** "to meeting the team", "to meet everyone": a meeting still to come. */
const STILL_TO_COME = /\bto\s+$/i;
/** "I hope I get the chance to come out to the park and meet the team": hoped for, not had. */
const HOPED =
  /\b(?:hope|hoping|look(?:ing)? forward|chance to|(?:would|'d|’d) (?:love|like) to|keen to|can['’]t wait|once I|when I)\b/i;

function stillToCome(text: string, start: number, end: number): boolean {
  return (
    /^meet/i.test(text.slice(start, end)) &&
    (STILL_TO_COME.test(text.slice(Math.max(0, start - 4), start)) ||
      HOPED.test(text.slice(0, start)))
  );
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
export const unsupportedPromise = defineSentenceRule({
  code: "claim.as-promised",
  severity: "warning",
  summary: "“As promised” when the interview record holds no promised material for this reader.",
  detect(sentence, context) {
    if (!context.interview || !sentence.content || promisedToReader(context)) return [];
    const { text, tokens } = sentence;
    return outermost(PROMISES.find(text, tokens))
      .filter(({ start }) => inContent(sentence, start))
      .map(({ start, end }) => ({
        start,
        end,
        params: { found: text.slice(start, end), owner: promisedToOther(context) },
      }));
  },
});

/** "Meeting the team", "each of you" after an interview with one person. */
export const unsupportedTeam = defineSentenceRule({
  code: "claim.one-interviewer",
  severity: "warning",
  summary: "“Meeting the team” or “each of you” after an interview with one person.",
  detect(sentence, context) {
    if (!context.interview || !sentence.content || context.interview.interviewers.length !== 1) {
      return [];
    }
    const person = context.interview.interviewers[0]!.name;
    const { text, tokens } = sentence;
    return outermost(TEAMS.find(text, tokens))
      .filter(({ start }) => inContent(sentence, start))
      .filter(({ start, end }) => !stillToCome(text, start, end))
      .map(({ start, end }) => ({ start, end, params: { found: text.slice(start, end), person } }));
  },
});

function inContent({ content }: SentenceText, at: number): boolean {
  return content !== null && at >= content.start && at < content.end;
}

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
