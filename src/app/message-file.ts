import { byteOrderMark } from "../core/byte-order-mark.js";
import { fail, ok, type Result } from "../core/result.js";
import { formatFieldError } from "../core/record/field-error.js";
import { readFileBytes } from "./read-file.js";

/** Far longer than any note or e-mail: a text this long is something else, pasted by mistake. */
export const LONGEST_MESSAGE = 20_000;

/** A message file read as text, or why it cannot be checked; `name` says which file in errors. */
export async function readMessageFile(file: string, name = file): Promise<Result<string, string>> {
  const read = await readFileBytes(file);
  if (!read.ok) return fail(`${name}: ${read.errors.map(formatFieldError).join("; ")}`);
  return messageText(read.value, name);
}

/**
 * The text of a message's bytes: UTF-8, UTF-16 when a byte-order mark says so, else
 * Windows-1252; without the mark and with Windows line ends made plain (offsets count from the
 * text as written). Refused: anything that is not text, an empty message, and one longer than
 * any message.
 */
export function messageText(bytes: Uint8Array, name: string): Result<string, string> {
  const mark = byteOrderMark(bytes);
  const data = bytes.subarray(mark?.length ?? 0);
  let text: string;
  try {
    text = new TextDecoder(mark?.encoding ?? "utf-8", { fatal: true }).decode(data);
  } catch {
    // Not UTF-8: most likely a note saved by an older Windows editor.
    text = new TextDecoder("windows-1252").decode(data);
  }
  text = text.replace(/\r\n/g, "\n");
  if (hasControlBytes(text))
    return fail(
      `${name}: not a text file (it holds control bytes); save the message as plain text.`,
    );
  if (text.trim() === "")
    return fail(`${name}: the message is empty; write the note, then check it.`);
  if (text.length > LONGEST_MESSAGE)
    return fail(
      `${name}: ${text.length.toLocaleString("en")} characters is longer than any message (at most ${LONGEST_MESSAGE.toLocaleString("en")}); check one message at a time.`,
    );
  return ok(text);
}

/** Bytes no typed text holds (tabs and line breaks aside): the mark of a binary file. */
function hasControlBytes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return true;
  }
  return false;
}
