import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { json, runCli, spawnCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");

function write(home: string, name: string, text: string): string {
  const file = join(home, name);
  writeFileSync(file, text);
  return file;
}

const GOOD = `company: Northbridge
position: Data Engineer
start: 2026-11-18T10:00
timeZone: Europe/London
interviewers:
  - name: Priya Raman
`;

async function interviewsOf(home: string) {
  return json<Array<Record<string, unknown>>>(await runCli(["interviews", "--json"], { home }));
}

describe("afterword import", () => {
  it("imports a record and lists it with its instants in the interview's zone", async () => {
    const home = tempHome();
    expect((await runCli(["profile", join(FIXTURES, "profile.yaml")], { home })).code).toBe(0);
    const imported = await runCli(["import", join(FIXTURES, "acme-onsite.yaml"), "--json"], {
      home,
    });
    expect(imported.code).toBe(0);
    expect(json(imported)).toMatchObject([{ created: [1], updated: [], errors: [] }]);
    expect(await interviewsOf(home)).toMatchObject([
      {
        id: 1,
        company: "Acme Robotics",
        position: "Senior Backend Engineer",
        stage: "onsite",
        format: "video",
        location: "https://meet.example/abc",
        timeZone: "America/Chicago",
        start: "2026-11-20T14:00:00-06:00",
        end: "2026-11-20T15:30:00-06:00",
        status: "scheduled",
        interviewers: [
          {
            name: "Dana Whitfield",
            title: "Engineering Manager",
            email: "dana.whitfield@acme.example",
            discussed: ["moving the fleet telemetry pipeline to Kafka"],
          },
        ],
      },
    ]);
  });

  it("refuses a whole file when its second record is bad, and still imports the other files", async () => {
    const home = tempHome();
    const list = write(
      home,
      "list.yaml",
      `- ${GOOD.replace(/\n/g, "\n  ").trimEnd()}\n- company: Other\n  start: 2026-11-19T10:00\n  timeZone: UTC\n  interviewers: [{ name: Sam }]\n`,
    );
    const good = write(
      home,
      "good.json",
      JSON.stringify({
        company: "Lumen",
        position: "SRE",
        start: "2026-11-21T09:00Z",
        timeZone: "Europe/Oslo",
        interviewers: [{ name: "Ola" }],
      }),
    );
    const result = await runCli(["import", list, good], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${list}: [1].position: expected text, found nothing`);
    expect(result.stdout).toContain("good.json: 1 interview created");
    expect((await interviewsOf(home)).map((i) => i.company)).toEqual(["Lumen"]);
  });

  it("updates a re-imported record instead of duplicating it", async () => {
    const home = tempHome();
    const file = write(home, "a.yaml", GOOD);
    expect(json(await runCli(["import", file, "--json"], { home }))).toMatchObject([
      { created: [1] },
    ]);
    write(home, "a.yaml", `${GOOD}    title: Staff Engineer\nstage: final\n`);
    expect(json(await runCli(["import", file, "--json"], { home }))).toMatchObject([
      { created: [], updated: [1] },
    ]);
    const [interview] = await interviewsOf(home);
    expect(interview).toMatchObject({
      id: 1,
      stage: "final",
      interviewers: [{ title: "Staff Engineer" }],
    });
    expect(await interviewsOf(home)).toHaveLength(1);
  });

  it("takes a new position at the same company and time as a correction, and says so", async () => {
    const home = tempHome();
    const file = write(home, "a.yaml", GOOD);
    await runCli(["import", file], { home });
    write(home, "a.yaml", GOOD.replace("Data Engineer", "Senior Data Engineer"));
    const again = await runCli(["import", file, "--json"], { home });
    expect(json(again)).toMatchObject([
      {
        created: [],
        updated: [1],
        warnings: [expect.stringContaining('was for "Data Engineer"; its position is now')],
      },
    ]);
    expect(await interviewsOf(home)).toMatchObject([{ id: 1, position: "Senior Data Engineer" }]);
    // Another time at the same company is another round.
    write(home, "b.yaml", GOOD.replace("10:00", "15:00"));
    expect(json(await runCli(["import", join(home, "b.yaml"), "--json"], { home }))).toMatchObject([
      { created: [2] },
    ]);
  });

  it("links one person to every interview they took part in", async () => {
    const home = tempHome();
    write(home, "a.yaml", GOOD);
    write(
      home,
      "b.yaml",
      GOOD.replace("10:00", "15:00").replace("Data Engineer", "Analytics Engineer"),
    );
    await runCli(["import", join(home, "a.yaml"), join(home, "b.yaml")], { home });
    const ctx = await import("../../src/store/store.js").then((m) => m.openSqliteStore(home));
    const contacts = await ctx.db.selectFrom("contacts").selectAll().execute();
    const links = await ctx.db.selectFrom("interview_participants").selectAll().execute();
    await ctx.close();
    expect(contacts).toHaveLength(1);
    expect(links.map((l) => l.interview_id)).toEqual([1, 2]);
  });

  it("names the line and column of a YAML syntax error", async () => {
    const home = tempHome();
    const file = write(home, "broken.yaml", "company: Acme\nposition: [unclosed\n");
    const result = await runCli(["import", file], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml: line \d+, column \d+: expected valid YAML/);
  });

  it("refuses a file it cannot read or whose kind it does not know, naming it", async () => {
    const home = tempHome();
    const missing = await runCli(["import", join(home, "nope.yaml")], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.yaml: expected a readable file, found no such file");
    const other = await runCli(["import", write(home, "notes.txt", "hello")], { home });
    expect(other.stderr).toMatch(/notes\.txt: expected an interview record/);
  });

  it("reads records from standard input with -", async () => {
    const home = tempHome();
    const result = await runCli(["import", "-", "--json"], { home, stdin: GOOD });
    expect(json(result)).toMatchObject([{ file: "-", created: [1] }]);
  });

  it("asks for a profile when a record has no zone and none is set", async () => {
    const home = tempHome();
    const file = write(home, "a.yaml", GOOD.replace("timeZone: Europe/London\n", ""));
    const result = await runCli(["import", file], { home });
    expect(result.stderr).toMatch(
      /timeZone: expected an IANA time zone \(or a profile that gives one: set your profile first\), found nothing\. Set your profile with `afterword profile FILE`\./,
    );
  });
});

describe("afterword show and interviews", () => {
  it("shows everything about one interview, and says when there is none", async () => {
    const home = tempHome();
    await runCli(["import", write(home, "a.yaml", GOOD)], { home });
    const shown = await runCli(["show", "1"], { home });
    expect(shown.stdout).toContain("Northbridge: Data Engineer");
    expect(shown.stdout).toContain("Priya Raman");
    expect(json(await runCli(["show", "1", "--json"], { home }))).toMatchObject({
      id: 1,
      company: "Northbridge",
    });
    const missing = await runCli(["show", "9"], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("There is no interview 9");
    const bad = await runCli(["show", "first"], { home });
    expect(bad.code).toBe(2);
  });

  it("prints a table for people", async () => {
    const home = tempHome();
    expect((await runCli(["interviews"], { home })).stdout).toContain("No interviews yet");
    await runCli(["import", write(home, "a.yaml", GOOD)], { home });
    const table = (await runCli(["interviews"], { home })).stdout;
    expect(table).toMatch(/^ID\s+When\s+Company/);
    expect(table).toContain("Wed 18 Nov 2026, 10:00–11:00 GMT");
  });
});

describe("afterword profile", () => {
  it("sets and shows the profile", async () => {
    const home = tempHome();
    expect(json(await runCli(["profile", "--json"], { home }))).toBeNull();
    const set = await runCli(["profile", join(FIXTURES, "profile.yaml")], { home });
    expect(set.stdout).toContain("Profile saved");
    expect(json(await runCli(["profile", "--json"], { home }))).toMatchObject({
      name: "Jordan Rivera",
      email: "jordan@example.com",
      timeZone: "America/New_York",
      workingHours: { days: ["mon", "tue", "wed", "thu", "fri"], start: "08:00", end: "18:00" },
      tone: "warm",
    });
    expect((await runCli(["profile"], { home })).stdout).toMatch(/^Tone: +warm$/m);
    const formal = write(
      home,
      "formal.yaml",
      "name: J\nemail: j@example.com\ntimeZone: UTC\ntone: formal\n",
    );
    await runCli(["profile", formal], { home });
    expect((await runCli(["profile"], { home })).stdout).toMatch(/^Tone: +formal$/m);
    const loud = write(
      home,
      "loud.yaml",
      "name: J\nemail: j@example.com\ntimeZone: UTC\ntone: loud\n",
    );
    expect((await runCli(["profile", loud], { home })).stderr).toContain(
      "loud.yaml: tone: expected one of formal, warm, plain",
    );
  });

  it("refuses a bad profile field by field and keeps the old one", async () => {
    const home = tempHome();
    await runCli(["profile", join(FIXTURES, "profile.yaml")], { home });
    const file = write(home, "p.yaml", "name: J\nemail: nope\ntimeZone: Moon/Base\n");
    const result = await runCli(["profile", file], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("p.yaml: email: expected an e-mail address");
    expect(result.stderr).toContain("p.yaml: timeZone: expected an IANA time zone");
    expect(json(await runCli(["profile", "--json"], { home }))).toMatchObject({
      name: "Jordan Rivera",
    });
  });
});

describe("the afterword executable", () => {
  it("runs as a user runs it, honouring AFTERWORD_HOME", async () => {
    const home = tempHome();
    const file = write(home, "a.yaml", GOOD);
    const imported = await spawnCli(["import", file], { home });
    expect(imported.code).toBe(0);
    const listed = await spawnCli(["interviews", "--json"], { home });
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
  });

  it("names an unknown command instead of miscounting arguments", async () => {
    const result = await runCli(["frobnicate"], { home: tempHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no command "frobnicate"');
    expect((await runCli(["help", "import"], { home: tempHome() })).stdout).toContain(
      "Usage: afterword import",
    );
  });

  it("rejects a malformed --now as a usage error", async () => {
    const home = tempHome();
    const result = await runCli(["interviews"], { home, now: "yesterday" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--now (or AFTERWORD_NOW) must be an instant");
  });

  it("never shows a stack trace: an unexpected failure points at the log, written without raw control bytes", async () => {
    const home = tempHome();
    let stderr = "";
    const code = await run(["--home", home, "interviews"], {
      stdin: Readable.from([""]),
      stdout: {
        write: () => {
          throw new Error("a bug that quotes \u001b]0;owned\u0007 from somewhere");
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      interactive: false,
    });
    expect(code).toBe(70);
    expect(stderr).toMatch(
      /something went wrong that is not your doing\. The details are in .*afterword\.log/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    const log = readFileSync(join(home, "logs", "afterword.log"), "utf8");
    expect(log).toContain("a bug that quotes ␛]0;owned␇ from somewhere");
  });

  it("a data folder that is a file is not a bug: it says so, in the real executable too", async () => {
    const home = tempHome();
    const blocker = write(home, "not-a-folder", "");
    const result = await spawnCli(["interviews"], { home: join(blocker, "inside") });
    expect(result.code).toBe(74);
    expect(result.stderr).toContain("is not a folder");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
