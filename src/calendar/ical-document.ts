import ICAL from "ical.js";
import { contentLines } from "./content-lines.js";
import { repairLines } from "./line-repair.js";

/** A calendar file read into ical.js components, with what had to be mended to read it. */
export interface CalendarDocument {
  calendars: ICAL.Component[];
  notes: string[];
  /** Property names dropped because even a mended line could not be read, e.g. "DTSTART". */
  unreadable: Set<string>;
}

export type DocumentResult = { ok: true; value: CalendarDocument } | { ok: false; reason: string };

/**
 * Reads calendar bytes: decoding and repair first (see content-lines and line-repair), then
 * ical.js. When ical.js still refuses, each line is tried alone and the ones it cannot read are
 * dropped, so one bad property costs that property, not the file.
 */
export function readCalendarDocument(
  bytes: Uint8Array,
  charset: string | null = null,
): DocumentResult {
  const decoded = contentLines(bytes, charset);
  const repaired = repairLines(decoded.lines);
  if (repaired.events === 0) {
    const calendar = decoded.lines.some((line) => /^BEGIN:VCALENDAR/i.test(line.trim()));
    return {
      ok: false,
      reason: calendar
        ? "it holds no calendar event (no BEGIN:VEVENT)"
        : `it is not a calendar file${kindOf(bytes)}: export the invite as .ics, or import the invitation e-mail`,
    };
  }
  const notes = [...repaired.notes];
  if (decoded.invalidBytes) notes.push("some text was not valid UTF-8 and was replaced by �");
  const unreadable = new Set<string>();
  let jcal: unknown;
  try {
    jcal = ICAL.parse(repaired.text);
  } catch {
    const kept = repaired.text
      .split("\r\n")
      .filter((line) => line === "" || /^(BEGIN|END):/.test(line) || readable(line, unreadable));
    for (const name of unreadable) notes.push(`${name} could not be read and was ignored`);
    try {
      jcal = ICAL.parse(kept.join("\r\n"));
    } catch (error) {
      return { ok: false, reason: `it is not a calendar ical.js can read (${message(error)})` };
    }
  }
  const roots = (isJcalList(jcal) ? jcal : [jcal]) as unknown[];
  const calendars = roots.map((root) => new ICAL.Component(root as unknown[]));
  return { ok: true, value: { calendars, notes, unreadable } };
}

function readable(line: string, unreadable: Set<string>): boolean {
  try {
    ICAL.parse.property(line);
    return true;
  } catch {
    unreadable.add(/^[A-Za-z0-9-]+/.exec(line)?.[0]?.toUpperCase() ?? "a line");
    return false;
  }
}

/** ical.js returns one component, or a list of them when the file holds several VCALENDARs. */
function isJcalList(value: unknown): boolean {
  return Array.isArray(value) && Array.isArray(value[0]);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a file that is not a calendar looks like it is, from its first bytes: " (it is a PDF)". */
function kindOf(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  if (head.startsWith("%PDF")) return " (it is a PDF)";
  if (head.startsWith("PK")) return " (it is a zip archive or an Office document)";
  if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF")) return " (it is an image)";
  return "";
}
