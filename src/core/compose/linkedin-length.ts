/**
 * The length of a LinkedIn note as its counter shows it: user-perceived characters, counted as
 * Unicode code points after NFC normalisation, so "é" typed either way is one character.
 * A code point count is never below the grapheme count (an emoji built from several code
 * points counts as several), so a note within it is within LinkedIn's count too.
 */
export function linkedInLength(text: string): number {
  return [...text.normalize("NFC")].length;
}

/**
 * True when the text is within `limit` characters. It must also fit in `limit` UTF-16 code units
 * with each line break sent as CR LF, the way a plain `maxlength` text box may count (there an
 * emoji is two), so it fits whichever way the box is built.
 */
export function fitsLinkedIn(text: string, limit: number): boolean {
  const normalised = text.normalize("NFC");
  const asSubmitted = normalised.replace(/\r?\n/g, "\r\n");
  return linkedInLength(normalised) <= limit && asSubmitted.length <= limit;
}
