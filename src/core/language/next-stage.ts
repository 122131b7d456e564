import { withIndefiniteArticle } from "../compose/grammar/indefinite-article.js";
import { writtenOut } from "./shorthand.js";

/**
 * What the interviewer said may come before a decision, read from the notes' next steps, for the
 * candidate to say they are ready for it: a try-out ("might ask me back for a trial shift",
 * "maybe a paid test project first"), a further round with someone ("2nd interview in person
 * w/ the director of sales"), or references ("references after that").
 */
export type NextStage =
  /**
   * "a trial shift", "a paid test project", "the writing exercise": a phrase with its article;
   * `settled` when the words say it comes next rather than that it may.
   */
  | { kind: "try-out"; what: string; settled: boolean }
  /** "a second interview with the director of sales", "the final round with the CISO". */
  | { kind: "round"; what: string }
  /** `asked` when the words ask the candidate to send them ("send them to him tmrw"). */
  | { kind: "references"; asked: boolean };

/** The stages the words name, try-out first; none once the notes say the answer came. */
export function nextStages(nextSteps: string): NextStage[] {
  const text = writtenOut(nextSteps.replace(/\s+/g, " ").trim());
  if (DECIDED.test(text)) return [];
  return [tryOut(text), round(text), references(text)].filter(
    (stage): stage is NextStage => stage !== null,
  );
}

/** "they went with someone", "not selected": the stage will not come. */
const DECIDED =
  /\b(?:went with|gone with|going with someone|not selected|unsuccessful|not successful|not moving forward|no second interview|offered me|rang,? not)\b/i;

const TRY_OUT =
  /\b(?:(a|an|the)\s+)?((?:(?:paid|unpaid|short|small|quick|half[- ]day|one[- ]day|two[- ]day)\s+){0,2})(trial\s+(?:shift|week|day|job|period|run|session|service)|working interview|work trial|test\s+(?:project|task|piece|job|shift)|take[- ]home(?:\s+(?:task|test|exercise|assignment|project))?|(?:writing|written|skills|practical)\s+(?:exercise|test|task|assessment)|online\s+(?:assessment|test)|case study)\b/i;

/** The words that make a stage something that may come, not something someone else has. */
const MAY_COME =
  /\b(?:might|maybe|may|possibly|probably|prob|if|first|then|next|after that|finalists|shortlist|would|will|'ll|’ll|'d|’d|start with|ask me back|want(?:s)? (?:me|you) (?:back|to)|is a|is an)\b/i;

/** "might ask me back for a trial shift", "maybe a paid test project": it may come, or not. */
const TENTATIVE =
  /\b(?:might|maybe|may|possibly|probably|prob|if|would|could|'d|’d|ask me back|want(?:s)? (?:me|you) back)\b/i;

/** "come shadow for half a day": an invitation to see the work. */
const SHADOW =
  /\bshadow(?:ing)?\s+(?:for\s+)?(half a day|a half day|a day|a shift|a morning|an afternoon)\b/i;

function tryOut(text: string): NextStage | null {
  const shadow = SHADOW.exec(text);
  if (shadow) {
    return { kind: "try-out", what: `${shadow[1]!.toLowerCase()} of shadowing`, settled: false };
  }
  const match = TRY_OUT.exec(text);
  if (!match || !MAY_COME.test(text)) return null;
  // "shes got one more working interview next week": someone else's, before the decision.
  if (
    /\b(?:one|two|three|a few|a couple)\s+more\s+$|\banother\s+$/iu.test(text.slice(0, match.index))
  ) {
    return null;
  }
  const [, article, modifiers, thing] = match;
  const head = thing!.toLowerCase().replace(/^take[- ]home$/, "take-home task");
  const phrase = `${(modifiers ?? "").toLowerCase()}${head}`.replace(/\s+/g, " ").trim();
  const determined =
    article?.toLowerCase() === "the" ? `the ${phrase}` : withIndefiniteArticle(phrase);
  return { kind: "try-out", what: determined, settled: !TENTATIVE.test(text) };
}

const ROUND =
  /\b(second|2nd|final|next|another|further)\s+(?:(panel|in[- ]person|onsite|face[- ]to[- ]face|formal)\s+)?(round|interview|stage|chat|conversation|meeting)\b(?:\s+(?:is|would be|will be))?(?:\s+(?:a|an)\s+(?:panel\s+)?(?:interview|chat|meeting))?(?:\s+(?:in person|in-person|onsite|on-site|on site|face to face|by video))?\s+(?:with|w\/)\s+((?:the\s+)?[\p{L}'’ -]+?)(?:\s*\(([^)]+)\))?(?=\s*(?:[,.;)]|$|\s(?:if|prob|probably|maybe|possibly|next|on|in|at|first|before|after|by|and|but|then|this|that)\b))/iu;

/** "want you back in to meet the GM". */
const BACK_TO_MEET =
  /\b(?:back in|back|in again)\s+to meet\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|[\p{Ll}]+(?:\s+of\s+\p{L}+)?))/u;

function round(text: string): NextStage | null {
  const back = BACK_TO_MEET.exec(text);
  if (back) return { kind: "round", what: `a meeting with ${withLowerThe(back[1]!)}` };
  const match = ROUND.exec(text);
  if (!match) return null;
  const [, order, manner, stage, who, named] = match;
  const person = named && /^\p{Lu}[\p{L}'’-]+$/u.test(named.trim()) ? named.trim() : who!.trim();
  if (person.split(/\s+/).length > 6) return null;
  const which = /^(?:second|2nd)$/i.test(order!) ? "second" : order!.toLowerCase();
  const article = /^(?:final|next)$/.test(which) ? "the" : "a";
  const kind = `${manner ? `${manner.toLowerCase()} ` : ""}${stage!.toLowerCase()}`;
  return { kind: "round", what: `${article} ${which} ${kind} with ${withLowerThe(person)}` };
}

/** "The director of sales" typed at the start of a clause is "the director of sales" here. */
function withLowerThe(who: string): string {
  return who.replace(/^The\b/, "the");
}

const REFERENCES =
  /\b(?:references?|referees?|(?:reference|referee) checks?)\s+(?:after that|next|then|if|after|once|this week|first)|\b(?:call|check|ring|contact|take up|chase)(?:ing)?\s+(?:my\s+|up\s+)?(?:references|referees)\b/i;

function references(text: string): NextStage | null {
  if (!REFERENCES.test(text) && !REFERENCES_ASKED.test(text)) return null;
  return { kind: "references", asked: REFERENCES_ASKED.test(text) };
}

/** "he wants 2 references first, send them to him tmrw", "email her my referees". */
const REFERENCES_ASKED =
  /\b(?:wants?|needs?|asked\s+for|asked\s+me\s+for)\s+(?:\p{L}+\s+)?(?:references|referees)\b[^.;]*\b(?:send|email|e-mail|forward)\b|\b(?:send|email|e-mail|forward)\s+(?:(?:him|her|them|me|you)\s+)?(?:my\s+|your\s+|the\s+|(?:two|three|\d)\s+)?(?:references|referees|referee details)\b/iu;
