import type { Phrase } from "../phrase-pattern.js";

/** Ultimatums and threats: any of these ends the conversation. */
export const THREAT: Phrase[] = [
  [
    "(or|otherwise|if not|if not,) (I will|I'll|I shall) (have to |be forced to |)(accept|take|go|report|post|write|contact|escalate|withdraw|share|tell)",
  ],
  ["or else"],
  ["(I'll|I will|I shall) (post|write|leave|publish) (a|an|my) (review|complaint)"],
  ["(review|reviews|complaint) on (glassdoor|indeed|linkedin|social media|twitter|reddit)"],
  ["legal action"],
  ["my (lawyer|attorney|solicitor)"],
  ["(I'll|I will|I shall|I may|I might) (sue|take you to court)"],
  ["(I'll|I will|I shall|I may|I might) report (you|this|your company|the company)"],
  ["you('ll| will) (regret|be sorry)"],
  ["(this is your|your) (last|final) chance"],
  ["final (warning|notice)"],
  ["(go|going) over your head"],
  ["(I'll|I will|I shall) escalate"],
  [
    "(I'll|I will|I shall) (contact|email|e-mail|call|tell|write to) your (ceo|boss|manager|supervisor|superior|board)",
  ],
  ["ultimatum"],
  ["unless (I hear|you (respond|reply|get back|answer|decide|make))"],
  ["(accept|take) (another|the other|a competing|a different) offer (if|unless)"],
  ["(withdraw|pull) my (application|candidacy) (if|unless)"],
  ["(you|your company) (will|'ll) (hear from|be hearing from) (me|my)"],
];
