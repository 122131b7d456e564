import { byteOrderMark } from "../core/byte-order-mark.js";

/**
 * Turns the bytes of a calendar file into its logical content lines: folds are undone on the
 * bytes, before any decoding, because a fold may split a multi-byte UTF-8 sequence.
 */
export interface DecodedLines {
  lines: string[];
  /** Set when some bytes were not valid in the encoding and were replaced. */
  invalidBytes: boolean;
}

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Splits on CRLF, LF or a lone CR; joins every line that begins with a space or a TAB to the
 * one before it (dropping that one whitespace byte); then decodes each line.
 */
export function contentLines(bytes: Uint8Array, charset: string | null = null): DecodedLines {
  const { data, encoding } = withoutByteOrderMark(bytes, charset);
  const logical: Uint8Array[][] = [];
  let start = 0;
  const take = (end: number) => {
    const line = data.subarray(start, end);
    const first = line[0];
    const previous = logical[logical.length - 1];
    if ((first === SPACE || first === TAB) && previous) previous.push(line.subarray(1));
    else logical.push([line]);
  };
  for (let i = 0; i < data.length; i++) {
    const byte = data[i];
    if (byte === LF) {
      take(i);
      start = i + 1;
    } else if (byte === CR) {
      take(i);
      if (data[i + 1] === LF) i++;
      start = i + 1;
    }
  }
  if (start < data.length) take(data.length);

  const decoder = decoderFor(encoding);
  let invalidBytes = false;
  const lines = logical.map((parts) => {
    const text = decoder.decode(join(parts));
    if (text.includes("\uFFFD") && !encodes(parts, "\uFFFD")) invalidBytes = true;
    return text;
  });
  return { lines, invalidBytes };
}

function withoutByteOrderMark(
  bytes: Uint8Array,
  charset: string | null,
): { data: Uint8Array; encoding: string } {
  const mark = byteOrderMark(bytes);
  if (!mark) return { data: bytes, encoding: charset ?? "utf-8" };
  const data = bytes.subarray(mark.length);
  if (mark.encoding === "utf-8") return { data, encoding: "utf-8" };
  // Re-encode as UTF-8 so line breaks and folds are single bytes again.
  const text = new TextDecoder(mark.encoding).decode(data);
  return { data: new TextEncoder().encode(text), encoding: "utf-8" };
}

function decoderFor(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding.trim().toLowerCase());
  } catch {
    // A charset label the platform does not know: UTF-8 is what calendars nearly always are.
    return new TextDecoder("utf-8");
  }
}

function join(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** True when the bytes literally contain the UTF-8 encoding of `char` (not a decoding failure). */
function encodes(parts: Uint8Array[], char: string): boolean {
  const needle = new TextEncoder().encode(char);
  return parts.some((part) => {
    outer: for (let i = 0; i + needle.length <= part.length; i++) {
      for (let j = 0; j < needle.length; j++) if (part[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  });
}
