import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";
import { CALENDAR_FIXTURES } from "../calendar/read-fixture.js";

interface FileImportJson {
  file: string;
  created: number[];
  updated: number[];
  cancelled: number[];
  skipped: { uid: string | null; reason: string }[];
  errors: { message: string }[];
}

const NOW = "2026-11-01T12:00:00Z";

function invite(home: string, name: string, lines: string[]): string {
  const file = join(home, name);
  writeFileSync(
    file,
    [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Acme//Scheduler//EN",
      ...lines,
      "END:VCALENDAR",
      "",
    ].join("\r\n"),
  );
  return file;
}

function version(method: string, sequence: number, start: string, status = "CONFIRMED") {
  return [
    `METHOD:${method}`,
    "BEGIN:VEVENT",
    "UID:loop-42@acme-robotics.com",
    `SEQUENCE:${sequence}`,
    "DTSTAMP:20261101T090000Z",
    `DTSTART;TZID=Europe/Berlin:${start}`,
    "DURATION:PT45M",
    `STATUS:${status}`,
    "SUMMARY:Onsite: Staff Engineer at Acme Robotics",
    "ORGANIZER;CN=Dana Whitfield:mailto:dana@acme-robotics.com",
    "ATTENDEE;CN=Jordan Rivera:mailto:jordan@example.com",
    "LOCATION:Acme HQ\\, Alexanderplatz 1\\, Berlin",
    "END:VEVENT",
  ];
}

async function setUp() {
  const home = tempHome();
  const profile = join(home, "profile.yaml");
  writeFileSync(
    profile,
    "name: Jordan Rivera\nemail: jordan@example.com\ntimeZone: Europe/Berlin\n",
  );
  expect((await runCli(["profile", profile], { home })).code).toBe(0);
  return home;
}

const cli = (home: string, ...args: string[]) => runCli(args, { home, now: NOW });

