import { parseAllDocuments } from "yaml";
import { fail, ok, type Result } from "../result.js";
import type { FieldError } from "./field-error.js";

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

function parseJson(text: string): Result<unknown[], FieldError> {
  try {
    return ok([JSON.parse(text)]);
  } catch (error) {
    return fail({ path: "", expected: "valid JSON", found: (error as Error).message });
  }
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
        found: firstLine(error.message),
      };
    }),
  );
  if (errors.length > 0) return fail(...errors);
  return ok(list.map((doc) => doc.toJS()));
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}
