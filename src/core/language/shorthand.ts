/**
 * Shorthand people type in notes after an interview, written out for a letter: "3 yrs" is "3
 * years", "walked me thru the shop + the vans" is "walked me through the shop and the vans".
 */
const WORDS: Record<string, string> = {
  thru: "through",
  yrs: "years",
  yr: "year",
  mos: "months",
  wks: "weeks",
  wk: "week",
  mgr: "manager",
  mgmt: "management",
  dept: "department",
  govt: "government",
  ppl: "people",
  "w/": "with",
  "w/o": "without",
  "b/c": "because",
  "bc/": "because",
};

const WORD = new RegExp(
  `(?<![\\p{L}\\p{N}/])(${Object.keys(WORDS)
    .map((word) => word.replace(/[/]/g, "\\/"))
    .join("|")})(?![\\p{L}\\p{N}/])`,
  "giu",
);

export function writtenOut(text: string): string {
  return text
    .replace(WORD, (word) => WORDS[word.toLowerCase()] ?? word)
    .replace(/\s\+\s/g, " and ")
    .replace(/\s&\s(?=\p{Ll})/gu, " and ");
}
