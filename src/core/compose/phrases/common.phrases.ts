/**
 * Phrasings shared by several kinds of message. Placeholders: {name} the reader's greeting
 * name, {candidate} the candidate's full name, {first} the candidate's given name.
 *
 * A greeting follows the register: a name written with a title ("Dr. Okafor") is always greeted
 * "Dear", since "Hi" or "Hello" with a title reads as a slip; otherwise the profile's tone picks.
 */
export const GREETINGS = {
  titled: ["Dear {name},"],
  formal: ["Dear {name},"],
  warm: ["Dear {name},", "Hi {name},"],
  plain: ["Hi {name},", "Hello {name},"],
  card: ["Dear {name},"],
  /** For a reader known only by an address. */
  unnamed: ["Hello,"],
} as const;

export const SIGN_OFFS = {
  email: {
    formal: ["Kind regards,", "Yours sincerely,", "With best regards,", "Best regards,"],
    warm: ["Best wishes,", "Warm regards,", "All the best,", "With thanks,", "Kind regards,"],
    plain: ["Best,", "Thanks,", "Regards,", "All the best,"],
  },
  card: {
    formal: ["With many thanks,", "With kind regards,", "With gratitude,"],
    warm: ["With many thanks,", "Warmly,", "With best wishes,", "All the best,"],
    plain: ["Thanks again,", "All the best,", "Best wishes,"],
  },
  linkedin: {
    formal: ["Kind regards, {first}", "Best regards, {first}"],
    warm: ["Warm regards, {first}", "All the best, {first}", "Kind regards, {first}"],
    plain: ["Best, {first}", "Thanks, {first}", "All the best, {first}"],
  },
} as const;
