import ical, { ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import type { DateTime } from "luxon";
import type { AgendaItem } from "../core/plan/agenda.js";
import { titleOf } from "../core/plan/title.js";

/** How long each reminder sits in the calendar: long enough to see, short enough not to block a day. */
const EVENT_MINUTES = 30;
const UID_DOMAIN = "afterword.local";
/** SEQUENCE counts minutes from here, so every export outranks the one before it. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

export interface ReminderOptions {
  now: DateTime;
  /** The candidate's zone, named in the calendar for programs that show one. */
  timeZone: string;
  /** Turns an item into the command that drafts it, shown in the event's notes. */
  draftCommand: (item: AgendaItem) => string;
}

/** The UID of an item's reminder: the item's id is stable, so a re-export updates the event. */
export function reminderUid(item: Pick<AgendaItem, "id">): string {
  return `${item.id}@${UID_DOMAIN}`;
}

/** True for the UID of a reminder Afterword wrote, so importing it back never makes an interview. */
export function isReminderUid(uid: string): boolean {
  return uid.endsWith(`@${UID_DOMAIN}`);
}

/**
 * An iCalendar file with one event per item at its suggested moment, each with a display alarm
 * when it starts. Instants are written in UTC, which every calendar program reads the same way.
 */
export function remindersCalendar(items: readonly AgendaItem[], options: ReminderOptions): string {
  const stamp = options.now.toJSDate();
  const sequence = Math.max(0, Math.floor((options.now.toMillis() - SEQUENCE_EPOCH_MS) / 60_000));
  const calendar = ical({
    name: "Afterword reminders",
    prodId: { company: "Afterword", product: "reminders", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    timezone: null,
  });
  calendar.x([{ key: "X-WR-TIMEZONE", value: options.timeZone }]);
  for (const item of items) {
    const start = instant(item.dueAt);
    const title = `${titleOf(item)} (${item.company})`;
    const event = calendar.createEvent({
      id: reminderUid(item),
      sequence,
      stamp,
      start,
      end: new Date(start.getTime() + EVENT_MINUTES * 60_000),
      summary: title,
      description: [
        item.reason,
        item.deadline ? `Deadline: ${item.deadline}` : null,
        `Draft it: ${options.draftCommand(item)}`,
      ]
        .filter((line): line is string => line !== null)
        .join("\n"),
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: 0, description: title });
  }
  return calendar.toString();
}

function instant(iso: string): Date {
  return new Date(Date.parse(iso));
}
