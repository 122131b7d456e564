import { formatFieldError, type FieldError } from "../../core/record/field-error.js";
import { reasonWithHint } from "../hints.js";

/** One line per problem, each naming the file: "interview.yaml: interviewers[0].name: expected …". */
export function fieldErrorLines(file: string, errors: FieldError[]): string[] {
  return errors.map((error) => `${file}: ${reasonWithHint(formatFieldError(error), error.code)}`);
}

export function fieldErrorJson(errors: FieldError[]) {
  return errors.map((error) => ({
    ...error,
    message: reasonWithHint(formatFieldError(error), error.code),
  }));
}
