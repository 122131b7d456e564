import { rename, rm, writeFile } from "node:fs/promises";
import { remindersCalendar, reminderUid } from "../../calendar/reminder-calendar.js";
import type { AgendaItem } from "../../core/plan/agenda.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { AppContext } from "../context.js";
import { loadAgenda } from "./plan.js";

export interface Reminders {
  /** The iCalendar text. */
  text: string;
  /** The agenda items it holds, one event each, with the event's UID. */
  items: (AgendaItem & { uid: string })[];
}

export interface ReminderExport {
  file: string;
  events: number;
  uids: string[];
}

/**
 * The agenda as calendar reminders: every message to act on (due, late, or upcoming within
 * `days`); missed ones are left out, since no reminder can help them any more.
 */
export async function buildReminders(
  ctx: AppContext,
  days: number,
  draftCommand: (item: AgendaItem) => string,
): Promise<Reminders> {
  const agenda = await loadAgenda(ctx, days);
  const items = agenda.items
    .filter((item) => item.state !== "missed")
    .map((item) => ({ ...item, uid: reminderUid(item) }));
  const text = remindersCalendar(items, { now: ctx.now, timeZone: agenda.timeZone, draftCommand });
  return { text, items };
}

/** Writes the reminders to `file` whole or not at all (a temporary file, then a rename). */
export async function exportReminders(
  ctx: AppContext,
  file: string,
  days: number,
  draftCommand: (item: AgendaItem) => string,
): Promise<Result<ReminderExport, string>> {
  const reminders = await buildReminders(ctx, days, draftCommand);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, reminders.text, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    return fail(`Could not write ${file}: ${whyNotWritten(error)}.`);
  }
  return ok({
    file,
    events: reminders.items.length,
    uids: reminders.items.map((item) => item.uid),
  });
}

function whyNotWritten(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "its folder does not exist";
    case "EACCES":
    case "EPERM":
      return "you may not write there";
    case "EISDIR":
      return "it is a folder";
    default:
      return (error as Error).message;
  }
}
