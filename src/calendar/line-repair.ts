import { readContentLine, writeContentLine } from "./content-line.js";
import { isTextProperty, KNOWN_PROPERTIES } from "./property-names.js";

/**
 * Mends the structure of a calendar's logical lines so a strict parser can read it: text that
 * was broken over raw lines, blank lines, stray text, missing END lines, events without a
 * VCALENDAR around them, and the few malformed property lines calendar programs are known to
 * write. What was mended is reported, in words, as notes.
 */
export interface RepairedCalendar {
  /** iCalendar text with CRLF line endings, one or more VCALENDAR objects. */
  text: string;
  notes: string[];
  /** How many VEVENT components were found. */
  events: number;
}

/** Components that only ever sit directly inside a VCALENDAR. */
const TOP_LEVEL = new Set(["VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"]);
const STRUCTURE = /^(BEGIN|END)\s*:\s*([A-Za-z0-9-]+)\s*$/i;

export function repairLines(lines: string[]): RepairedCalendar {
  const strictCase = lines.some((line) => /^BEGIN:V(CALENDAR|EVENT)\s*$/.test(line));
  const out: string[] = [];
  const notes = new Set<string>();
  const stack: string[] = [];
  let pendingBlanks = 0;
  let lastProperty: string | null = null;
  let events = 0;
  let wrapped = false;

  const open = (name: string) => {
    out.push(`BEGIN:${name}`);
    stack.push(name);
    lastProperty = null;
  };
  const close = () => {
    const name = stack.pop();
    if (name) out.push(`END:${name}`);
    lastProperty = null;
  };

  for (const raw of lines) {
    const line = raw.replace(/\s+$/, "");
    if (line === "") {
      pendingBlanks++;
      continue;
    }
    const structure = STRUCTURE.exec(line);
    if (structure) {
      const [, keyword, rawName] = structure;
      const name = rawName!.toUpperCase();
      pendingBlanks = 0;
      if (keyword!.toUpperCase() === "BEGIN") {
        if (name === "VCALENDAR") {
          wrapped = false;
          while (stack.length > 0) close();
        } else if (TOP_LEVEL.has(name)) {
          if (stack.length === 0) {
            wrapped = true;
            open("VCALENDAR");
          }
          while (stack.length > 1) close();
        } else if (stack.length === 0) {
          continue;
        }
        if (name === "VEVENT") events++;
        open(name);
      } else if (stack.includes(name)) {
        while (stack[stack.length - 1] !== name) close();
        close();
      }
      continue;
    }
    if (stack.length === 0) continue;

    const name = propertyName(line, strictCase, lastProperty);
    if (name === null) {
      if (lastProperty !== null && isTextProperty(lastProperty)) {
        // Text broken over raw lines: its line breaks were meant as line breaks.
        out[out.length - 1] += "\\n".repeat(pendingBlanks + 1) + line;
        notes.add(`${lastProperty} went on over lines that were not folded; they were read as one`);
      } else {
        notes.add(`a line that is not a calendar property was ignored: "${shorten(line)}"`);
      }
      pendingBlanks = 0;
      continue;
    }
    pendingBlanks = 0;
    const mended = mendProperty(name, line, notes);
    if (mended === null) continue;
    out.push(mended);
    lastProperty = name;
  }
  if (stack.length > (wrapped ? 1 : 0)) {
    notes.add(
      "the file ends before its calendar does (END lines are missing), so it may have been cut short",
    );
  }
  while (stack.length > 0) close();
  return { text: out.join("\r\n") + "\r\n", notes: [...notes], events };
}

/**
 * The property a line starts, or null when it is text that belongs to the line before. Any
 * upper-case name counts in a file written in upper case; after a text property only a known
 * or X- name does, so "Passcode: 123" inside a broken description stays text.
 */
function propertyName(line: string, strictCase: boolean, lastProperty: string | null) {
  const match = (strictCase ? /^([A-Z][A-Z0-9-]*)[;:]/ : /^([A-Za-z][A-Za-z0-9-]*)[;:]/).exec(line);
  if (!match) return null;
  const name = match[1]!.toUpperCase();
  if (KNOWN_PROPERTIES.has(name) || name.startsWith("X-")) return name;
  if (lastProperty !== null && isTextProperty(lastProperty)) return null;
  return name;
}

function mendProperty(name: string, line: string, notes: Set<string>): string | null {
  const read = readContentLine(line);
  if (read === null) {
    notes.add(`${name} had no value and was ignored`);
    return null;
  }
  let { line: content } = read;
  for (const note of read.notes) notes.add(note);
  if ((name === "RRULE" || name === "EXRULE") && /\s/.test(content.value)) {
    // `BYDAY=MO, TU, WE`: spaces inside a rule make strict parsers refuse the whole file.
    content = { ...content, value: content.value.replace(/\s+/g, "") };
  } else if (!read.changed) {
    return line;
  }
  return writeContentLine({ ...content, name: content.name.toUpperCase() });
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
