import type { Interview } from "../interview.js";
import type { Channel, MessageKind } from "../message.js";
import type { Recipient } from "../plan/planned-message.js";
import type { Profile } from "../record/profile.js";

/** Which part of a message a stretch of text plays; the proofreader and the web page read these. */
export const SLOTS = [
  "greeting",
  "well-wishes",
  "opening-thanks",
  "interview-reference",
  "specific-point",
  "shared-point",
  "fit",
  "interest",
  "concern-answered",
  "question-answered",
  "promised-material",
  "update",
  "reason",
  "next-steps",
  "offer",
  "no-pressure",
  "future-roles",
  "news-thanks",
  "feedback-request",
  "other-openings",
  "stay-connected",
  "close",
  "sign-off",
  "signature",
] as const;
export type Slot = (typeof SLOTS)[number];

/** Where one sentence (or greeting, or sign-off) of the body came from. */
export interface ProvenanceEntry {
  /** Offsets into the body, in UTF-16 code units as JavaScript strings index them. */
  start: number;
  end: number;
  slot: Slot;
  /** The record fields it was written from, such as `interviewers[0].discussed[1]`, `fit[0]`, `profile.name`. */
  sources: string[];
}

/** A message ready to send (or to edit), with where each sentence came from. */
export interface ComposedMessage {
  kind: MessageKind;
  channel: Channel;
  recipient: Recipient;
  sequence: number;
  /** The e-mail subject; null on a card or LinkedIn. */
  subject: string | null;
  body: string;
  provenance: ProvenanceEntry[];
  /** What the candidate should know before sending, e.g. that the notes hold nothing this person said. */
  notices: string[];
}

export interface ComposeRequest {
  interview: Interview;
  profile: Profile;
  kind: MessageKind;
  channel: Channel;
  recipient: Recipient;
  /** 1, or which status follow-up (1–2) or check-in (1–3) this is. Default 1. */
  sequence?: number;
  /**
   * In the candidate's own words: a check-in's reason to write now (required for a check-in), or
   * news worth sharing in a status follow-up. "I read about your new Lisbon office."
   */
  reason?: string | null;
  /** When the draft is written (ISO 8601 instant): a thank-you says "today", "yesterday" or the weekday. */
  writtenAt?: string | null;
  /**
   * Sentences of the candidate's other drafts (any interview, any kind): none is written again,
   * beyond the greeting, the sign-off and the signature.
   */
  avoidSentences?: readonly string[];
  /**
   * The interviewers, by place on the panel, whose thank-you has gone: a file promised to them
   * since follows in its own message, not in a thank-you already sent.
   */
  thanked?: readonly number[];
  /**
   * Words of the record the dictionary does not know, in lower case ("tenby", "keyhouse"): one
   * typed where a place or firm is named is written as that name. The dictionary lives outside
   * the core, so the caller finds them.
   */
  unknownWords?: readonly string[];
}

export type ComposeErrorCode = "reason-needed" | "nothing-to-add";

/** A message that cannot be written from what the record holds, and what would make it possible. */
export interface ComposeError {
  code: ComposeErrorCode;
  message: string;
}
