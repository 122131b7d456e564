import type { DateTime } from "luxon";

/**
 * How reasons speak of moments: in the candidate's zone, with the recipient's own clock added when
 * the two differ. English on purpose, whatever the machine's locale, so a plan reads the same
 * everywhere.
 */
export class WhenText {
  constructor(
    private readonly candidateZone: string,
    private readonly recipientZone: string,
    private readonly now: DateTime,
  ) {}

  /** "Sat 21 Nov 15:30 CST" (with the year when it is not the current one). */
  at(instant: DateTime): string {
    const local = this.local(instant);
    return `${this.dayOf(local)} ${local.toFormat("HH:mm")} ${abbreviation(local)}`;
  }

  /** Like `at`, followed by the recipient's clock when they live elsewhere: "… (08:00 Tue in Tokyo)". */
  atWithTheirs(instant: DateTime): string {
    const theirs = instant.setZone(this.recipientZone).setLocale("en-US");
    const mine = this.local(instant);
    if (theirs.offset === mine.offset) return this.at(instant);
    const clock = theirs.hasSame(mine, "day")
      ? theirs.toFormat("HH:mm")
      : theirs.toFormat("HH:mm ccc");
    return `${this.at(instant)} (${clock} in ${placeName(this.recipientZone)})`;
  }

  /** "Sat 21 Nov". */
  day(instant: DateTime): string {
    return this.dayOf(this.local(instant));
  }

  private local(instant: DateTime): DateTime {
    return instant.setZone(this.candidateZone).setLocale("en-US");
  }

  private dayOf(local: DateTime): string {
    const year = local.year === this.now.setZone(this.candidateZone).year ? "" : ` ${local.year}`;
    return `${local.toFormat("ccc d LLL")}${year}`;
  }
}

/** Zone abbreviations ("CST", "GMT+9") by zone and offset: asking Intl for one is slow. */
const ABBREVIATIONS = new Map<string, string>();

function abbreviation(local: DateTime): string {
  const key = `${local.zoneName}|${local.offset}`;
  let name = ABBREVIATIONS.get(key);
  if (name === undefined) {
    name = local.toFormat("ZZZZ");
    ABBREVIATIONS.set(key, name);
  }
  return name;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function placeName(zone: string): string {
  return (zone.split("/").pop() ?? zone).replaceAll("_", " ");
}
