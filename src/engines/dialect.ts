import { varietyForZone, type EnglishVariety } from "../core/english-variety.js";
import type { HarperDialect } from "./harper-config.js";

const DIALECT: Record<EnglishVariety, HarperDialect> = {
  "en-US": "american",
  "en-GB": "british",
  "en-AU": "australian",
  "en-CA": "canadian",
  "en-IN": "indian",
};

/** The harper.js dialect for the English the candidate writes. */
export function dialectFor(variety: EnglishVariety): HarperDialect {
  return DIALECT[variety];
}

/** The harper.js dialect guessed from a time zone, for a profile that names no variety. */
export function dialectForZone(zone: string | null | undefined): HarperDialect {
  return dialectFor(varietyForZone(zone));
}
