import { DateTime } from "luxon";
import { z } from "zod";
import { CHANNELS, MESSAGE_KINDS, OUTCOMES } from "../message.js";
import type { HistoryEvent } from "./history.js";

const OFFSET_SUFFIX = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** True for an ISO 8601 date and time that names its offset, such as 2026-11-20T16:00Z. */
export function isInstant(text: string): boolean {
  return (
    text.includes("T") &&
    OFFSET_SUFFIX.test(text) &&
    DateTime.fromISO(text, { setZone: true }).isValid
  );
}

const instant = z
  .string({ error: "an instant such as 2026-11-20T16:00Z" })
  .refine(isInstant, { error: "an instant with its offset, such as 2026-11-20T16:00Z" });

const name = z.string({ error: "text" }).trim().min(1, { error: "a name" });

/** A history event as stored and as other parts of Afterword hand it over. */
export const historyEventSchema: z.ZodType<HistoryEvent> = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("sent"),
    kind: z.enum(MESSAGE_KINDS),
    channel: z.enum(CHANNELS),
    to: name,
    at: instant,
  }),
  z.strictObject({
    type: z.literal("reply"),
    from: name.nullable(),
    at: instant,
  }),
  z.strictObject({
    type: z.literal("outcome"),
    outcome: z.enum(OUTCOMES),
    at: instant,
    from: name.nullish(),
  }),
  z.strictObject({
    type: z.literal("snooze"),
    itemId: name,
    until: instant,
    at: instant,
  }),
]);
