import { byteOrderMark } from "./byte-order-mark.js";
import { fail, ok, type Result } from "./result.js";

/** The encodings a text file from someone else's machine is read in, and the one word used for each. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Why some bytes are not text that can be read. */
export interface TextProblem {
  code: "not-text";
  /** What the bytes were found to be, in words: "binary data", "UTF-16 text with broken characters". */
  found: string;
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * The text some bytes hold: UTF-8 or UTF-16 when a byte-order mark says so; UTF-16 without a
 * mark when its zero bytes give it away; else UTF-8; else Windows-1252 (which Latin-1 text also
 * reads as). Never a replacement character: bytes that fit none of these, or that decode to
 * control characters a typed text never holds, are refused as not text.
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText, TextProblem> {
  const mark = byteOrderMark(bytes);
  const encoding: TextEncodingName = mark?.encoding ?? utf16Guess(bytes) ?? "utf-8";
  const data = bytes.subarray(mark?.length ?? 0);
  const strict = decodeStrict(data, encoding);
  if (strict !== null) return checked(strict, encoding);
  if (encoding !== "utf-8") {
    return fail({ code: "not-text", found: `${encodingWords(encoding)} with broken characters` });
  }
  // Not UTF-8: most likely a file saved by an older Windows or Latin-1 editor.
  return checked(new TextDecoder("windows-1252").decode(data), "windows-1252");
}

export function encodingWords(encoding: TextEncodingName): string {
  switch (encoding) {
    case "utf-8":
      return "UTF-8 text";
    case "utf-16le":
    case "utf-16be":
      return "UTF-16 text";
    case "windows-1252":
      return "Windows-1252 (Latin-1) text";
  }
}

function decodeStrict(data: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

function checked(text: string, encoding: TextEncodingName): Result<DecodedText, TextProblem> {
  if (hasControlCharacters(text))
    return fail({ code: "not-text", found: "binary data, or text holding control characters" });
  return ok({ text, encoding });
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other
 * place, odd places for little-endian, even ones for big-endian. Only the start is looked at.
 */
function utf16Guess(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return "utf-16be";
  return null;
}

/** C0 controls (tab and line breaks aside), DEL and C1 controls: no typed text holds them. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return true;
    if (code >= 0x7f && code <= 0x9f) return true;
  }
  return false;
}
