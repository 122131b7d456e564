import { z } from "zod";
import { ENGLISH_VARIETIES } from "../english-variety.js";
import { email, list, optionalText, text, webAddress, zoneName } from "./fields.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

const clockTime = text.refine((value) => CLOCK.test(value), { error: "a time such as 08:00" });

/** The recipient's working hours, used to pick when a note should arrive. */
export const workingHoursSchema = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS)).min(1, { error: "at least one day" }),
    start: clockTime,
    end: clockTime,
  })
  .refine((hours) => hours.start < hours.end, {
    error: "a start earlier than the end",
    path: ["end"],
  });

export type WorkingHours = z.output<typeof workingHoursSchema>;

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  days: ["mon", "tue", "wed", "thu", "fri"],
  start: "08:00",
  end: "18:00",
};

/** How every message sounds: greeting, close and wording follow it. */
export const TONES = ["formal", "warm", "plain"] as const;
export type Tone = (typeof TONES)[number];

/**
 * When a handwritten thank-you card is offered: `auto` after an onsite interview and to a person
 * without an e-mail address, `always` to everyone, `never` to nobody.
 */
export const CARD_SETTINGS = ["auto", "always", "never"] as const;
export type CardSetting = (typeof CARD_SETTINGS)[number];

/** The candidate's LinkedIn account: it sets how long a connection note may be. */
export const LINKEDIN_ACCOUNTS = ["free", "premium"] as const;
export type LinkedInAccount = (typeof LINKEDIN_ACCOUNTS)[number];

export const profileSchema = z.strictObject({
  name: text,
  email,
  phone: z
    .union([text, z.number().transform(String)], { error: "text" })
    .nullish()
    .transform((value) => value ?? null),
  linkedin: webAddress.nullish().transform((value) => value ?? null),
  timeZone: zoneName,
  signature: optionalText,
  /** Other addresses of the candidate's, so an invite never lists them as an interviewer. */
  aliases: list(email),
  workingHours: workingHoursSchema.nullish().transform((value) => value ?? DEFAULT_WORKING_HOURS),
  tone: z
    .enum(TONES)
    .nullish()
    .transform((value) => value ?? "warm"),
  /** The English the candidate writes; when absent, guessed from the time zone. */
  english: z.enum(ENGLISH_VARIETIES).nullish(),
  cards: z
    .enum(CARD_SETTINGS)
    .nullish()
    .transform((value) => value ?? "auto"),
  linkedinAccount: z
    .enum(LINKEDIN_ACCOUNTS)
    .nullish()
    .transform((value) => value ?? "free"),
});

export type Profile = z.output<typeof profileSchema>;

/**
 * The signature a message ends with: the profile's own, or the name and phone. The reader has
 * the address the message came from, and a short block reads as a person's, not a letterhead's.
 */
export function signatureOf(profile: Profile): string {
  if (profile.signature) return profile.signature.trimEnd();
  return [profile.name, profile.phone].filter((line): line is string => Boolean(line)).join("\n");
}

/** Every field name a profile may use: what a misspelt field is compared with. */
export const PROFILE_FIELD_NAMES: readonly string[] = [
  ...Object.keys(profileSchema.shape),
  "days",
  "start",
  "end",
];
