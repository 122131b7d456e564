import type { Channel } from "../message.js";
import type { Composition } from "./composition.js";
import type { NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";

export interface WriterOptions {
  /** Shorter phrasings where a slot has them: a LinkedIn note over its 300 characters. */
  compact: boolean;
  /** Which status follow-up or check-in this is. */
  sequence: number;
}

/** What each kind module provides: a message from the facts, in the phrasings the seed picks. */
export type Writer = (
  facts: NoteFacts,
  channel: Channel,
  choice: SeededChoice,
  options: WriterOptions,
) => Composition;
