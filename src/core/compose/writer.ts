import type { Channel } from "../message.js";
import type { Composition, Voice } from "./composition.js";
import type { NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";

/** The phrasings of a panel's notes, so colleagues' notes of one kind and channel differ slot by slot. */
export interface PanelPhrasings {
  /** Phrasings the notes to colleagues listed earlier already use, by slot. */
  taken: ReadonlyMap<string, ReadonlySet<string>>;
  /** Where this note records the phrasing it uses for each slot. */
  used: Map<string, string>;
}

export interface WriterOptions {
  /** Shorter phrasings where a slot has them: a LinkedIn note over its 300 characters. */
  compact: boolean;
  /** No subject line will carry the position (a LinkedIn message): the body names it. */
  subjectless?: boolean;
  /** Which status follow-up or check-in this is. */
  sequence: number;
  phrasings?: PanelPhrasings;
  /** The profile's tone and the sentences of the candidate's other drafts. */
  voice?: Voice;
}

/** The channels a writer lays out; a LinkedIn message is written as an e-mail is. */
export type WrittenChannel = Exclude<Channel, "linkedin-message">;

/** What each kind module provides: a message from the facts, in the phrasings the seed picks. */
export type Writer = (
  facts: NoteFacts,
  channel: WrittenChannel,
  choice: SeededChoice,
  options: WriterOptions,
) => Composition;
