/**
 * One logical content line, `NAME;PARAM=VALUE;…:VALUE`, read the tolerant way and written back
 * in the strict form when something had to be mended.
 */
export interface ContentLine {
  name: string;
  params: { name: string; values: string[] }[];
  value: string;
}

export interface ReadLine {
  line: ContentLine;
  /** True when something had to be mended, so the line must be written back. */
  changed: boolean;
  /** Mends worth telling the candidate about (ones that could change what the line means). */
  notes: string[];
}

const NAME = /^[A-Za-z0-9-]+/;

/** Reads a content line, mending empty parameters, a value swallowed by a quote, and unescaped `;` in parameters. */
export function readContentLine(text: string): ReadLine | null {
  const name = NAME.exec(text)?.[0];
  if (!name) return null;
  const notes: string[] = [];
  let changed = false;
  const params: ContentLine["params"] = [];
  let i = name.length;
  while (text[i] === ";") {
    i++;
    const nameEnd = scanUntil(text, i, "=;:");
    const rawName = text.slice(i, nameEnd);
    const paramName = rawName.trim();
    i = nameEnd;
    if (text[i] !== "=") {
      const last = params[params.length - 1];
      changed = true;
      if (paramName !== "" && last) {
        // `X-TITLE=Street 1\; City`: the `;` belonged to the previous parameter's value.
        const lastValue = last.values.length - 1;
        last.values[lastValue] = `${last.values[lastValue] ?? ""};${rawName}`;
      }
      continue;
    }
    i++;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close === -1) {
          values.push(text.slice(i + 1));
          i = text.length;
          changed = true;
          break;
        }
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        const end = scanUntil(text, i, ",;:");
        values.push(text.slice(i, end));
        i = end;
      }
      if (text[i] !== ",") break;
      i++;
    }
    params.push({ name: paramName, values });
  }
  if (text[i] === ":") {
    return { line: { name, params, value: text.slice(i + 1) }, changed, notes };
  }
  return swallowedValue(name, params, notes);
}

/** `DTSTART;TZID="Zone:20200609T090000"`: the closing quote came after the value. */
function swallowedValue(
  name: string,
  params: ContentLine["params"],
  notes: string[],
): ReadLine | null {
  const last = params[params.length - 1];
  const quoted = last?.values[last.values.length - 1];
  const colon = quoted?.indexOf(":") ?? -1;
  if (!last || quoted === undefined || colon === -1) return null;
  const value = quoted.slice(colon + 1);
  last.values[last.values.length - 1] = quoted.slice(0, colon);
  notes.push(`the value of ${name} (${value}) was written inside its ${last.name} quotes`);
  return { line: { name, params, value }, changed: true, notes };
}

function scanUntil(text: string, from: number, stops: string): number {
  let i = from;
  while (i < text.length && !stops.includes(text[i]!)) i++;
  return i;
}

/** Writes the line back, quoting any parameter value that needs it. */
export function writeContentLine(line: ContentLine): string {
  const params = line.params
    .map((param) => `;${param.name}=${param.values.map(quoteIfNeeded).join(",")}`)
    .join("");
  return `${line.name}${params}:${line.value}`;
}

function quoteIfNeeded(value: string): string {
  const clean = value.replaceAll('"', "'");
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}
