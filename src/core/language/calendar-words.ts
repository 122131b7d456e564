/** Month and weekday names, for notes that type them short ("Jan", "tues", "fri"). */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "jan", "Sept", "december" → "January", "September", "December"; anything else as it was. */
export function monthName(word: string): string {
  return byFirstThree(MONTHS, word);
}

/** "tues", "fri", "monday" → "Tuesday", "Friday", "Monday"; anything else as it was. */
export function dayName(word: string): string {
  return byFirstThree(WEEKDAYS, word);
}

function byFirstThree(names: readonly string[], word: string): string {
  const key = word.toLowerCase().slice(0, 3);
  return names.find((name) => name.toLowerCase().startsWith(key)) ?? word;
}

/** "14" as "14th", "22" as "22nd". */
export function ordinal(day: string): string {
  const n = Number(day);
  const tail = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${tail}`;
}

/**
 * "early w/c 14th" as "early in the week of the 14th": the week that starts on that day, and
 * where in it, never the day itself. A day with its month ("3 November") is said as given.
 */
export function weekOf(part: string | undefined, day: string): string {
  const within = part ? `${WITHIN_WEEK[part.toLowerCase()] ?? part} ` : "";
  return /^\d+$/u.test(day)
    ? `${within}the week of the ${ordinal(day)}`
    : `${within}the week of ${day}`;
}

const WITHIN_WEEK: Record<string, string> = {
  early: "early in",
  mid: "in the middle of",
  late: "late in",
};
