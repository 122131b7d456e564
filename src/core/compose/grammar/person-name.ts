import { HONORIFICS as TITLES } from "../../check/phrases/name-parts.js";
import { tidySpaces } from "./punctuation.js";

const HONORIFICS = new RegExp(`^(?:${TITLES.join("|")})\\.?$`, "i");
const CREDENTIALS =
  /^(?:ph\.?d|md|mba|cpa|pe|esq|jr|sr|ii|iii|iv|rn|cfa|pmp|kc|qc|obe|mbe|cbe|frcp|frcs|aca|fca|acca|cipd|lpn|np|dpt|pt|lcsw|msw|pharm\.?d|dnp|edd|psyd|dds|dmd|dvm|llm|jd|msc|bsc|meng|beng|ceng|rph|aprn|crna|ccrn|bcba|lmft|lpc|fcca|cissp)\.?$/i;

/**
 * The name a greeting uses: the given name ("Dana" for "Dana Whitfield"), or the honorific and
 * family name when the record gives one ("Dr. Okafor" for "Dr. Amara Okafor"). "Whitfield, Dana"
 * greets Dana; "Dana Whitfield, PhD" greets Dana; a one-word name greets as it is.
 */
export function greetingName(fullName: string): string {
  const parts = personName(fullName).split(" ");
  const [first = "", ...rest] = parts;
  // "Hon." is written on an envelope, never said: "Hon. Theresa Galindo" is "Theresa Galindo".
  if (STYLES.test(first) && rest.length > 1) return rest.join(" ");
  if (HONORIFICS.test(first) && rest.length > 0) return `${first} ${familyName(rest)}`;
  return first;
}

/** The family name with the particles before it: "de Vries", "van der Berg", "da Silva". */
function familyName(names: readonly string[]): string {
  let from = names.length - 1;
  while (from > 0 && PARTICLES.test(names[from - 1]!)) from--;
  return names.slice(from).join(" ");
}

/** The small words of a family name, written in lower case: "de" in "Anouk de Vries". */
const PARTICLES = /^(?:van|von|de|da|di|du|del|della|der|den|la|le|bin|ibn|al|el|y|e|dos|das)$/;

const STYLES = /^(?:hon|honourable|honorable|rt)\.?$/i;

/** True when the name is written with a title ("Dr. Amara Okafor", "Ms Ferreira"). */
export function hasTitle(fullName: string): boolean {
  const parts = personName(fullName).split(" ");
  return parts.length > 1 && HONORIFICS.test(parts[0]!);
}

/** The given name alone, without an honorific: "Amara" for "Dr. Amara Okafor". */
export function givenName(fullName: string): string {
  const parts = personName(fullName).split(" ");
  const [first = "", second] = parts;
  return HONORIFICS.test(first) && second ? second : first;
}

/** A person's name as it should appear in a message: tidied, and out of all-capitals or all-lower-case. */
export function personName(fullName: string): string {
  let name = tidySpaces(fullName.replace(/\s+/g, " "));
  const comma = name.split(/\s*,\s*/);
  // "Monica Delgado, OTR/L": letters after a comma, in capitals, are a credential.
  const credential = (part: string) =>
    CREDENTIALS.test(part.replace(/\s+/g, "")) || /^\p{Lu}[\p{Lu}/.&-]{1,9}$/u.test(part);
  if (comma.length === 2 && comma[1] !== "") {
    name = credential(comma[1]!) ? comma[0]! : `${comma[1]} ${comma[0]}`;
  } else if (comma.length > 2) {
    name = comma.filter((part) => !credential(part)).join(", ");
  }
  return name
    .split(" ")
    .filter((part) => !CREDENTIALS.test(part) || part === name)
    .map(fixCase)
    .join(" ");
}

function fixCase(part: string): string {
  const letters = part.replace(/[^\p{L}]/gu, "");
  const shouted =
    letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const whisper =
    letters.length > 0 && letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!shouted && !whisper) return part;
  if (whisper && PARTICLES.test(part)) {
    return part;
  }
  return part
    .toLowerCase()
    .split("-")
    .map((segment) =>
      segment
        .replace(/^\p{L}/u, (letter) => letter.toUpperCase())
        .replace(
          /^(\p{L}['’])(\p{L})/u,
          (_all, lead: string, letter: string) => lead + letter.toUpperCase(),
        ),
    )
    .join("-");
}
