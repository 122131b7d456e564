import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalJson, terminalText } from "../../src/cli/terminal-text.js";
import { runCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

/** Every character a terminal acts on: C0 (tab and line feed aside), DEL, C1, bidirectional controls. */
const ACTIVE =
  // eslint-disable-next-line no-control-regex -- the property is about control characters
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** What a stranger's text may hold: escape sequences, C1 controls, bidi overrides, among letters. */
const ACTING = [
  "\u001b[2J",
  "\u001b]0;owned\u0007",
  "\u001b]8;;https://evil.example\u001b\\",
  "\u009b31m",
  "\r",
  "\u0008",
  "\u007f",
  "\u202e",
  "\u2066",
  "\u0000",
];

/** Text with at least one character a terminal acts on, among ordinary words. */
const hostile = fc
  .tuple(
    fc.constantFrom(...ACTING),
    fc.array(fc.oneof(fc.constantFrom(...ACTING), fc.constantFrom("Acme", "Dana", " ", "é", "-")), {
      maxLength: 7,
    }),
  )
  .map(([acting, parts]) => `N${acting}${parts.join("")}`);

/**
 * JSON with every control character escaped: the values still carry them, but the file is text
 * (a file holding raw control bytes is refused before its values are read).
 */
function escapedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function expectNothingActive(...outputs: string[]): void {
  for (const output of outputs) expect(output).not.toMatch(ACTIVE);
}

describe("no stranger's text reaches the terminal with a control character", () => {
  it("terminalText leaves nothing a terminal acts on, and plain text as it was", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        // A carriage return right before a line feed is a line end, not an overwrite.
        expect(terminalText(text).replace(/\r\n/g, "\n")).not.toMatch(ACTIVE);
        if (!ACTIVE.test(text)) expect(terminalText(text)).toBe(text);
      }),
    );
  });

  it("terminalJson means the same JSON, with nothing a terminal acts on", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        const json = terminalJson({ value, text });
        expect(json).not.toMatch(ACTIVE);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
  });

  it("from a record: its values, keys and file name, in tables, details, JSON and errors", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (company, person, other) => {
        const home = tempHome();
        const data = join(home, "data");
        // A backslash before a space is how a dragged path escapes it, so a name keeps none.
        const name = other.replaceAll("\u0000", "").replaceAll("/", "").replaceAll("\\", "");
        const good = join(home, `${name}.json`);
        writeFileSync(
          good,
          escapedJson({
            company,
            position: other,
            start: "2026-11-18T10:00",
            timeZone: "Europe/London",
            location: other,
            interviewers: [{ name: person, discussed: [other] }],
            discussed: [company],
          }),
        );
        const bad = join(home, "bad.json");
        writeFileSync(
          bad,
          escapedJson({ company, position: other, stage: other, [other]: 1, interviewers: [] }),
        );
        const runs = [
          await runCli(["import", good], { home: data }),
          await runCli(["import", bad], { home: data }),
          await runCli(["interviews"], { home: data }),
          await runCli(["interviews", "--json"], { home: data }),
          await runCli(["show", "1"], { home: data }),
          await runCli(["plan", "1"], { home: data, now: "2026-11-18T12:00Z" }),
          await runCli(["agenda"], { home: data, now: "2026-11-18T12:00Z" }),
        ];
        // The hostile text was stored, and is shown: made visible, not acted on.
        expect(runs[0]!.code, runs[0]!.stderr).toBe(0);
        expect(runs[1]!.code).toBe(1);
        expect(runs[4]!.stdout).toMatch(/[\u2400-\u2421]|⟨U\+/);
        for (const run of runs) {
          expect(run.code).not.toBe(70);
          expectNothingActive(run.stdout, run.stderr);
        }
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it("from an invite and a reply: summary, location, sender name and subject", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (summary, sender) => {
        const home = tempHome();
        const data = join(home, "data");
        const invite = join(home, "invite.ics");
        writeFileSync(
          invite,
          [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Test//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:hostile-1",
            "DTSTAMP:20261101T120000Z",
            "DTSTART:20261120T150000Z",
            "DTEND:20261120T160000Z",
            `SUMMARY:${summary}`,
            `LOCATION:${summary}`,
            "ORGANIZER;CN=Dana:mailto:dana@acme.example",
            `ATTENDEE;CN="${sender.replace(/"/g, "")}":mailto:sam@acme.example`,
            "END:VEVENT",
            "END:VCALENDAR",
            "",
          ].join("\r\n"),
        );
        const encoded = (text: string) => `=?utf-8?b?${Buffer.from(text).toString("base64")}?=`;
        const reply = join(home, "reply.eml");
        writeFileSync(
          reply,
          [
            `From: ${encoded(sender)} <dana@acme.example>`,
            "To: jordan@example.com",
            `Subject: ${encoded(summary)}`,
            "Date: Mon, 23 Nov 2026 10:00:00 +0000",
            "Message-ID: <hostile-reply@acme.example>",
            "",
            `Thank you. ${sender}`,
            "",
          ].join("\r\n"),
        );
        const runs = [
          await runCli(["import", invite], { home: data }),
          await runCli(["interviews"], { home: data }),
          await runCli(["show", "1"], { home: data }),
          await runCli(["inbox", "add", reply], { home: data }),
          await runCli(["inbox"], { home: data }),
          await runCli(["inbox", "--json"], { home: data }),
        ];
        expect(runs[0]!.code, runs[0]!.stderr).toBe(0);
        expect(runs[3]!.code, runs[3]!.stderr).toBe(0);
        for (const run of runs) {
          expect(run.code).not.toBe(70);
          expectNothingActive(run.stdout, run.stderr);
        }
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
