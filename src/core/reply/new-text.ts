/**
 * The part of a reply its sender wrote: everything before the quoted message ("On … wrote:",
 * "-----Original Message-----", an Outlook header block, or "> " lines).
 */
const QUOTE_START = [
  /^\s*on\b.{0,200}\bwrote:\s*$/i,
  /^\s*am\b.{0,200}\bschrieb\b.*:\s*$/i,
  /^\s*le\b.{0,200}\ba écrit\s*:\s*$/i,
  /^\s*el\b.{0,200}\bescribió:\s*$/i,
  /^\s*op\b.{0,200}\bschreef\b.*:\s*$/i,
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|ursprungligt meddelande|alkuperäinen viesti|mensagem original|messaggio originale)\s*-{2,}\s*$/i,
  /^\s*(?:from|von|de|van|från|lähettäjä|da):\s.+$/i,
  /^\s*>/,
  /^_{10,}\s*$/,
];

export function newText(text: string): string {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const end = lines.findIndex((line) => QUOTE_START.some((pattern) => pattern.test(line)));
  return (end === -1 ? lines : lines.slice(0, end)).join("\n");
}
