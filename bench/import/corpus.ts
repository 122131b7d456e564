import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import MailComposer from "nodemailer/lib/mail-composer/index.js";

/** One generated invite: the file to import, and the calendar text ical.js is timed on. */
export interface CorpusFile {
  path: string;
  kind: "ics" | "eml";
  calendar: string;
}

const FIXTURES = join(import.meta.dirname, "..", "..", "test", "fixtures", "calendar");
const COMPANIES = ["Acme Robotics", "Northwind", "Globex", "Initech", "Umbrella Labs", "Hooli"];
const POSITIONS = ["Backend Engineer", "Data Analyst", "Product Designer", "SRE", "QA Lead"];

interface Shape {
  name: string;
  calendar: string;
  kind: "ics" | "eml";
}

/** The calendars of the real-world fixtures: each .ics file, and each e-mail's first calendar part. */
async function shapes(): Promise<Shape[]> {
  const found: Shape[] = [];
  for (const file of readdirSync(join(FIXTURES, "ics")).sort()) {
    found.push({
      name: file,
      kind: "ics",
      calendar: readFileSync(join(FIXTURES, "ics", file), "latin1"),
    });
  }
  for (const file of readdirSync(join(FIXTURES, "eml")).sort()) {
    const mail = await simpleParser(readFileSync(join(FIXTURES, "eml", file)));
    const part = mail.attachments.find((a) => /calendar|ics/.test(a.contentType));
    if (part) found.push({ name: file, kind: "eml", calendar: part.content.toString("latin1") });
  }
  return found;
}

/**
 * Writes `count` invites into `folder`, cycling through the fixtures' shapes. Each copy gets its
 * own UID and summary (so each is a new interview) and keeps the shape's bytes otherwise: its
 * folding, line endings, zones and faults. E-mail shapes are sent as new e-mails, base64 and
 * quoted-printable in turn.
 */
export async function writeCorpus(folder: string, count: number): Promise<CorpusFile[]> {
  const all = await shapes();
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const shape = all[i % all.length]!;
    const summary = `${POSITIONS[i % POSITIONS.length]} interview at ${COMPANIES[i % COMPANIES.length]} ${i} - `;
    const calendar = shape.calendar
      .replace(/^UID:/gm, `UID:bench-${i}-`)
      .replace(/^SUMMARY(;[^:\r\n]*)?:/gm, (head) => `${head}${summary}`);
    const bytes = Buffer.from(calendar, "latin1");
    const path = join(
      folder,
      `${String(i).padStart(4, "0")}-${shape.name.replace(/\.\w+$/, "")}.${shape.kind}`,
    );
    if (shape.kind === "ics") writeFileSync(path, bytes);
    else writeFileSync(path, await inMail(bytes, i % 2 === 0 ? "base64" : "quoted-printable"));
    files.push({ path, kind: shape.kind, calendar: bytes.toString("utf8") });
  }
  return files;
}

function inMail(calendar: Buffer, encoding: "base64" | "quoted-printable"): Promise<Buffer> {
  return new MailComposer({
    from: "Dana Whitfield <dana@acme-robotics.com>",
    to: "jordan@example.com",
    subject: "Invitation",
    text: "You have been invited.",
    alternatives: [
      {
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        content: calendar,
        contentTransferEncoding: encoding,
      },
    ],
  })
    .compile()
    .build();
}
