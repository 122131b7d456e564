import type { UserError } from "../user-error.js";

/** Why a draft could not be made, edited or exported, in words that say what to do. */
export type DraftError = UserError<
  | "no-such-interview"
  | "interview-cancelled"
  | "missing-details"
  | "no-profile"
  | "no-such-draft"
  | "unknown-recipient"
  | "ambiguous-recipient"
  | "no-email-address"
  | "reason-needed"
  | "nothing-to-add"
  | "empty-draft"
  | "not-an-email"
  | "cannot-write-file"
>;
