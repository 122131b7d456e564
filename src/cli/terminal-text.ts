/**
 * Characters a terminal acts on instead of showing: C0 controls (tab and line feed aside), DEL,
 * C1 controls, and the bidirectional controls that reorder what is shown around them. A carriage
 * return is one too, unless a line feed follows it.
 */
const ACTIVE =
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as a terminal may show it: every character that would move the cursor, clear the screen,
 * retitle the window, start a link or reorder the line is replaced by a visible stand-in (its
 * control picture, such as ␛, or its code point, such as ⟨U+202E⟩). Everything Afterword prints
 * passes through here, since records, invites, replies and file names come from strangers.
 */
export function terminalText(text: string): string {
  return text.replace(ACTIVE, visibleControl);
}

function visibleControl(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, "0")}⟩`;
}

/** Characters JSON.stringify leaves raw that a terminal would act on; escaped, the JSON means the same. */
const ACTIVE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON whose strings carry no character a terminal acts on: each is written as a \u escape. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    ACTIVE_IN_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
