import { DateTime } from "luxon";
import { z } from "zod";
import { resolveWallTime } from "../time/wall-time.js";
import { isPlaceZone, whatZoneNameIs, zoneMeantBy, zoneSuggestion } from "../time/zone.js";

/** Field shapes shared by the interview record and the profile. */
export const text = z.string({ error: "text" }).trim().min(1, { error: "non-empty text" });

export const optionalText = z
  .string({ error: "text" })
  .trim()
  .nullish()
  .transform((value) => (value ? value : null));

export const zoneName = text.refine(isPlaceZone, {
  error: (issue) => {
    const given = typeof issue.input === "string" ? issue.input.trim() : "";
    const meant = zoneMeantBy(given);
    if (meant) {
      return `an IANA time zone named for a place, such as ${meant} (${whatZoneNameIs(given)})`;
    }
    const suggested = zoneSuggestion(given);
    return suggested
      ? `an IANA time zone: for ${given}, write ${suggested}`
      : "an IANA time zone such as America/Chicago or Europe/London";
  },
});

/** Addresses as browsers accept them (the HTML5 rule), which allows every character RFC 5322 allows before the @. */
export const email = text.pipe(
  z.email({ pattern: z.regexes.html5Email, error: "an e-mail address such as dana@example.com" }),
);

/** "linkedin.com/in/dana" as typed or copied from a browser bar: the https:// is implied. */
function withScheme(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]|$)/i.test(trimmed) ? `https://${trimmed}` : value;
}

export const webAddress = z.preprocess(
  withScheme,
  text.refine(
    (value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: "a web address starting with https://" },
  ),
);

/**
 * "- CPD: 1 conference a yr funded" in a YAML list is read as a mapping of one field; it was
 * typed as text, a label and what follows it, and is taken back as that text.
 */
function typedWithColon(item: unknown): unknown {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
  const entries = Object.entries(item);
  if (entries.length !== 1) return item;
  const [[label, said]] = entries as [[string, unknown]];
  return ["string", "number", "boolean"].includes(typeof said) ? `${label}: ${String(said)}` : item;
}

/** A list of noun phrases; a single phrase is taken as a list of one. */
export const phrases = z
  .preprocess(
    (value) =>
      typeof value === "string"
        ? [value]
        : Array.isArray(value)
          ? value.map(typedWithColon)
          : value,
    z.array(text),
  )
  .nullish()
  .transform((value) => value ?? []);

export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);
}

/** A date or date-time written as text; YAML 1.1 timestamps arrive as Date and are turned back. */
export const timeText = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z
    .string({ error: "a date and time such as 2026-11-20T14:00" })
    .trim()
    .min(1, { error: "a date and time such as 2026-11-20T14:00" })
    // Read here, in any zone, so that a malformed time is reported with the record's other
    // mistakes; whether it exists in the record's own zone is known once the zone is.
    .refine((value) => resolveWallTime(value, "UTC").ok, {
      error: "a date and time such as 2026-11-20T14:00, or an instant such as 2026-11-20T20:00Z",
    }),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const calendarDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: "a date such as 2026-12-01" })
    .trim()
    .refine((value) => ISO_DATE.test(value) && isRealDate(value), {
      error: "a date such as 2026-12-01",
    }),
);

function isRealDate(value: string): boolean {
  return DateTime.fromISO(value, { zone: "UTC" }).isValid;
}
