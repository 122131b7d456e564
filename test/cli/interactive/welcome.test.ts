import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { tempHome } from "../../helpers/temp-home.js";
import { KEY, Terminal } from "../../helpers/terminal.js";

const PROFILE = join(import.meta.dirname, "..", "..", "fixtures", "records", "profile.yaml");
const RECORD = join(import.meta.dirname, "..", "..", "fixtures", "records", "acme-onsite.yaml");

const terminals: Terminal[] = [];
function terminal(home: string): Terminal {
  const t = new Terminal(["--home", home], { TZ: "America/New_York" });
  terminals.push(t);
  return t;
}
afterEach(() => terminals.splice(0).forEach((t) => t.kill()));

describe("afterword at a terminal", () => {
  it("sets up the profile, adds an interview by answering questions, and lists it", async () => {
    const home = tempHome();
    const t = terminal(home);
    await t.answer("Your name", "Jordan Rivera");
    await t.answer("Your e-mail address", "jordan@example.com");
    await t.answer("Your phone number", "");
    await t.answer("Your LinkedIn profile address", "");
    await t.answer("Your time zone", "");
    await t.answer("How should your messages sound?", KEY.down);
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Profile saved.");
    await t.answer("What would you like to do?", "");
    await t.answer("Company", "Acme Robotics");
    await t.answer("Position", "Platform Engineer");
    await t.answer("Stage", "");
    await t.answer("Time zone of the interview", "");
    await t.answer("When did it start?", "2026-11-20 14:00");
    await t.answer("When did it end?", "");
    await t.answer("How was it held?", "");
    await t.answer("Where, or the meeting link", "");
    await t.answer("Who interviewed you?", "Dana Whitfield");
    await t.answer("Dana Whitfield's title", "Engineering Manager");
    await t.answer("Dana Whitfield's e-mail", "dana@acme.example");
    await t.answer("What did you talk about with Dana Whitfield?", "the telemetry pipeline");
    await t.answer("Anything else you talked about with Dana Whitfield?", "");
    await t.answer("Did someone else interview you too?", "");
    await t.answer("A concern they raised", "my Go experience");
    await t.answer("Your answer to it", "I have shipped two Go services since.");
    await t.answer("Another concern?", "");
    await t.answer("A question you could not fully answer", "");
    await t.answer("Something you promised to send", "");
    await t.answer("What happens next", "");
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Saved as interview 1");
    await t.answer("What would you like to do?", KEY.down.repeat(5));
    await t.waitFor("Your interviews");
    await t.waitFor("Acme Robotics");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);

    const [interview] = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(interview).toMatchObject({
      company: "Acme Robotics",
      position: "Platform Engineer",
      timeZone: "America/New_York",
      start: "2026-11-20T14:00:00-05:00",
      end: "2026-11-20T15:00:00-05:00",
      format: "video",
      interviewers: [
        {
          name: "Dana Whitfield",
          email: "dana@acme.example",
          discussed: ["the telemetry pipeline"],
        },
      ],
    });
    expect(interview!.concerns).toEqual([
      {
        concern: "my Go experience",
        response: "I have shipped two Go services since.",
        raisedBy: "Dana Whitfield",
      },
    ]);
    expect(json(await runCli(["profile", "--json"], { home }))).toMatchObject({
      name: "Jordan Rivera",
      timeZone: "America/New_York",
      tone: "formal",
    });
  }, 60_000);

  it("asks a panel who raised each concern, question and promise", async () => {
    const home = tempHome();
    await runCli(["profile", PROFILE], { home });
    const t = terminal(home);
    await t.answer("What would you like to do?", "");
    await t.answer("Company", "Acme Robotics");
    await t.answer("Position", "Platform Engineer");
    await t.answer("Stage", "");
    await t.answer("Time zone of the interview", "");
    await t.answer("When did it start?", "2026-11-20 14:00");
    await t.answer("When did it end?", "");
    await t.answer("How was it held?", "");
    await t.answer("Where, or the meeting link", "");
    for (const [name, more] of [
      ["Dana Whitfield", "y"],
      ["Sam Ortiz", ""],
    ] as const) {
      await t.answer(name === "Dana Whitfield" ? "Who interviewed you?" : "Name", name);
      await t.answer(`${name}'s title`, "");
      await t.answer(`${name}'s e-mail`, "");
      await t.answer(`What did you talk about with ${name}?`, "");
      await t.answer("Did someone else interview you too?", more);
    }
    await t.answer("A concern they raised", "my Go experience");
    await t.answer("Your answer to it", "");
    await t.answer("Who raised it?", `${KEY.down}${KEY.down}`);
    await t.answer("Another concern?", "");
    await t.answer("A question you could not fully answer", "how I would shard it");
    await t.answer("Your fuller answer now", "");
    await t.answer("Who asked it?", KEY.down);
    await t.answer("Another question?", "");
    await t.answer("Something you promised to send", "my slides");
    await t.answer("Its link", "");
    await t.answer("Who did you promise it to?", "");
    await t.answer("Anything else you promised?", "");
    await t.answer("What happens next", "");
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Saved as interview 1");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);

    const [interview] = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(interview).toMatchObject({
      concerns: [{ concern: "my Go experience", raisedBy: "Sam Ortiz" }],
      unanswered: [{ question: "how I would shard it", raisedBy: "Dana Whitfield" }],
      promised: [{ what: "my slides", raisedBy: null }],
    });
  }, 60_000);

  it("imports a file whose path was dragged onto the terminal (wrapped in quotes)", async () => {
    const home = tempHome();
    await runCli(["profile", PROFILE], { home });
    const t = terminal(home);
    // From "Add an interview", offered first while there is none, to "Import".
    await t.answer("What would you like to do?", KEY.down);
    await t.answer("Path of the file to import", `'${RECORD}'`);
    await t.waitFor("Imported 1 interview.");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);
    const [interview] = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(interview).toMatchObject({ company: "Acme Robotics", stage: "onsite" });
  }, 60_000);

  it("leaves the store unchanged when Ctrl-C interrupts the profile questions", async () => {
    const home = tempHome();
    const t = terminal(home);
    await t.answer("Your name", "Jordan Rivera");
    await t.answer("Your e-mail address", "jordan", KEY.ctrlC);
    await t.waitFor("nothing from the unfinished step was");
    expect(await t.exited).toBe(130);
    expect(json(await runCli(["profile", "--json"], { home }))).toBeNull();
  }, 30_000);

  it("leaves the store unchanged when Ctrl-C interrupts adding an interview", async () => {
    const home = tempHome();
    await runCli(["profile", PROFILE], { home });
    const t = terminal(home);
    await t.answer("What would you like to do?", "");
    await t.answer("Company", "Acme Robotics");
    await t.answer("Position", "Platform Engineer");
    await t.answer("Stage", "", KEY.ctrlC);
    await t.waitFor("nothing from the unfinished step was");
    expect(await t.exited).toBe(130);
    expect(json(await runCli(["interviews", "--json"], { home }))).toEqual([]);
  }, 30_000);
});
