import { newText } from "./new-text.js";

/** What a request asks for: material to send, or a question to answer, in the candidate's words. */
export type Requested = { type: "material"; what: string } | { type: "question"; question: string };

const ASK_TO_SEND =
  /\b(?:send|share|forward|provide|attach|e-?mail|upload|submit)\s+(?:(?:over|along|through)\s+)?(?:(?:to\s+)?(?:us|me)\s+)?(.+?)(?=\s+(?:by|before|until|when|if|so|at your|as soon|ahead of|prior to|to (?:me|us|our|my))\b|[.?!;\n]|$)/i;
const SENTENCE = /[^.?!\n]*\?/g;

/**
 * Reads the request in the part of the reply the sender wrote: "could you send us your portfolio
 * by Friday?" asks for "my portfolio"; a question without anything to send ("what is your notice
 * period?") is a question to answer. Null when nothing can be read.
 */
export function requestedIn(text: string): Requested | null {
  const written = newText(text).replace(/\s+/g, " ");
  const sent = written.match(ASK_TO_SEND)?.[1]?.trim();
  if (sent && sent.split(" ").length <= 12) {
    return { type: "material", what: inFirstPerson(sent) };
  }
  const question = [...written.matchAll(SENTENCE)]
    .map((found) => found[0].trim())
    .find((sentence) => sentence.split(" ").length >= 3);
  return question ? { type: "question", question } : null;
}

/** "your portfolio and your references" as the candidate writes it: "my portfolio and my references". */
function inFirstPerson(phrase: string): string {
  return phrase
    .replace(/\byours\b/gi, "mine")
    .replace(/\byour\b/gi, "my")
    .replace(/\byou\b/gi, "I");
}
