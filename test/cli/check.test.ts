import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/check/index.js";
import { json, runCli, spawnCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "check");
const NOTE_FILE = join(FIXTURES, "thank-you-dana.txt");
const NOTE = readFileSync(NOTE_FILE, "utf8");
const NOW = "2026-11-18T15:00:00Z";

let home: string;

beforeEach(async () => {
  home = tempHome();
  expect((await runCli(["profile", join(FIXTURES, "profile.yaml")], { home })).code).toBe(0);
  expect((await runCli(["import", join(FIXTURES, "interviews.yaml")], { home })).code).toBe(0);
});

const check = (args: string[], stdin?: string) =>
  runCli(["check", ...args], { home, now: NOW, ...(stdin === undefined ? {} : { stdin }) });

const rules = (findings: Finding[]) => findings.map((finding) => finding.rule);

describe("afterword check", () => {
  it("prints {findings: []} as JSON for a good note", async () => {
    const result = await check([
      NOTE_FILE,
      "--interview",
      "1",
      "--to",
      "Dana",
      "--quick",
      "--json",
    ]);
    expect(result.code).toBe(0);
    expect(json(result)).toMatchObject({ findings: [], engine: "nspell" });
  });

  it("reads standard input, with the subject on the first line", async () => {
    const pasted = NOTE.replace("at Northbridge Analytics", "at Brightwater Capital");
    const result = await check(
      ["-", "--interview", "1", "--to", "Dana", "--quick", "--json"],
      pasted,
    );
    const { findings } = json<{ findings: Finding[] }>(result);
    const wrong = findings.find((finding) => finding.rule === "fact.company")!;
    expect(pasted.slice(wrong.start, wrong.end)).toBe("Brightwater Capital");
    expect(wrong).toMatchObject({ severity: "error", suggestion: "Northbridge Analytics" });
  });

  it("shows each finding under its line with a caret and the suggestion", async () => {
    const file = join(home, "note.txt");
    const text = NOTE.replace("Dear Dana,", "Dear [Interviewer's Name],");
    await import("node:fs/promises").then((fs) => fs.writeFile(file, text));
    const result = await check([file, "--interview", "1", "--to", "Dana Whitfield", "--quick"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("note.txt: 1 error");
    expect(lines[1]).toBe(
      "Checked as a thank-you e-mail to Dana Whitfield, interview 1 at Northbridge Analytics.",
    );
    const at = lines.findIndex((line) => line.includes("Dear [Interviewer's Name],"));
    expect(lines[at]).toBe(" 3 │ Dear [Interviewer's Name],");
    expect(lines[at + 1]).toBe(
      "   │      ^^^^^^^^^^^^^^^^^^^^ error placeholder: “[Interviewer's Name]” is a placeholder left in the text.",
    );
    expect(lines[at + 2]).toBe("   │      → Dana Whitfield");
  });

  it("exits 0 whatever it finds, and 1 with --strict when there are errors", async () => {
    const text = NOTE.replace("at Northbridge Analytics", "at [Company]");
    const plain = await check(["-", "--interview", "1", "--quick", "--json"], text);
    expect(plain.code).toBe(0);
    expect(rules(json<{ findings: Finding[] }>(plain).findings)).toContain("placeholder");
    expect((await check(["-", "--interview", "1", "--quick", "--strict"], text)).code).toBe(1);
    expect((await check(["-", "--interview", "1", "--quick", "--strict"], NOTE)).code).toBe(0);
  });

  it("says when no interview has the person named by --to (a misspelt name, most often)", async () => {
    const result = await check([NOTE_FILE, "--to", "Dnaa", "--quick"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "(no interview has an interviewer called Dnaa: check the name, or give --interview ID)",
    );
    const asJson = await check([NOTE_FILE, "--to", "Dnaa", "--quick", "--json"]);
    expect(json<{ checkedAs: unknown }>(asJson).checkedAs).toMatchObject({
      interviewId: null,
      recipientUnmatched: true,
    });
  });

  it("checks as the kind and channel given", async () => {
    const note =
      "Dana, thanks for Tuesday's talk about moving the nightly batch jobs to streaming. Jordan";
    const linkedin = await check(
      ["-", "--to", "Dana", "--channel", "linkedin", "--quick", "--json"],
      note,
    );
    expect(json<{ findings: Finding[]; checkedAs: unknown }>(linkedin)).toMatchObject({
      findings: [],
      checkedAs: {
        kind: "thank-you",
        channel: "linkedin",
        interviewId: 1,
        interviewInferred: true,
      },
    });
    const followUp = await check(
      ["-", "--to", "Dana", "--kind", "status-follow-up", "--quick", "--json"],
      NOTE,
    );
    expect(rules(json<{ findings: Finding[] }>(followUp).findings)).toContain("timing.too-soon");
  });

  it("refuses an unknown interview or recipient, a file it cannot read, and a bad option, saying what to do", async () => {
    const missing = await check([NOTE_FILE, "--interview", "7", "--quick"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("There is no interview 7: `afterword interviews` lists them.");
    const stranger = await check([NOTE_FILE, "--interview", "2", "--to", "Dana", "--quick"]);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain(
      'afterword: No one among the interviewers of interview 2 is called "Dana"; there is Rahul Mehta.',
    );
    const kind = await check([NOTE_FILE, "--kind", "love-letter"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/Allowed choices are thank-you, status-follow-up/);
    const file = await check([join(home, "nope.txt")]);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain("nope.txt: expected a readable file, found no such file");
    const other = await check([NOTE_FILE, "--other", join(home, "gone.txt"), "--json"]);
    expect(other.code).toBe(1);
    expect(json<{ error: string }>(other).error).toMatch(
      /^--other .*gone\.txt: expected a readable file/,
    );
  });

  it("refuses what is not a message, and reads UTF-16 and Windows-1252 notes", async () => {
    const { writeFileSync } = await import("node:fs");
    const write = (name: string, bytes: Buffer) => {
      writeFileSync(join(home, name), bytes);
      return join(home, name);
    };
    const refused = async (file: string, reason: RegExp) => {
      const result = await check([file, "--quick", "--json"]);
      expect(result.code).toBe(1);
      expect(json<{ error: string }>(result).error).toMatch(reason);
    };
    await refused(write("empty.txt", Buffer.from(" \n\n")), /the message is empty/);
    await refused(
      write("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
      /not a text file/,
    );
    await refused(write("book.txt", Buffer.from("word ".repeat(5000))), /longer than any message/);
    const piped = await check(["-", "--quick", "--json"], "");
    expect(piped.code).toBe(1);
    expect(json<{ error: string }>(piped).error).toMatch(/^standard input: the message is empty/);

    const utf16 = write(
      "utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE, "utf16le")]),
    );
    const latin = write("latin.txt", Buffer.from(NOTE.replace("Dana", "Dána"), "latin1"));
    for (const file of [utf16, latin]) {
      const result = await check([file, "--interview", "1", "--to", "Dana", "--quick", "--json"]);
      expect(result.code).toBe(0);
      expect(rules(json<{ findings: Finding[] }>(result).findings)).not.toContain("spelling");
    }
  });

  it("compares with other notes to the same company", async () => {
    const other = join(home, "priya.txt");
    await import("node:fs/promises").then((fs) =>
      fs.writeFile(other, NOTE.replace("Dear Dana,", "Dear Priya,")),
    );
    const result = await check([
      NOTE_FILE,
      "--interview",
      "1",
      "--other",
      other,
      "--quick",
      "--json",
    ]);
    expect(rules(json<{ findings: Finding[] }>(result).findings)).toEqual(["panel.near-copy"]);
  });

  it("lists its rules", async () => {
    const result = await check(["--rules", "--json"]);
    const listed = json<{ rules: { rule: string; severity: string }[] }>(result).rules;
    expect(listed.map((rule) => rule.rule)).toEqual(
      expect.arrayContaining([
        "placeholder",
        "fact.company",
        "tone.pushy",
        "spelling",
        "panel.near-copy",
      ]),
    );
  });
});

describe("drafts and their findings", () => {
  it("shows each draft's findings in `draft`, `drafts` and their JSON, and re-checks one", async () => {
    const drafted = await runCli(["draft", "1", "--to", "Dana", "--json"], { home, now: NOW });
    expect(drafted.code).toBe(0);
    const [draft] = json<{ id: number; findings: unknown[]; checkedAt: string }[]>(drafted);
    expect(draft).toMatchObject({ findings: [], checkedAt: "2026-11-18T15:00:00.000Z" });

    const listed = await runCli(["drafts", "--json"], { home, now: NOW });
    expect(json<{ findings: unknown[] }[]>(listed)[0]).toHaveProperty("findings", []);
    const table = await runCli(["drafts"], { home, now: NOW });
    expect(table.stdout).toContain("Proofreader");
    expect(table.stdout).toContain("no findings");

    const later = await runCli(["check", "--draft", String(draft!.id), "--json"], {
      home,
      now: "2026-11-21T15:00:00Z",
    });
    const rechecked = json<{ findings: Finding[]; text: string }>(later);
    expect(rules(rechecked.findings)).toContain("timing.missed");
    const shown = await runCli(["drafts", "--json"], { home, now: NOW });
    expect(
      json<{ findings: { rule: string; part: string }[] }[]>(shown)[0]!.findings,
    ).toContainEqual(expect.objectContaining({ rule: "timing.missed", part: "body" }));
  });
});

describe("afterword words", () => {
  it("adds, lists and removes words of the personal dictionary", async () => {
    expect(json(await runCli(["words", "add", "Dagster", "dbt", "--json"], { home }))).toEqual({
      added: ["Dagster", "dbt"],
    });
    expect(json(await runCli(["words", "--json"], { home }))).toEqual(["Dagster", "dbt"]);
    expect((await runCli(["words", "remove", "dbt"], { home })).stdout).toBe("Removed: dbt\n");
    const bad = await runCli(["words", "add", "two words"], { home });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"two words" is not a single word');
  });
});

describe("the bundled CLI", () => {
  it("loads harper.js and the dictionary from the bundle, finding grammar slips", async () => {
    const text = NOTE.replace("It was great meeting the team", "It was great meeting an team");
    const result = await spawnCli(["check", "-", "--interview", "1", "--to", "Dana", "--json"], {
      home,
      now: NOW,
      stdin: text,
    });
    expect(result.stderr).toBe("");
    const report = json<{ findings: Finding[]; engine: string }>(result);
    expect(report.engine).toBe("harper+nspell");
    expect(rules(report.findings)).toEqual(["grammar.a-an"]);
  });
});
