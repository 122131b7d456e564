import { UsageError } from "./exit-code.js";

/** Parses an ID argument such as the interview numbers `afterword interviews` shows. */
export function parseId(text: string, what = "interview"): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new UsageError(
      `"${text}" is not ${what === "interview" ? "an" : "a"} ${what} ID: use the number that \`afterword ${what}s\` shows.`,
    );
  }
  return id;
}
