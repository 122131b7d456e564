import { fail, ok, type Result } from "../../core/result.js";
import { formatFieldError } from "../../core/record/field-error.js";
import { decodeText } from "../../core/text-bytes.js";
import { readFileBytes } from "../read-file.js";

/** Far longer than any note or e-mail: a text this long is something else, pasted by mistake. */
export const LONGEST_MESSAGE = 20_000;

/** A message file read as text, or why it cannot be checked; `name` says which file in errors. */
export async function readMessageFile(file: string, name = file): Promise<Result<string, string>> {
  const read = await readFileBytes(file);
  if (!read.ok) return fail(`${name}: ${read.errors.map(formatFieldError).join("; ")}`);
  return messageText(read.value, name);
}

/**
 * The text of a message's bytes, read as any text from elsewhere is (`decodeText`), with Windows
 * line ends made plain (offsets count from the text as written). Refused: anything that is not
 * text, an empty message, and one longer than any message.
 */
export function messageText(bytes: Uint8Array, name: string): Result<string, string> {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return fail(
      `${name}: not a text file (${decoded.errors[0]!.found}); save the message as plain text.`,
    );
  const text = decoded.value.text.replace(/\r\n/g, "\n");
  if (text.trim() === "")
    return fail(`${name}: the message is empty; write the note, then check it.`);
  if (text.length > LONGEST_MESSAGE)
    return fail(
      `${name}: ${text.length.toLocaleString("en")} characters is longer than any message (at most ${LONGEST_MESSAGE.toLocaleString("en")}); check one message at a time.`,
    );
  return ok(text);
}
