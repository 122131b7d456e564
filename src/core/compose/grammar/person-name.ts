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
  const parts = withoutRank(personName(fullName).split(" "));
  const [first = "", ...rest] = parts;
  // "Hon." is written on an envelope, never said: "Hon. Theresa Galindo" is "Theresa Galindo".
  if (STYLES.test(first) && rest.length > 1) return rest.join(" ");
  if (HONORIFICS.test(first) && rest.length > 0) {
    return `${first} ${familyFirst(rest) ? rest[0]! : familyName(rest)}`;
  }
  return familyFirst(parts) ? parts.slice(1).join(" ") : first;
}

/** "Assoc. Prof. Lin Zhao" is greeted as "Prof. Zhao": the rank before a title is not said. */
function withoutRank(parts: string[]): string[] {
  return parts.length > 2 && RANK.test(parts[0]!) && HONORIFICS.test(parts[1]!)
    ? parts.slice(1)
    : parts;
}

const RANK = /^(?:assoc|associate|asst|assistant|adjunct|emeritus|clinical|visiting)\.?$/iu;

/**
 * "Lim Hui Min", "Park Ji-hoon": a Chinese or Korean name written family name first, as
 * Singapore, Malaysia, Hong Kong and Korea write it. Known by a common family name before a
 * given name of one-syllable parts or a hyphenated one, so "Lee Ann Smith" stays as it is.
 */
function familyFirst(parts: readonly string[]): boolean {
  const [family = "", ...given] = parts;
  if (!FAMILY_FIRST.has(family.toLowerCase())) return false;
  if (given.length === 1) return /^\p{L}+-\p{L}+$/u.test(given[0]!);
  return given.length === 2 && given.every((part) => SYLLABLE.test(part));
}

/** Family names common in Chinese and Korean, romanised as they are written in English. */
const FAMILY_FIRST = new Set(
  (
    "tan lim lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong chia seah " +
    "foo leong loh quek phua soh yap yong kwok lau cheung leung chow tsang yip fung kwan chen " +
    "wang zhang liu yang huang zhao wu zhou xu sun zhu hu guo lin luo zheng liang xie tang " +
    "feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng su ding ren shen " +
    "yao cui zhong kim park choi jung jeong kang cho yoon jang oh seo shin kwon hwang ahn yoo"
  ).split(" "),
);

/** One romanised Chinese syllable: "Hui", "Min", "Ling", "Jun"; Hokkien "Siew", "Hwee", "Peck", "Kam". */
const SYLLABLE =
  /^(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts|ng)?[hw]?[aeiouy]{1,3}(?:n|ng|h|k|p|t|w|m|ck)?$/iu;

/** The family name with the particles before it: "de Vries", "van der Berg", "da Silva". */
function familyName(names: readonly string[]): string {
  let from = names.length - 1;
  while (from > 0 && PARTICLES.test(names[from - 1]!)) from--;
  return names.slice(from).join(" ");
}

/** The small words of a family name, written in lower case: "de" in "Anouk de Vries". */
const PARTICLES = /^(?:van|von|de|da|di|du|del|della|der|den|la|le|bin|ibn|al|el|y|e|dos|das)$/;

const STYLES = /^(?:hon|honourable|honorable|rt)\.?$/i;

/**
 * "mrs otieno said they'll call": the title and family name the candidate's notes call the
 * person by, as the candidate addresses them ("Mrs Otieno"); null when the notes use none.
 */
export function addressedInNotes(fullName: string, texts: readonly string[]): string | null {
  const parts = personName(fullName).split(" ");
  if (parts.length < 2 || HONORIFICS.test(parts[0]!)) return null;
  const family = familyFirst(parts) ? parts[0]! : familyName(parts.slice(1));
  const escaped = family.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(
    `(?<![\\p{L}])(mr|mrs|ms|miss|dr|prof)\\.?\\s+${escaped}(?![\\p{L}])`,
    "iu",
  );
  for (const text of texts) {
    const found = pattern.exec(text);
    if (found) {
      const title = found[1]!.charAt(0).toUpperCase() + found[1]!.slice(1).toLowerCase();
      return `${title} ${family}`;
    }
  }
  return null;
}

/** True when the name is written with a title ("Dr. Amara Okafor", "Ms Ferreira"). */
export function hasTitle(fullName: string): boolean {
  const parts = withoutRank(personName(fullName).split(" "));
  return parts.length > 1 && HONORIFICS.test(parts[0]!);
}

/** The given name alone, without an honorific: "Amara" for "Dr. Amara Okafor". */
export function givenName(fullName: string): string {
  const parts = withoutRank(personName(fullName).split(" "));
  const named = HONORIFICS.test(parts[0] ?? "") && parts.length > 1 ? parts.slice(1) : parts;
  return familyFirst(named) ? named.slice(1).join(" ") : (named[0] ?? "");
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
    .map((part, index) =>
      index === 0 && INITIALS.test(part) && !HONORIFICS.test(part)
        ? part.toUpperCase()
        : fixCase(part),
    )
    .join(" ");
}

/** "jt alvarez", "DJ": a given name of two initials, said as letters; "Ng" is a family name. */
const INITIALS = /^(?!ng$)[b-df-hj-np-tv-z]{2}\.?$/iu;

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
