import type { Phrase } from "../phrase-pattern.js";

/**
 * Lines that say the candidate promised to send something: true only when the record holds a
 * promise. "I promised a better answer" is left alone: the answer is the record's `unanswered`.
 */
export const PROMISE_CLAIMS: Phrase[] = [
  ["as promised"],
  ["as (I|we) promised"],
  ["as (I|I'd|I had) (said|mentioned) I would"],
  ["as agreed"],
  ["like I promised"],
];

/**
 * Lines that say the candidate met several people: true only when the interview had more than
 * one. A meeting still to come ("I look forward to meeting the team") is no claim.
 */
export const TEAM_CLAIMS: Phrase[] = [
  ["(meet|meeting|met) (the|your) (whole |entire |)(team|panel|group)"],
  ["(meet|meeting|met) (everyone|all of you|each of you|the others|your colleagues)"],
  ["(speaking|talking) (with|to) (everyone|all of you|each of you|the panel|your colleagues)"],
  ["(each|all|both) of you"],
];
