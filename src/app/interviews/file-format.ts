/** What a file to import holds, told by its extension or, for standard input, by its content. */
export type FileFormat = "yaml" | "json" | "ics" | "eml";

const EXTENSIONS: Record<string, FileFormat> = {
  ".yaml": "yaml",
  ".yml": "yaml",
  ".json": "json",
  ".ics": "ics",
  ".ical": "ics",
  ".icalendar": "ics",
  ".ifb": "ics",
  ".vcs": "ics",
  ".eml": "eml",
};

export function formatOfExtension(extension: string): FileFormat | null {
  return EXTENSIONS[extension.toLowerCase()] ?? null;
}

/** Header fields every e-mail has some of, and no interview record uses. */
const MAIL_HEADERS =
  /^(from|to|cc|subject|date|mime-version|content-type|content-transfer-encoding|received|return-path|message-id|delivered-to|reply-to|sender|dkim-signature|x-[a-z0-9-]+):/i;

/** Reads the start of the content: a calendar, an e-mail (two or more mail headers), JSON, else YAML. */
export function detectFormat(bytes: Uint8Array): FileFormat {
  const head = new TextDecoder().decode(bytes.subarray(0, 16_384)).replace(/^\uFEFF/, "");
  const start = head.trimStart();
  if (/^BEGIN:(VCALENDAR|VEVENT)/i.test(start)) return "ics";
  const headerBlock = head.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const headers = new Set(
    headerBlock
      .split(/\r?\n/)
      .map((line) => MAIL_HEADERS.exec(line)?.[1]?.toLowerCase())
      .filter((name): name is string => name !== undefined),
  );
  if (headers.size >= 2) return "eml";
  if (/^[[{]/.test(start)) return "json";
  return "yaml";
}
