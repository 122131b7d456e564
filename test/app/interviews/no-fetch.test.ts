import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { tempHome } from "../../helpers/temp-home.js";

/**
 * Nothing an invite refers to is ever opened or fetched: not ATTACH files or URLs, not images in
 * an HTML description, not links, not a VTIMEZONE's TZURL. A loopback server counts requests,
 * a file holds a secret that must not reach the store, and a named pipe would block any read.
 */
let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

async function countingServer(): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.end("fetched");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, requests };
}

describe("importing an invite", () => {
  it("never reads a file or fetches an address the invite names", async () => {
    const home = tempHome();
    const { url, requests } = await countingServer();
    const secret = join(home, "secret.txt");
    writeFileSync(secret, "CANARY-7f3a9 private notes");
    const pipe = join(home, "pipe");
    execFileSync("mkfifo", [pipe]);
    const calendar = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Test//EN",
      "METHOD:REQUEST",
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Berlin",
      `TZURL:${url}/tz`,
      "BEGIN:STANDARD",
      "DTSTART:19701025T030000",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:no-fetch@acme.example",
      "DTSTAMP:20260101T000000Z",
      "DTSTART;TZID=Europe/Berlin:20261120T100000",
      "DTEND;TZID=Europe/Berlin:20261120T110000",
      "SUMMARY:Backend Engineer interview at Acme",
      `LOCATION:file://${secret}`,
      `ATTACH:file://${secret}`,
      `ATTACH:file://${pipe}`,
      `ATTACH;FMTTYPE=image/png:${url}/attach.png`,
      `IMAGE;VALUE=URI:${url}/image.png`,
      `URL:${url}/url`,
      `CONFERENCE;VALUE=URI:${url}/conference`,
      `DESCRIPTION:Notes at file://${secret} and ${url}/description`,
      `X-ALT-DESC;FMTTYPE=text/html:<p><img src="${url}/pixel.png"><a href="file://${pipe}">notes</a></p>`,
      "ORGANIZER;CN=Dana:mailto:dana@acme.example",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const ics = join(home, "invite.ics");
    writeFileSync(ics, calendar);
    const eml = join(home, "invite.eml");
    writeFileSync(
      eml,
      [
        "From: Dana <dana@acme.example>",
        "To: jordan@example.com",
        "Subject: Invitation",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b"',
        "",
        "--b",
        "Content-Type: text/html; charset=utf-8",
        "",
        `<img src="${url}/mail-pixel.png"><a href="file://${secret}">x</a>`,
        "--b",
        'Content-Type: message/external-body; access-type=URL; URL="' + url + '/external"',
        "",
        "--b",
        "Content-Type: text/calendar; method=REQUEST; charset=utf-8",
        "",
        calendar.replace("no-fetch@", "no-fetch-mail@"),
        "--b--",
        "",
      ].join("\r\n"),
    );

    const result = await runCli(["import", ics, eml, "--json"], {
      home,
      now: "2026-11-01T00:00:00Z",
    });
    expect(result.code).toBe(0);
    expect(requests).toEqual([]);
    const shown = await runCli(["interviews", "--json"], { home });
    for (const text of [result.stdout, result.stderr, shown.stdout])
      expect(text).not.toContain("CANARY");
    const stored = readdirSync(home)
      .filter((file) => file.startsWith("afterword.sqlite"))
      .map((file) => readFileSync(join(home, file), "latin1"))
      .join("");
    expect(stored).not.toContain("CANARY");
    const [interview] = JSON.parse(shown.stdout) as { joinUrl: string | null; location: string }[];
    expect(interview?.joinUrl).toBeNull();
    expect(interview?.location).toBe(`file://${secret}`);
  });
});
