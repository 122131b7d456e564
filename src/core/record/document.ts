import { parseAllDocuments } from "yaml";
import { fail, ok, type Result } from "../result.js";
import { excerpt, type FieldError } from "./field-error.js";

export type DocumentFormat = "yaml" | "json";

export interface DocumentEntry {
  value: unknown;
  /** Where the entry sits in the file, for error paths: "" for a lone record, "[2]" in a list. */
  path: string;
}

/** Parses a YAML or JSON file's text into its records: one record, a list, or several YAML documents. */
export function parseDocument(
  text: string,
  format: DocumentFormat,
): Result<DocumentEntry[], FieldError> {
  const values = format === "json" ? parseJson(text) : parseYaml(text);
  if (!values.ok) return values;
  const entries: DocumentEntry[] = [];
  const many = values.value.length > 1;
  values.value.forEach((value, docIndex) => {
    const docPath = many ? `document ${docIndex + 1} ` : "";
    if (Array.isArray(value)) {
      value.forEach((item, i) => entries.push({ value: item, path: `${docPath}[${i}]`.trim() }));
    } else if (value !== null && value !== undefined) {
      entries.push({ value, path: docPath.trim() });
    }
  });
  if (entries.length === 0) {
    return fail({ path: "", expected: "at least one record", found: "an empty file" });
  }
  return ok(entries);
}

/** A record is a few levels deep; nesting far beyond that is a file built to exhaust the reader. */
export const DEEPEST_NESTING = 32;

/** Aliases a record could sensibly repeat; past this, YAML's aliases are being used as a bomb. */
export const MOST_ALIASES = 50;

function parseJson(text: string): Result<unknown[], FieldError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ path: "", expected: "valid JSON", found: excerpt((error as Error).message) });
  }
  return shallow([value]);
}

function parseYaml(text: string): Result<unknown[], FieldError> {
  const documents = parseAllDocuments(text, { prettyErrors: true });
  const list = Array.isArray(documents) ? documents : [documents];
  const errors: FieldError[] = list.flatMap((doc) =>
    doc.errors.map((error) => {
      const position = error.linePos?.[0];
      return {
        path: position ? `line ${position.line}, column ${position.col}` : "",
        expected: "valid YAML",
        found: excerpt(firstLine(error.message)),
      };
    }),
  );
  if (errors.length > 0) return fail(...errors);
  try {
    return shallow(list.map((doc) => doc.toJS({ maxAliasCount: MOST_ALIASES })));
  } catch (error) {
    // The yaml package refuses an alias bomb by throwing, before the values grow.
    if (error instanceof ReferenceError || error instanceof RangeError) {
      return fail({
        path: "",
        expected: "a record without mass-repeated aliases (&name / *name)",
        found: "aliases that would expand beyond any record's size",
      });
    }
    throw error;
  }
}

function shallow(values: unknown[]): Result<unknown[], FieldError> {
  if (depthOver(values, DEEPEST_NESTING + 1)) {
    return fail({
      path: "",
      expected: `records nested at most ${DEEPEST_NESTING} levels deep`,
      found: "deeper nesting",
    });
  }
  return ok(values);
}

/** Whether `value` nests deeper than `limit`, found without recursion so depth cannot overflow the stack. */
function depthOver(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (typeof next !== "object" || next === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}
