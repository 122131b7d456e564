import { DateTime } from "luxon";

/**
 * When the interview was, said from the moment the note is written, in the interview's zone:
 * "this morning", "this afternoon" or "this evening" the same day, "yesterday" the next, the
 * weekday ("on Tuesday") within the week, and null later, before the interview, or without a
 * moment of writing (a note that might be sent another day never says "today").
 */
export function relativeDay(start: string, writtenAt: string | null | undefined, zone: string) {
  if (!writtenAt) return null;
  const at = DateTime.fromISO(start, { zone });
  const written = DateTime.fromISO(writtenAt, { zone });
  if (!at.isValid || !written.isValid || written < at) return null;
  const days = written.startOf("day").diff(at.startOf("day"), "days").days;
  if (days === 0) {
    if (at.hour < 12) return "this morning";
    return at.hour < 17 ? "this afternoon" : "this evening";
  }
  if (days === 1) return "yesterday";
  if (days < 7) return `on ${at.setLocale("en").toFormat("cccc")}`;
  return null;
}

/**
 * When the interview was, for a note read days after it is written (a card in the post): the
 * weekday within the week, never "this morning" or "yesterday", which are wrong by then.
 */
export function dayOfTheWeek(start: string, writtenAt: string | null | undefined, zone: string) {
  const near = relativeDay(start, writtenAt, zone);
  if (near === null) return null;
  return `on ${DateTime.fromISO(start, { zone }).setLocale("en").toFormat("cccc")}`;
}
