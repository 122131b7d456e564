import { splitSentences } from "../sentences.js";

/**
 * The sentence of a message that says a file comes with it ("I've attached my portfolio.",
 * "Please find attached…", "The slides are attached."), or null. The outbox sends text only, so a
 * message that says this must go from a mail program that carries the file. Quoted lines (">")
 * are someone else's words.
 */
export function saysAttached(body: string): string | null {
  const own = body
    .split("\n")
    .filter((line) => !/^\s*>/.test(line))
    .join("\n");
  return splitSentences(own).find((sentence) => ATTACHED.test(sentence)) ?? null;
}

const ATTACHED =
  /\b(?:I(?:\s+have|['’]ve|\s+am|['’]m)\s+(?:also\s+)?attach(?:ed|ing)|I\s+attach(?:ed)?|(?:please\s+)?(?:find|see)\s+(?:the\s+)?attached|(?:is|are)\s+attached|attached\s+(?:is|are|please\s+find)|in\s+the\s+attachment)\b/i;
