import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CALENDAR_FIXTURES } from "../../calendar/read-fixture.js";
import { json, runCli } from "../../helpers/cli.js";
import { tempHome } from "../../helpers/temp-home.js";
import { KEY, Terminal } from "../../helpers/terminal.js";

const NOW = "2026-11-01T12:00:00Z";
const INVITE = join(CALENDAR_FIXTURES, "eml/teams-meeting-request-outlook-finnish.eml");

const terminals: Terminal[] = [];
afterEach(() => terminals.splice(0).forEach((t) => t.kill()));

async function homeWithInvite(): Promise<string> {
  const home = tempHome();
  const profile = join(home, "profile.yaml");
  writeFileSync(
    profile,
    "name: Jordan Rivera\nemail: jordan@example.com\ntimeZone: Europe/Berlin\n",
  );
  expect((await runCli(["profile", profile], { home })).code).toBe(0);
  expect((await runCli(["import", INVITE], { home, now: NOW })).code).toBe(0);
  return home;
}

describe("adding what was discussed at a terminal", () => {
  it("completes an imported invite: company, each person's topics, concerns, questions, promises, next steps", async () => {
    const home = await homeWithInvite();
    const [invite] = json<{ interviewers: { name: string }[] }[]>(
      await runCli(["interviews", "--json"], { home }),
    );
    const [first, second, third] = invite!.interviewers.map((person) => person.name);
    const t = new Terminal(["--home", home], { AFTERWORD_NOW: NOW });
    terminals.push(t);
    await t.answer("What would you like to do?", KEY.down.repeat(2));
    await t.answer("Add what was discussed to which interview?", "");
    // An invite names neither: asked first.
    await t.answer("Company", "Contoso");
    await t.answer("Position", "Platform Engineer");
    await t.answer(`What did you talk about with ${first}?`, "the move to managed Kubernetes");
    await t.answer(`Anything else you talked about with ${first}?`, "");
    await t.answer(`What did you talk about with ${second}?`, "");
    await t.answer(`What did you talk about with ${third}?`, "the on-call rotation");
    await t.answer(`Anything else you talked about with ${third}?`, "");
    await t.answer("A concern they raised", "my limited Azure experience");
    await t.answer("Your answer to it", "I passed the AZ-104 exam last month.");
    // Offered: each person, then "Everyone / not sure" (chosen at first).
    await t.answer("Who raised it?", KEY.up.repeat(3));
    await t.answer("Another concern?", "");
    await t.answer("A question you could not fully answer", "how I would plan failover");
    await t.answer("Your fuller answer now", "");
    await t.answer("Who asked it?", KEY.up.repeat(2));
    await t.answer("Another question?", "");
    await t.answer("Something you promised to send", "my architecture diagram");
    await t.answer("Its link", "");
    await t.answer("Who did you promise it to?", "");
    await t.answer("Anything else you promised?", "");
    await t.answer("What happens next", "They decide by Friday.");
    await t.waitFor("Company: Contoso");
    await t.waitFor(
      `Concerns: my limited Azure experience · I passed the AZ-104 exam last month. · (${first})`,
    );
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Interview 1 updated.");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);
    expect(t.output).toMatch(/1: "Teams meeting" · .* · needs details/);

    const [interview] = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(interview).toMatchObject({
      company: "Contoso",
      position: "Platform Engineer",
      needsDetails: false,
      interviewers: [
        { name: first, discussed: ["the move to managed Kubernetes"] },
        { name: second, discussed: [] },
        { name: third, discussed: ["the on-call rotation"] },
      ],
      concerns: [
        {
          concern: "my limited Azure experience",
          response: "I passed the AZ-104 exam last month.",
          raisedBy: first,
        },
      ],
      unanswered: [{ question: "how I would plan failover", answer: null, raisedBy: second }],
      promised: [{ what: "my architecture diagram", url: null, raisedBy: null }],
      nextSteps: "They decide by Friday.",
    });
    // The invite's own facts stay as they were.
    expect(interview).toMatchObject({ start: expect.any(String), invite: expect.any(Object) });
  }, 90_000);

  it("starts from what is stored, so a second visit adds without losing the first", async () => {
    const home = await homeWithInvite();
    await runCli(["details", "1", "--company", "Contoso", "--position", "Platform Engineer"], {
      home,
      now: NOW,
    });
    const t = new Terminal(["--home", home], { AFTERWORD_NOW: NOW });
    terminals.push(t);
    await t.answer("What would you like to do?", KEY.down.repeat(2));
    await t.answer("Add what was discussed to which interview?", "");
    await t.answer("What did you talk about with", "the move to managed Kubernetes");
    await t.answer("Anything else you talked about", "");
    await t.answer("What did you talk about with", "");
    await t.answer("What did you talk about with", "");
    await t.answer("A concern they raised", "my limited Azure experience");
    await t.answer("Your answer to it", "");
    await t.answer("Who raised it?", "");
    await t.answer("Another concern?", "");
    await t.answer("A question you could not fully answer", "");
    await t.answer("Something you promised to send", "");
    await t.answer("What happens next", "");
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Interview 1 updated.");

    // Again: the stored entries come back as they were; Enter keeps each.
    await t.answer("What would you like to do?", KEY.down.repeat(2));
    await t.answer("Add what was discussed to which interview?", "");
    await t.answer("What did you talk about with", "");
    await t.answer("Anything else you talked about", "the team's release cadence");
    await t.answer("Anything else you talked about", "");
    await t.answer("What did you talk about with", "");
    await t.answer("What did you talk about with", "");
    await t.answer("A concern they raised (empty it to drop it)", "");
    await t.answer("Your answer to it", "I have run AKS clusters since.");
    await t.answer("Who raised it?", "");
    await t.answer("Another concern?", "");
    await t.answer("A question you could not fully answer", "");
    await t.answer("Something you promised to send", "");
    await t.answer("What happens next", "");
    await t.answer("Save these answers, or change one?", "");
    await t.waitFor("Interview 1 updated.");
    await t.answer("What would you like to do?", KEY.down.repeat(7));
    expect(await t.exited).toBe(0);

    const [interview] = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(interview).toMatchObject({
      company: "Contoso",
      concerns: [
        {
          concern: "my limited Azure experience",
          response: "I have run AKS clusters since.",
          raisedBy: null,
        },
      ],
    });
    const people = interview!.interviewers as { discussed: string[] }[];
    expect(people[0]!.discussed).toEqual([
      "the move to managed Kubernetes",
      "the team's release cadence",
    ]);
  }, 90_000);
});
