import { wordsOf } from "./nlp.js";
import { withCapitalI } from "./piece.js";
import { writtenOut } from "./shorthand.js";

/**
 * Why the candidate wants the job, read from a line of their notes ("want concert + workshop
 * work, cant learn regulation properly on my own", "always wanted to work in aviation"), as
 * their own clause: "I want concert and workshop work", "I have always wanted to work in
 * aviation". Only the first thing wanted is said; what follows a comma is a reason the note
 * leaves out, unless it is the contrast the want is made of ("…, not only site billing"). Null
 * for any other line.
 */
export function motiveOf(line: string): string | null {
  // "why I want it: 'I want to be in a town small enough…'": the label and the quote marks go.
  const unlabelled = line.replace(/^\s*why\b[^:]{0,30}:\s*/iu, "").replace(/^["'“‘]|["'”’]$/gu, "");
  const text = writtenOut(unlabelled.replace(/\s*\([^()]*\)/g, ""))
    .trim()
    .split(/(?<=\S)[.!;]\s+/u)[0]!
    .replace(/[.!]+$/u, "");
  const found = MOTIVES.map(({ shape, said }) => {
    const match = shape.exec(text);
    return match ? said(match[1]!) : null;
  }).find(Boolean);
  if (!found) return null;
  const wanted = withCapitalI(withoutMore(found.replace(/,?\s+(not (?:only|just)\s)/u, ", $1")));
  if (wanted.split(/\s+/).length > 20 || /["“”]/.test(wanted)) return null;
  return wanted;
}

/** "…, not farm animals" is what the want is made of; "…, not stay on nights" is more said. */
function withoutMore(wanted: string): string {
  const comma = wanted.indexOf(", ");
  if (comma < 0) return wanted.trim();
  const contrast = /^not\s+(.+)$/u.exec(wanted.slice(comma + 2));
  const words = contrast ? wordsOf(contrast[1]!) : [];
  const last = words[words.length - 1];
  const kept =
    contrast &&
    (/^(?:only|just)\s/u.test(contrast[1]!) ||
      (words.length <= 3 && last?.tags.has("Noun") === true && !last.tags.has("Verb")));
  return (kept ? wanted : wanted.slice(0, comma)).trim();
}

const MOTIVES: { shape: RegExp; said: (wanted: string) => string }[] = [
  {
    shape: /^(?:I\s+(?:have\s+|['’]ve\s+)?)?always\s+wanted\s+to\s+(\p{L}.*)$/iu,
    said: (wanted) => `I have always wanted to ${wanted}`,
  },
  {
    shape: /^(?:I\s+)?(?:really\s+|still\s+)?want\s+(?!you\b|them\b|him\b|her\b)(\p{L}.*)$/iu,
    said: (wanted) => `I want ${wanted}`,
  },
  {
    shape: /^(?:I\s+(?:would|['’]d)\s+)?love\s+to\s+(\p{L}.*)$/iu,
    said: (wanted) => `I would love to ${wanted}`,
  },
  {
    shape: /^(?:I\s+am\s+|I['’]m\s+)?(?:keen|eager|hoping)\s+to\s+(\p{L}.*)$/iu,
    said: (wanted) => `I am keen to ${wanted}`,
  },
];
