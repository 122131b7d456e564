import { constants, type Stats } from "node:fs";
import { open } from "node:fs/promises";
import { fail, ok, type Result } from "../core/result.js";
import type { FieldError } from "../core/record/field-error.js";
import { decodeText } from "../core/text-bytes.js";

/** Files larger than this are refused rather than read into memory: no invite or record is near it. */
export const LARGEST_FILE = 64 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/**
 * Reads a file's bytes, turning the system's error into words. Only a regular file is read (a
 * link is followed to one): a FIFO, a device such as /dev/zero or a folder is refused before a
 * byte is read, and `limit` applies to what is actually read, not to what the file claims.
 */
export async function readFileBytes(
  file: string,
  limit = LARGEST_FILE,
): Promise<Result<Buffer, FieldError>> {
  let handle;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once and is then refused.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return fail({ path: "", expected: "a readable file", found: describeFsError(error) });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail({ path: "", expected: "a regular file", found: kindOf(info) });
    const tooLarge = {
      path: "",
      expected: `a file of at most ${sizeWords(limit)}`,
      found: `a larger one`,
    };
    if (info.size > limit) return fail({ ...tooLarge, found: sizeWords(info.size) });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      // The file grew after it was measured: the limit holds for what is read.
      if (total > limit) return fail(tooLarge);
    }
    return ok(Buffer.concat(chunks, total));
  } catch (error) {
    return fail({ path: "", expected: "a readable file", found: describeFsError(error) });
  } finally {
    await handle.close();
  }
}

/** Reads a text file written anywhere (UTF-8, UTF-16, Windows-1252), turning every problem into words. */
export async function readTextFile(
  file: string,
  limit = LARGEST_FILE,
): Promise<Result<string, FieldError>> {
  const bytes = await readFileBytes(file, limit);
  if (!bytes.ok) return bytes;
  const decoded = decodeText(bytes.value);
  if (!decoded.ok)
    return fail({ path: "", expected: "a text file", found: decoded.errors[0]!.found });
  return ok(decoded.value.text);
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "something other than a file";
}

function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.ceil(bytes / 1024 / 1024)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "a file you may not read";
    case "EISDIR":
      return "a folder";
    case "ENOTDIR":
      return "a path through something that is not a folder";
    case "ELOOP":
      return "a link that leads round in a circle";
    case "ENAMETOOLONG":
      return "a name too long for the system";
    default:
      return (error as Error).message;
  }
}