describe("afterword import with invites", () => {
  it("follows a request, an update and a cancellation, the plan with them", async () => {
    const home = await setUp();
    const thankYou = async () =>
      json<{ kind: string; dueAt: string; state: string }[]>(
        await cli(home, "plan", "1", "--json"),
      ).find((item) => item.kind === "thank-you");
    const first = await cli(
      home,
      "import",
      invite(home, "request.ics", version("REQUEST", 0, "20261124T100000")),
      "--json",
    );
    expect(first.code).toBe(0);
    expect(json<FileImportJson[]>(first)).toEqual([
      expect.objectContaining({
        created: [1],
        updated: [],
        cancelled: [],
        skipped: [],
        errors: [],
      }),
    ]);
    const planned = await thankYou();
    expect(planned?.state).toBe("upcoming");
    expect(Date.parse(planned!.dueAt)).toBeGreaterThanOrEqual(
      Date.parse("2026-11-24T10:45:00+01:00"),
    );

    const moved = await cli(
      home,
      "import",
      invite(home, "update.ics", version("REQUEST", 1, "20261125T140000")),
      "--json",
    );
    expect(json<FileImportJson[]>(moved)[0]).toMatchObject({ created: [], updated: [1] });
    const listed = json<Record<string, unknown>[]>(await cli(home, "interviews", "--json"));
    expect(listed).toEqual([
      expect.objectContaining({
        id: 1,
        company: "Acme Robotics",
        position: "Staff Engineer",
        stage: "onsite",
        format: "onsite",
        location: "Acme HQ, Alexanderplatz 1, Berlin",
        start: "2026-11-25T14:00:00+01:00",
        end: "2026-11-25T14:45:00+01:00",
        status: "scheduled",
        needsDetails: false,
      }),
    ]);

    const replanned = await thankYou();
    expect(Date.parse(replanned!.dueAt)).toBeGreaterThanOrEqual(
      Date.parse("2026-11-25T14:45:00+01:00"),
    );

    const cancel = await cli(
      home,
      "import",
      invite(home, "cancel.ics", version("CANCEL", 2, "20261125T140000", "CANCELLED")),
      "--json",
    );
    expect(json<FileImportJson[]>(cancel)[0]).toMatchObject({ cancelled: [1], updated: [] });
    const after = json<Record<string, unknown>[]>(await cli(home, "interviews", "--json"));
    expect(after[0]).toMatchObject({ status: "cancelled", start: "2026-11-25T14:00:00+01:00" });
    expect(await thankYou()).toMatchObject({ state: "cancelled" });
  });

  it("prints per file what was created, updated, cancelled and skipped, and exits 0 when skipping", async () => {
    const home = await setUp();
    const result = await cli(
      home,
      "import",
      join(CALENDAR_FIXTURES, "ics/itip-stream-multiple-vcalendar-request-reply.ics"),
      join(CALENDAR_FIXTURES, "ics/malformed-missing-end-vcalendar.ics"),
      "--json",
    );
    expect(result.code).toBe(0);
    const files = json<FileImportJson[]>(result);
    expect(files.map((f) => [f.created, f.updated, f.cancelled, f.skipped.length])).toEqual([
      [[1], [], [], 7],
      [[], [], [], 1],
    ]);
    expect(files[1]?.skipped).toEqual([{ uid: null, reason: "it has no start time (DTSTART)" }]);
    for (const file of files) {
      expect(Object.keys(file)).toEqual(
        expect.arrayContaining(["file", "created", "updated", "cancelled", "skipped"]),
      );
    }
  });

  it("skips an invite with floating times when no profile gives a zone, and says how to set one", async () => {
    const home = tempHome();
    const file = join(CALENDAR_FIXTURES, "ics/malformed-double-semicolon-no-final-newline.ics");
    const result = await cli(home, "import", file);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /skipped abc: its times carry no time zone .*: set the time zone in your profile and import it again\. Set your profile with `afterword profile FILE`\./,
    );
    expect(json<FileImportJson[]>(await cli(home, "import", file, "--json"))[0]?.skipped).toEqual([
      { uid: "abc", reason: expect.stringMatching(/in your profile/), code: "no-profile" },
    ]);
  });

  it("exits 1 naming a file it could not read at all, and still imports the others", async () => {
    const home = await setUp();
    const empty = join(home, "empty.ics");
    writeFileSync(empty, "not a calendar\n");
    writeFileSync(join(home, "mail.msg"), "\u00d0\u00cf\u0011\u00e0");
    const good = invite(home, "good.ics", version("REQUEST", 0, "20261124T100000"));
    const result = await cli(
      home,
      "import",
      empty,
      join(home, "missing.eml"),
      join(home, "mail.msg"),
      good,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Refused ${empty} (nothing from it was saved)`);
    expect(result.stderr).toMatch(/it is not a calendar file: export the invite as \.ics/);
    expect(result.stderr).toContain(
      `${join(home, "missing.eml")}: expected a readable file, found no such file`,
    );
    expect(result.stderr).toMatch(/Outlook \.msg file \(save the invitation as \.ics/);
    expect(result.stdout).toContain(`${good}: 1 interview created`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads an invite or an invitation e-mail from standard input", async () => {
    const home = await setUp();
    const calendar = readFileSync(
      invite(home, "x.ics", version("REQUEST", 0, "20261124T100000")),
      "utf8",
    );
    const fromIcs = await runCli(["import", "-", "--json"], { home, now: NOW, stdin: calendar });
    expect(json<FileImportJson[]>(fromIcs)[0]).toMatchObject({ file: "-", created: [1] });
    const mail = readFileSync(
      join(CALENDAR_FIXTURES, "eml/google-calendar-request-meet-conference.eml"),
      "utf8",
    );
    const fromMail = await runCli(["import", "-", "--json"], { home, now: NOW, stdin: mail });
    expect(json<FileImportJson[]>(fromMail)[0]).toMatchObject({ created: [2] });
  });

  it("lists an interview that needs details and takes them with `afterword details`", async () => {
    const home = await setUp();
    await cli(
      home,
      "import",
      join(CALENDAR_FIXTURES, "eml/teams-meeting-request-outlook-finnish.eml"),
    );
    const table = await cli(home, "interviews");
    expect(table.stdout).toMatch(
      /"Teams meeting"\s+other\s+Marge, bart@example\.com, homer@example\.com\s+scheduled, needs details/,
    );
    expect(table.stdout).toContain("afterword details 1 --company NAME --position TITLE");
    const agenda = await cli(home, "agenda");
    expect(agenda.stdout).toContain('"Teams meeting" (interview 1) has no company or position yet');
    expect(agenda.stdout).toContain("add: afterword details 1 --company NAME --position TITLE");
    expect(
      json<Record<string, unknown>[]>(await cli(home, "interviews", "--json"))[0],
    ).toMatchObject({ needsDetails: true });

    const flags = await cli(
      home,
      "details",
      "1",
      "--company",
      "Contoso",
      "--position",
      "Platform Engineer",
      "--json",
    );
    expect(flags.code).toBe(0);
    expect(json(flags)).toMatchObject({ id: 1, company: "Contoso", needsDetails: false });

    const notes = join(home, "notes.yaml");
    writeFileSync(
      notes,
      [
        "stage: technical",
        "discussed: [moving the build to Bazel]",
        "interviewers:",
        "  - email: marge@example.com",
        "    title: Engineering Manager",
        "    discussed: [the team's release train]",
        "  - email: homer@example.com",
        "    remove: true",
      ].join("\n"),
    );
    const fromFile = await cli(home, "details", "1", notes, "--json");
    expect(json(fromFile)).toMatchObject({
      stage: "technical",
      discussed: ["moving the build to Bazel"],
      interviewers: [
        { name: "Marge", title: "Engineering Manager", discussed: ["the team's release train"] },
        { name: "bart@example.com" },
      ],
    });
    const shown = await cli(home, "show", "1");
    expect(shown.stdout).toContain('Invite:    "Teams meeting", version 0');
    expect(shown.stdout).not.toContain("Missing:");
  });

  it("never makes interviews out of Afterword's own reminders", async () => {
    const home = await setUp();
    await cli(home, "import", invite(home, "r.ics", version("REQUEST", 0, "20261101T100000")));
    const reminders = join(home, "reminders.ics");
    expect((await cli(home, "reminders", reminders)).code).toBe(0);
    const again = await cli(home, "import", reminders, "--json");
    const [file] = json<FileImportJson[]>(again);
    expect(file?.created).toEqual([]);
    expect(file?.skipped.length).toBeGreaterThan(0);
    expect(file?.skipped.every((skip) => /Afterword's own reminders/.test(skip.reason))).toBe(true);
  });

  it("refuses details that are wrong or about no interview, changing nothing", async () => {
    const home = await setUp();
    await cli(home, "import", invite(home, "r.ics", version("REQUEST", 0, "20261124T100000")));
    const wrong = await cli(home, "details", "1", "--stage", "lunch");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      "stage: expected one of screen, phone, technical, onsite, final, other",
    );
    expect((await cli(home, "details", "7", "--company", "X")).code).toBe(1);
    expect((await cli(home, "details", "1")).code).toBe(2);
    expect(
      json<Record<string, unknown>[]>(await cli(home, "interviews", "--json"))[0],
    ).toMatchObject({ stage: "onsite" });
  });
});
