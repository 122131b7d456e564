import type { DateTime } from "luxon";
import type { WorkingHours } from "../record/profile.js";

const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * The hours a candidate can reasonably act on a reminder, every day, in their own zone: used when
 * no working hours of the recipient fall inside a message's window.
 */
export const WAKING_HOURS: WorkingHours = {
  days: [...WEEKDAY_NAMES],
  start: "08:00",
  end: "21:00",
};

/** Working days are looked for this far ahead at most; every real window is far shorter. */
const SEARCH_DAYS = 15;

export function isWorkingDay(at: DateTime, hours: WorkingHours): boolean {
  return hours.days.includes(WEEKDAY_NAMES[at.weekday - 1]!);
}

/** The instant a clock time ("08:00") falls at on the calendar day of `day`, in `day`'s zone. */
export function atClock(day: DateTime, clock: string): DateTime {
  const [hour, minute] = clock.split(":").map(Number);
  return day.set({ hour: hour!, minute: minute!, second: 0, millisecond: 0 });
}

/** True when `at` falls inside the working hours (start included, end excluded) in `zone`. */
export function isWithinHours(at: DateTime, hours: WorkingHours, zone: string): boolean {
  const local = at.setZone(zone);
  if (!isWorkingDay(local, hours)) return false;
  return local >= atClock(local, hours.start) && local < atClock(local, hours.end);
}

/**
 * The first instant at or after `from` and strictly before `until` that falls inside the working
 * hours in `zone`, or null when the window holds none.
 */
export function firstMomentWithin(
  from: DateTime,
  until: DateTime,
  hours: WorkingHours,
  zone: string,
): DateTime | null {
  const start = from.setZone(zone);
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const day = start.startOf("day").plus({ days: offset });
    if (day >= until) return null;
    if (!isWorkingDay(day, hours)) continue;
    const opens = atClock(day, hours.start);
    const closes = atClock(day, hours.end);
    const candidate = opens > start ? opens : start;
    if (candidate < closes && candidate < until) return candidate;
  }
  return null;
}

/** 09:00 (or `clock`) on the `count`-th working day after the calendar date `date`, in `zone`. */
export function workingDaysAfter(
  date: DateTime,
  count: number,
  hours: WorkingHours,
  clock: string,
): DateTime {
  let day = date.startOf("day");
  let counted = 0;
  while (counted < count) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, hours)) counted++;
  }
  return atClock(day, clock);
}
