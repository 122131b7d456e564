import type { FieldError } from "../../core/record/field-error.js";

/** What importing one file did. A file with errors wrote nothing. */
export interface FileImport {
  file: string;
  created: number[];
  updated: number[];
  cancelled: number[];
  /** `code` is set when the user can put it right elsewhere: `no-profile`, set the profile's zone. */
  skipped: { uid: string | null; reason: string; code?: "no-profile" }[];
  /** Interviews created or updated that still lack their company, position or interviewers. */
  needsDetails: number[];
  warnings: string[];
  errors: FieldError[];
}

export function emptyImport(file: string): FileImport {
  return {
    file,
    created: [],
    updated: [],
    cancelled: [],
    skipped: [],
    needsDetails: [],
    warnings: [],
    errors: [],
  };
}

export function refusedImport(file: string, errors: FieldError[]): FileImport {
  return { ...emptyImport(file), errors };
}
