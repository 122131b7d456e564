import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { tempHome } from "../../helpers/temp-home.js";
import { KEY, Terminal } from "../../helpers/terminal.js";

const RECORDS = join(import.meta.dirname, "..", "..", "fixtures", "records");
const NOW = "2026-11-20T23:30:00Z";

const terminals: Terminal[] = [];
afterEach(() => terminals.splice(0).forEach((t) => t.kill()));

interface DraftJson {
  id: number;
  subject: string | null;
  body: string;
  recipient: { name: string };
  findings: unknown[];
}

describe("drafting and the agenda at a terminal", () => {
  it("drafts to the person picked, shows the findings, copies and saves the draft, then shows the agenda", async () => {
    const home = tempHome();
    await runCli(["profile", join(RECORDS, "profile.yaml")], { home });
    await runCli(["import", join(RECORDS, "acme-onsite.yaml")], { home, now: NOW });
    const t = new Terminal(["--home", home], { AFTERWORD_NOW: NOW });
    terminals.push(t);
    // With an interview stored, drafting is what the menu offers first.
    await t.answer("What would you like to do?", "");
    await t.answer("Draft the messages for which interview?", "");
    await t.answer("To whom?", KEY.down);
    await t.waitFor("Draft 1", 90_000);
    await t.waitFor("to Dana Whitfield");
    await t.waitFor("proofreader:");

    const [draft] = json<DraftJson[]>(await runCli(["drafts", "--json"], { home }));
    expect(draft).toMatchObject({ id: 1, recipient: { name: "Dana Whitfield" } });

    // Copy: no clipboard program here, so the terminal is asked (OSC 52) with the draft's text.
    await t.answer("Keep a draft elsewhere?", "");
    await t.waitFor("copy the text of draft 1");
    const copied = Buffer.from(draft!.body, "utf8").toString("base64");
    expect(t.rawOutput).toContain(`\x1b]52;c;${copied}\x07`);

    // Save as plain text, then as an .eml a mail program opens.
    const text = join(home, "dana.txt");
    await t.answer("Keep a draft elsewhere?", KEY.down);
    await t.answer("Save it as", KEY.backspace.repeat("draft-1.eml".length) + text);
    await t.waitFor(`Wrote draft 1 to ${text}`);
    expect(readFileSync(text, "utf8")).toBe(`Subject: ${draft!.subject}\n\n${draft!.body}\n`);
    const eml = join(home, "dana.eml");
    await t.answer("Keep a draft elsewhere?", KEY.down);
    await t.answer("Save it as", KEY.backspace.repeat("draft-1.eml".length) + eml);
    await t.waitFor(`Wrote draft 1 to ${eml}`);
    expect(readFileSync(eml, "utf8")).toMatch(
      /^To: Dana Whitfield <dana\.whitfield@acme\.example>/m,
    );

    await t.answer("Keep a draft elsewhere?", KEY.down.repeat(2));
    await t.answer("What would you like to do?", KEY.down);
    await t.waitFor("Your agenda");
    await t.waitFor("Acme Robotics (interview 1)");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);
  }, 150_000);

  it("stops on Ctrl-C while the drafts are being written, and says what was kept", async () => {
    const home = tempHome();
    await runCli(["profile", join(RECORDS, "profile.yaml")], { home });
    await runCli(["import", join(RECORDS, "acme-onsite.yaml")], { home, now: NOW });
    const t = new Terminal(["--home", home], { AFTERWORD_NOW: NOW });
    terminals.push(t);
    await t.answer("What would you like to do?", "");
    await t.answer("Draft the messages for which interview?", "");
    await t.answer("To whom?", "");
    await t.waitFor("Writing and proofreading");
    t.press(KEY.ctrlC);
    await t.waitFor("stopped (Ctrl-C). Everything saved before it was kept");
    expect(await t.exited).toBe(130);
    expect(json(await runCli(["interviews", "--json"], { home }))).toHaveLength(1);
  }, 90_000);

  it("goes back to the menu when no interview is chosen", async () => {
    const home = tempHome();
    await runCli(["profile", join(RECORDS, "profile.yaml")], { home });
    await runCli(["import", join(RECORDS, "acme-onsite.yaml")], { home, now: NOW });
    const t = new Terminal(["--home", home], { AFTERWORD_NOW: NOW });
    terminals.push(t);
    await t.answer("What would you like to do?", "");
    await t.answer("Draft the messages for which interview?", KEY.down);
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);
    expect(json(await runCli(["drafts", "--json"], { home }))).toEqual([]);
  }, 60_000);
});
