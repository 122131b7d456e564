import type { z } from "zod";
import { closestName } from "./closest-name.js";

/** One reason a record or profile was refused, naming the field, what was expected and what was found. */
export interface FieldError {
  /** A field path such as `interviewers[0].name`; empty for the whole document. */
  path: string;
  expected: string;
  found: string;
  /** The stable code of what is missing beyond the record itself: `no-profile`, set elsewhere. */
  code?: "no-profile";
}

export function formatFieldError(error: FieldError): string {
  const where = error.path === "" ? "" : `${error.path}: `;
  return `${where}expected ${error.expected}, found ${error.found}`;
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** How much of someone's text an error quotes: enough to find it, never the file. */
export const EXCERPT_LENGTH = 40;

/** The start of a text, cut at `EXCERPT_LENGTH` characters (whole characters, never half a pair). */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const characters = Array.from(text.slice(0, length * 2));
  return characters.length > length ? `${characters.slice(0, length - 3).join("")}...` : text;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    if (value.trim() === "") return "empty text";
    return JSON.stringify(excerpt(value));
  }
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${value}`;
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  return "a mapping of fields";
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
};

/**
 * Turns zod's issues into field errors a person can act on. `vocabulary` holds the field names
 * the document may use, so a misspelt one can be named; unknown fields come first, since a
 * misspelling is usually why a required field is reported missing.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix = "",
  vocabulary: readonly string[] = [],
): FieldError[] {
  const unknownFirst = [...issues].sort(
    (a, b) => Number(b.code === "unrecognized_keys") - Number(a.code === "unrecognized_keys"),
  );
  return unknownFirst.flatMap((issue): FieldError[] => {
    const path = joinPath(prefix, pathToString(issue.path));
    const found = describeValue(issue.input);
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => {
          const meant = closestName(key, vocabulary);
          return {
            path: joinPath(path, JSON.stringify(excerpt(key)).slice(1, -1)),
            expected: meant
              ? `a known field (did you mean \`${meant}\`?)`
              : "only the documented fields",
            found: "a field of that name",
          };
        });
      case "invalid_type":
        return [{ path, expected: TYPE_NAMES[issue.expected] ?? issue.expected, found }];
      case "invalid_value":
        return [{ path, expected: `one of ${issue.values.map(String).join(", ")}`, found }];
      case "too_small":
        return [
          {
            path,
            expected: isDefaultMessage(issue.message) ? "non-empty text" : issue.message,
            found,
          },
        ];
      case "invalid_union":
        return [{ path, expected: issue.message, found }];
      default:
        return [{ path, expected: issue.message, found }];
    }
  });
}

function joinPath(prefix: string, path: string): string {
  if (prefix === "") return path;
  if (path === "") return prefix;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** zod's own messages are for developers; ours (given in the schema) are for people. */
function isDefaultMessage(message: string): boolean {
  return /^(Too small|Too big|Invalid)/.test(message);
}
