/** The encoding a byte-order mark at the start of a file names, and how many bytes the mark takes. */
export interface ByteOrderMark {
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  length: number;
}

/** The byte-order mark a file starts with, if any: UTF-8 (EF BB BF) or UTF-16 (FF FE, FE FF). */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}
