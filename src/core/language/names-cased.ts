import { isCommonWord } from "./nlp.js";

/**
 * Names typed in lower case after an interview ("luis asked if…", "prof rahman said…"), written
 * as names: "Luis asked if…", "Prof Rahman said…". Only the names the record holds are known, so
 * an ordinary word is never taken for one.
 */
export function withNamesCased(text: string, names: readonly string[]): string {
  const known = new Map<string, string>();
  for (const name of names) {
    for (const part of name.split(/[\s,]+/)) {
      const word = part.replace(/[^\p{L}'’-]/gu, "");
      // "Al", "Jo": too short to tell from a word.
      if ([...word].length >= 3 && /^\p{Lu}/u.test(word)) known.set(word.toLowerCase(), word);
    }
  }
  if (known.size === 0) return text;
  return text.replace(
    // Never inside an address: "example.com/luis", "luis@example.com".
    /(?<![\p{L}\p{N}'’/.@_-])((?:(?:dr|prof|mr|mrs|ms|capt|sir|ma['’]?am|madam)\.?\s+)?)(\p{Ll}[\p{L}'’-]*)(?![\p{L}\p{N}'’/@_-]|\.\p{L})/gu,
    (whole, typedTitle: string, word: string) => {
      // "sir jerome said", "maam joanna": how the candidate addressed them in the room, which no
      // letter writes before a name.
      const title = /^(?:sir|ma['’]?am|madam)\b/iu.test(typedTitle) ? "" : typedTitle;
      // "toms team plans together": a name's possessive, its apostrophe lost; "marks" is a word.
      const owner = /s$/u.test(word) && !title ? known.get(word.toLowerCase().slice(0, -1)) : null;
      if (owner && !isCommonWord(word)) return `${owner}'s`;
      // "tasha's anesthesia charts": the name, with its possessive as typed.
      const [, base = word, owns = ""] = /^(.+?)(['’]s)?$/u.exec(word) ?? [];
      const found = known.get(base.toLowerCase());
      const name = found && `${found}${owns}`;
      if (!name) return whole;
      const titled = title ? title.charAt(0).toUpperCase() + title.slice(1) : "";
      return `${titled}${name}`;
    },
  );
}
