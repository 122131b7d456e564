import { formatFieldError, type FieldError } from "../../core/record/field-error.js";
import { hintFor } from "../hints.js";

/** One line per problem, each naming the file: "interview.yaml: interviewers[0].name: expected …". */
export function fieldErrorLines(file: string, errors: FieldError[]): string[] {
  return errors.map((error) => `${file}: ${withHint(error)}`);
}

export function fieldErrorJson(errors: FieldError[]) {
  return errors.map((error) => ({ ...error, message: withHint(error) }));
}

/** The error's words, then the CLI's hint for its code, when it has one. */
function withHint(error: FieldError): string {
  const words = formatFieldError(error);
  const hint = error.code ? hintFor({ code: error.code, message: words }) : null;
  return hint ? `${words}. ${hint}` : words;
}
