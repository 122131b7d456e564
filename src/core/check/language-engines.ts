import type { EnglishVariety } from "../english-variety.js";
import type { Proofreader } from "./proofreader.js";

/**
 * The spelling and grammar engines as a runtime provides them: Node loads harper.js and nspell,
 * a test may give the dictionary alone. Each proofreader is made once and kept.
 */
export interface LanguageEngines {
  /** The proofreader for the candidate's English; `quick` is dictionary spelling alone. */
  proofreader(english: EnglishVariety, quick: boolean): Proofreader;
  /** Starts loading what takes longest, before the check knows which English it needs. */
  preload(quick: boolean): void;
}
