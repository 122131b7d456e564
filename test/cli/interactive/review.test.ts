import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { tempHome } from "../../helpers/temp-home.js";
import { KEY, Terminal } from "../../helpers/terminal.js";

const PROFILE = join(import.meta.dirname, "..", "..", "fixtures", "records", "profile.yaml");

const terminals: Terminal[] = [];
function terminal(home: string): Terminal {
  const t = new Terminal(["--home", home], { TZ: "America/New_York" });
  terminals.push(t);
  return t;
}
afterEach(() => terminals.splice(0).forEach((t) => t.kill()));

/** Clears what a prompt offers (the answer given before) and types `text` instead. */
function replacing(before: string, text: string): string {
  return KEY.backspace.repeat(before.length) + text;
}

/** Adds Acme's interview with Dana from the menu, up to the review; `end` replaces the offered end. */
async function answerUpToReview(t: Terminal, end = ""): Promise<void> {
  // With no interview yet, adding one is what the menu offers first.
  await t.answer("What would you like to do?", "");
  await t.answer("Company", "Acme Robotics");
  await t.answer("Position", "Platform Engineer");
  await t.answer("Stage", "");
  await t.answer("Time zone of the interview", "");
  await t.answer("When did it start?", "2026-11-20 14:00");
  await t.answer("When did it end?", end && replacing("2026-11-20 15:00", end));
  await t.answer("How was it held?", "");
  await t.answer("Where, or the meeting link", "");
  await t.answer("Who interviewed you?", "Dana Whitfield");
  await t.answer("Dana Whitfield's title", "");
  await t.answer("Dana Whitfield's e-mail", "");
  await t.answer("What did you talk about with Dana Whitfield?", "");
  await t.answer("Did someone else interview you too?", "");
  await t.answer("A concern they raised", "");
  await t.answer("A question you could not fully answer", "");
  await t.answer("Something you promised to send", "");
  await t.answer("What happens next", "");
}

describe("the review before saving", () => {
  it("shows every answer, changes the ones picked, and saves the changed record", async () => {
    const home = tempHome();
    await runCli(["profile", PROFILE], { home });
    const t = terminal(home);
    // With no interview yet, adding one is what the menu offers first.
    await t.answer("What would you like to do?", "");
    await t.answer("Company", "Acme Robotcs");
    await t.answer("Position", "Platform Engineer");
    await t.answer("Stage", "");
    await t.answer("Time zone of the interview", "");
    await t.answer("When did it start?", "2026-11-20 14:00");
    await t.answer("When did it end?", "");
    await t.answer("How was it held?", "");
    await t.answer("Where, or the meeting link", "");
    await t.answer("Who interviewed you?", "Dana Whitfield");
    await t.answer("Dana Whitfield's title", "");
    await t.answer("Dana Whitfield's e-mail", "");
    await t.answer("What did you talk about with Dana Whitfield?", "the telemetry pipeline");
    await t.answer("Anything else you talked about with Dana Whitfield?", "");
    await t.answer("Did someone else interview you too?", "");
    await t.answer("A concern they raised", "");
    await t.answer("A question you could not fully answer", "");
    await t.answer("Something you promised to send", "");
    await t.answer("What happens next", "");

    // Every answer is shown before anything is saved.
    await t.waitFor("Company: Acme Robotcs");
    await t.waitFor("Start: 2026-11-20 14:00");
    await t.waitFor("Interviewers: Dana Whitfield: the telemetry pipeline");
    // The typo in the company: the first answer after "Save".
    await t.answer("Save these answers, or change one?", KEY.down);
    await t.answer("Company", replacing("Acme Robotcs", "Acme Robotics"));
    await t.waitFor("Company: Acme Robotics");
    // The start an hour later: the end, an hour after the old start, follows it.
    await t.answer("Save these answers, or change one?", KEY.down.repeat(5));
    await t.answer("When did it start?", replacing("2026-11-20 14:00", "2026-11-20 15:00"));
    await t.waitFor("End: 2026-11-20 16:00");
    // A second thing discussed, the first kept as it was.
    await t.answer("Save these answers, or change one?", KEY.down.repeat(9));
    await t.answer("Who interviewed you?", "");
    await t.answer("Dana Whitfield's title", "Engineering Manager");
    await t.answer("Dana Whitfield's e-mail", "");
    await t.answer("What did you talk about with Dana Whitfield?", "");
    await t.answer("Anything else you talked about with Dana Whitfield?", "the on-call rotation");
    await t.answer("Anything else you talked about with Dana Whitfield?", "");
    await t.answer("Did someone else interview you too?", "");
    await t.waitFor("Interviewers: Dana Whitfield (Engineering Manager)");
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Saved as interview 1");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);

    const [interview] = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(interview).toMatchObject({
      company: "Acme Robotics",
      start: "2026-11-20T15:00:00-05:00",
      end: "2026-11-20T16:00:00-05:00",
      interviewers: [
        {
          name: "Dana Whitfield",
          title: "Engineering Manager",
          discussed: ["the telemetry pipeline", "the on-call rotation"],
        },
      ],
    });
  }, 90_000);

  it("keeps the answers when the store refuses them, so the one at fault can be changed", async () => {
    const home = tempHome();
    await runCli(["profile", PROFILE], { home });
    const t = terminal(home);
    await answerUpToReview(t, "2026-11-20 13:00");
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Not saved yet");
    await t.waitFor("end");
    await t.answer("Save these answers, or change one?", KEY.down.repeat(6));
    await t.answer("When did it end?", replacing("2026-11-20 13:00", "2026-11-20 15:30"));
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Saved as interview 1");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);
    const [interview] = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(interview).toMatchObject({ company: "Acme Robotics", end: "2026-11-20T15:30:00-05:00" });
  }, 90_000);

  it("changes the profile from the menu, keeping the fields it does not ask about", async () => {
    const home = tempHome();
    await runCli(["profile", PROFILE], { home });
    const before = json<Record<string, unknown>>(await runCli(["profile", "--json"], { home }));
    const t = terminal(home);
    // From "Add an interview", offered first while there is none, to "Change my profile".
    await t.answer("What would you like to do?", KEY.down.repeat(3));
    await t.answer("Your name", "");
    await t.answer("Your e-mail address", "");
    await t.answer("Your phone number", "");
    await t.answer("Your LinkedIn profile address", "");
    await t.answer("Your time zone", "");
    await t.answer("How should your messages sound?", "");
    await t.waitFor(`Name: ${String(before.name)}`);
    // The tone: the sixth answer after "Save".
    await t.answer("Save these answers, or change one?", KEY.down.repeat(6));
    await t.answer("How should your messages sound?", KEY.down);
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Profile saved.");
    await t.answer("What would you like to do?", KEY.down.repeat(4));
    expect(await t.exited).toBe(0);

    const after = json<Record<string, unknown>>(await runCli(["profile", "--json"], { home }));
    expect(after.tone).not.toBe(before.tone);
    expect({ ...after, tone: before.tone }).toEqual(before);
  }, 90_000);

  it("leaves the store unchanged and says so when Ctrl-C interrupts the review", async () => {
    const home = tempHome();
    await runCli(["profile", PROFILE], { home });
    const t = terminal(home);
    await answerUpToReview(t);
    await t.answer("Save these answers, or change one?", KEY.down);
    await t.answer("Company", "", KEY.ctrlC);
    await t.waitFor("nothing from the unfinished step was");
    expect(await t.exited).toBe(130);
    expect(json(await runCli(["interviews", "--json"], { home }))).toEqual([]);
  }, 90_000);
});
