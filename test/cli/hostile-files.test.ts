import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli, type CliResult } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

// eslint-disable-next-line no-control-regex -- the assertion is about control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const RECORD = `company: Northbridge
position: Data Engineer
start: 2026-11-18T10:00
timeZone: Europe/London
interviewers:
  - name: Priya Raman
`;

interface Setup {
  home: string;
  data: string;
}

function setup(): Setup {
  const home = tempHome();
  return { home, data: join(home, "data") };
}

async function importFile({ data }: Setup, file: string): Promise<CliResult> {
  const result = await runCli(["import", file], { home: data });
  expect(result.stdout).not.toMatch(CONTROL);
  expect(result.stderr).not.toMatch(CONTROL);
  expect(result.code).not.toBe(70);
  return result;
}

async function storedCompanies({ data }: Setup): Promise<string[]> {
  const listed = await runCli(["interviews", "--json"], { home: data });
  return json<{ company: string }[]>(listed).map((i) => i.company);
}

/** A refusal is one short paragraph, never a dump of the input. */
function expectRefused(result: CliResult, words: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(words);
  expect(result.stderr.length).toBeLessThan(600);
}

describe("import refuses what is not a record file, reading no more than it must", () => {
  it("a link to a system file is followed, but only a short excerpt of it is ever shown", async () => {
    const s = setup();
    const link = join(s.home, "record.yaml");
    symlinkSync("/etc/passwd", link);
    const result = await importFile(s, link);
    expectRefused(result, /record\.yaml/);
    expect(result.stderr).not.toContain("/usr/sbin/nologin");
    expect(await storedCompanies(s)).toEqual([]);
  });

  it("a link to /dev/zero, a FIFO and a folder are refused before a byte is read", async () => {
    const s = setup();
    const zero = join(s.home, "zero.yaml");
    symlinkSync("/dev/zero", zero);
    const fifo = join(s.home, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    const folder = join(s.home, "folder.yaml");
    mkdirSync(folder);
    expectRefused(await importFile(s, zero), /expected a regular file, found a device/);
    expectRefused(await importFile(s, fifo), /expected a regular file, found a named pipe/);
    expectRefused(await importFile(s, folder), /expected a regular file, found a folder/);
  });

  it("a 50 MB file of records is refused at once, naming the limit", async () => {
    const s = setup();
    const big = join(s.home, "many.yaml");
    const one = `- ${RECORD.replace(/\n(?=.)/g, "\n  ")}`;
    writeFileSync(big, one.repeat(Math.ceil((50 * 1024 * 1024) / one.length)));
    const before = process.memoryUsage().rss;
    expectRefused(await importFile(s, big), /expected a file of at most 4 MB, found 5\d MB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("a YAML alias bomb and very deep nesting are refused with their reason", async () => {
    const s = setup();
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = "abcdefghij";
    for (let i = 1; i < names.length; i++) {
      lines.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(",")}]`,
      );
    }
    const bomb = join(s.home, "bomb.yaml");
    writeFileSync(bomb, `${lines.join("\n")}\n`);
    expectRefused(await importFile(s, bomb), /aliases that would expand/);

    const deep = join(s.home, "deep.json");
    writeFileSync(deep, `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expectRefused(await importFile(s, deep), /nested at most 32 levels deep/);
    expect(await storedCompanies(s)).toEqual([]);
  });

  it("an unknown field's name and a bad value are cut short and escaped in the error", async () => {
    const s = setup();
    const file = join(s.home, "long.yaml");
    const key = `x\u001b]0;owned\u0007${"k".repeat(500)}`;
    writeFileSync(
      file,
      `${RECORD}"${key.replaceAll("\u001b", "\\e").replaceAll("\u0007", "\\a")}": 1\nstage: "${"s".repeat(5000)}"\n`,
    );
    const result = await importFile(s, file);
    expectRefused(result, /x\\u001b\]0;owned\\u0007k+\.\.\./);
    expect(result.stderr).not.toContain("k".repeat(100));
    expect(result.stderr).not.toContain("s".repeat(100));
  });

  it("records in UTF-16 (with or without a byte-order mark) and Windows-1252 are read as written", async () => {
    const s = setup();
    const text = RECORD.replace("Northbridge", "Café Zürich");
    const le = join(s.home, "le.yaml");
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const be = join(s.home, "be.yaml");
    writeFileSync(be, Buffer.from(text, "utf16le").swap16());
    const latin = join(s.home, "latin.yaml");
    writeFileSync(latin, Buffer.from(text.replace("Café Zürich", "Crème Brûlée"), "latin1"));
    for (const file of [le, be, latin]) expect((await importFile(s, file)).code).toBe(0);
    const companies = await storedCompanies(s);
    expect(companies).toEqual(["Café Zürich", "Crème Brûlée"]);
    expect(companies.join("")).not.toContain("\uFFFD");
  });

  it("binary input gets one clear line, not a dump", async () => {
    const s = setup();
    const file = join(s.home, "photo.yaml");
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    writeFileSync(file, bytes);
    const result = await importFile(s, file);
    expectRefused(result, /expected a text file .*found binary data/);
    expect(result.stderr.trim().split("\n")).toHaveLength(2);
  });
});
