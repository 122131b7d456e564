/** LinkedIn's limit for the note sent with a connection request. */
export const LINKEDIN_NOTE_LIMIT = 300;

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
 * True when the note fits. It must also fit in 300 UTF-16 code units, the unit a plain
 * `maxlength` text box counts in (there an emoji is two), so the note fits whichever way
 * the box is built.
 */
export function fitsLinkedIn(text: string): boolean {
  const normalised = text.normalize("NFC");
  return (
    linkedInLength(normalised) <= LINKEDIN_NOTE_LIMIT && normalised.length <= LINKEDIN_NOTE_LIMIT
  );
}
