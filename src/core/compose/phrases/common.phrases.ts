/**
 * Phrasings shared by several kinds of message. Placeholders: {name} the reader's greeting
 * name, {candidate} the candidate's full name, {first} the candidate's given name.
 */
export const GREETINGS = {
  email: ["Dear {name},", "Hello {name},", "Hi {name},"],
  card: ["Dear {name},"],
  linkedin: ["Hi {name},", "Hello {name},"],
} as const;

export const SIGN_OFFS = {
  email: ["Best regards,", "Kind regards,", "Warm regards,", "All the best,", "With best wishes,"],
  card: ["With warm thanks,", "With gratitude,", "Warmly,", "With best wishes,", "All the best,"],
  linkedin: ["Best, {first}", "Kind regards, {first}", "All the best, {first}", "Thanks, {first}"],
} as const;
