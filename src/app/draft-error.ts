/** Why a draft could not be made, edited or exported, in words that say what to do. */
export interface DraftError {
  code:
    | "no-such-interview"
    | "interview-cancelled"
    | "no-profile"
    | "no-such-draft"
    | "unknown-recipient"
    | "ambiguous-recipient"
    | "no-email-address"
    | "reason-needed"
    | "nothing-to-add"
    | "empty-draft"
    | "not-an-email"
    | "cannot-write-file";
  message: string;
}
