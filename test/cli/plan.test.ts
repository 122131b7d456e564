import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { AgendaItem } from "../../src/core/plan/agenda.js";
import type { PlannedMessage } from "../../src/core/plan/planned-message.js";
import { json, runCli, type CliResult } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const RECORDS = join(import.meta.dirname, "..", "fixtures", "records");
const THANKS = "1.thank-you.email.dana-whitfield";
const EXTRA = "1.additional-info.email.dana-whitfield";
const FOLLOW_UP = "1.status-follow-up.email.dana-whitfield.1";

let home: string;
const cli = (args: string[], now?: string): Promise<CliResult> =>
  runCli(args, { home, ...(now ? { now } : {}) });

async function states(now: string): Promise<Record<string, string>> {
  const result = await cli(["plan", "1", "--json"], now);
  expect(result.code).toBe(0);
  return Object.fromEntries(json<PlannedMessage[]>(result).map((m) => [m.id, m.state]));
}

beforeEach(async () => {
  home = tempHome();
  expect((await cli(["profile", join(RECORDS, "profile.yaml")])).code).toBe(0);
  // Acme: Friday 20 Nov 2026, 14:00–15:30 in Chicago; decision expected by 1 Dec.
  expect((await cli(["import", join(RECORDS, "acme-onsite.yaml")])).code).toBe(0);
});

describe("afterword plan and agenda through the day", () => {
  const moments = [
    { now: "2026-11-20T22:00Z", expect: { [THANKS]: "upcoming", [EXTRA]: "upcoming" } },
    { now: "2026-11-20T23:30Z", expect: { [THANKS]: "due" } },
    { now: "2026-11-21T21:29Z", expect: { [THANKS]: "due" } },
    { now: "2026-11-21T21:30Z", expect: { [THANKS]: "late", [EXTRA]: "upcoming" } },
    { now: "2026-11-22T21:29Z", expect: { [THANKS]: "late" } },
    { now: "2026-11-22T21:30Z", expect: { [THANKS]: "missed", [EXTRA]: "upcoming" } },
    { now: "2026-11-23T15:00Z", expect: { [EXTRA]: "due", [FOLLOW_UP]: "upcoming" } },
    { now: "2026-11-23T21:30Z", expect: { [EXTRA]: "missed" } },
    { now: "2026-12-03T14:59Z", expect: { [FOLLOW_UP]: "upcoming" } },
    { now: "2026-12-03T15:00Z", expect: { [FOLLOW_UP]: "due" } },
  ];

  it.each(moments)("at $now", async ({ now, expect: expected }) => {
    expect(await states(now)).toMatchObject(expected);
  });

  it("prints the plan for a person, with reasons and ids", async () => {
    const result = await cli(["plan", "1"], "2026-11-21T00:00Z");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Acme Robotics: Senior Backend Engineer (interview 1)");
    expect(result.stdout).toContain("Times are in America/New_York.");
    expect(result.stdout).toMatch(/due {9}Thank-you e-mail to Dana Whitfield/);
    expect(result.stdout).toContain("deadline Sat 21 Nov 2026, 16:30 EST");
    expect(result.stdout).toContain(`id ${THANKS}`);
  });

  it("refuses a plan for an interview that does not exist", async () => {
    const result = await cli(["plan", "7", "--json"], "2026-11-21T00:00Z");
    expect(result.code).toBe(1);
    expect(json(result)).toBeNull();
    expect(result.stderr).toContain("There is no interview 7");
    expect((await cli(["plan", "seven"])).code).toBe(2);
  });

  it("lists the agenda as JSON, most urgent first, each item with its company", async () => {
    const items = json<AgendaItem[]>(await cli(["agenda", "--json"], "2026-11-21T22:00Z"));
    expect(items.map((m) => [m.id, m.state, m.group])).toEqual([
      [THANKS, "late", "now"],
      [EXTRA, "upcoming", "this-week"],
      [FOLLOW_UP, "upcoming", "later"],
    ]);
    expect(items[0]).toMatchObject({ interviewId: 1, company: "Acme Robotics" });
    // A video call to someone with an address: the e-mail alone, no card.
    expect(items[0]!.channels).toEqual([
      expect.objectContaining({ channel: "email", id: THANKS, state: "late" }),
    ]);
  });

  it("groups the human agenda and shows the command that drafts each message", async () => {
    const result = await cli(["agenda"], "2026-11-20T22:00Z");
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text).toContain("Your agenda for the next 14 days (times in America/New_York");
    expect(text).toContain("\nToday\n");
    expect(text.indexOf("\nToday\n")).toBeLessThan(text.indexOf("\nThis week\n"));
    expect(text.indexOf("\nThis week\n")).toBeLessThan(text.indexOf("\nFurther ahead\n"));
    expect(text).toContain("draft: afterword draft 1 --kind thank-you --to 'Dana Whitfield'\n");
    expect(text).not.toContain("--channel card");
    const missed = (await cli(["agenda"], "2026-11-23T22:00Z")).stdout;
    expect(missed).toContain("Missed (the window has closed)");
  });

  it("looks as far ahead as --days says, and refuses a bad number", async () => {
    const week = json<AgendaItem[]>(
      await cli(["agenda", "--json", "--days", "3"], "2026-11-20T22:00Z"),
    );
    expect(week.map((m) => m.id)).not.toContain(FOLLOW_UP);
    const bad = await cli(["agenda", "--days", "soon"], "2026-11-20T22:00Z");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--days must be a whole number of days such as 14");
  });

  it("says when nothing needs the candidate", async () => {
    const empty = tempHome();
    const result = await runCli(["agenda"], { home: empty, now: "2026-11-20T22:00Z" });
    expect(result.stdout).toContain("Nothing needs you");
  });
});

describe("one entry per person and message, the channels inside", () => {
  const now = "2026-11-21T15:00Z";
  /** The same interview, met in person: a card is offered beside the e-mail. */
  async function importOnsite(): Promise<void> {
    const record = readFileSync(join(RECORDS, "acme-onsite.yaml"), "utf8")
      .replace("format: video", "format: onsite")
      .replace("company: Acme Robotics", "company: Initech");
    const file = join(home, "initech-onsite.yaml");
    writeFileSync(file, record);
    expect((await cli(["import", file])).code).toBe(0);
  }
  const ONSITE_THANKS = "2.thank-you.email.dana-whitfield";
  const ONSITE_CARD = "2.thank-you.card.dana-whitfield";

  it("lists a thank-you once, with e-mail and card as choices", async () => {
    await importOnsite();
    const items = json<AgendaItem[]>(await cli(["agenda", "--json"], now));
    const thanks = items.filter((m) => m.interviewId === 2 && m.kind === "thank-you");
    expect(thanks).toHaveLength(1);
    expect(thanks[0]).toMatchObject({ id: ONSITE_THANKS, channel: "email", state: "due" });
    expect(thanks[0]!.channels.map((c) => [c.channel, c.id, c.state])).toEqual([
      ["email", ONSITE_THANKS, "due"],
      ["card", ONSITE_CARD, "due"],
    ]);

    const text = (await cli(["agenda"], now)).stdout;
    expect(text.match(/Thank-you to Dana Whitfield, Initech/g)).toHaveLength(1);
    expect(text).toContain("e-mail: afterword draft 2 --kind thank-you --to 'Dana Whitfield'\n");
    expect(text).toContain(
      "card:   afterword draft 2 --kind thank-you --to 'Dana Whitfield' --channel card",
    );

    const plan = await cli(["plan", "2"], now);
    expect(plan.stdout.match(/Thank-you to Dana Whitfield/g)).toHaveLength(1);
    expect(plan.stdout).toContain(`by e-mail (due) or card (due, id ${ONSITE_CARD})`);
    const entries = json<AgendaItem[]>(await cli(["plan", "2", "--json"], now));
    expect(entries.filter((m) => m.kind === "thank-you").map((m) => m.channels.length)).toEqual([
      2,
    ]);
  });

  it("settles the entry once the e-mail went, keeping the card as a choice in the plan", async () => {
    await importOnsite();
    const sent = await cli(["sent", "2", "--kind", "thank-you", "--to", "Dana"], now);
    expect(sent.code).toBe(0);
    const items = json<AgendaItem[]>(await cli(["agenda", "--json"], now));
    expect(items.some((m) => m.interviewId === 2 && m.kind === "thank-you")).toBe(false);
    const plan = (await cli(["plan", "2"], now)).stdout;
    expect(plan).toMatch(/done {8}Thank-you to Dana Whitfield/);
    expect(plan).toContain("by e-mail (sent Sat 21 Nov 2026, 10:00 EST) or card (due");

    const card = await cli(
      ["sent", "2", "--kind", "thank-you", "--to", "Dana", "--channel", "card"],
      now,
    );
    expect(card.stdout).toContain("Recorded a thank-you (card) sent to Dana Whitfield");
  });

  it("keeps the card out when the profile says never", async () => {
    const profile = readFileSync(join(RECORDS, "profile.yaml"), "utf8");
    const file = join(home, "profile-no-cards.yaml");
    writeFileSync(file, `${profile.trimEnd()}\ncards: never\n`);
    expect((await cli(["profile", file])).code).toBe(0);
    await importOnsite();
    const items = json<AgendaItem[]>(await cli(["agenda", "--json"], now));
    const thanks = items.find((m) => m.interviewId === 2 && m.kind === "thank-you");
    expect(thanks!.channels.map((c) => c.channel)).toEqual(["email"]);
  });
});

describe("recording what happened", () => {
  it("sent marks the message done, reading --at in the profile's zone", async () => {
    const now = "2026-11-21T15:00Z";
    const result = await cli(
      ["sent", "1", "--kind", "thank-you", "--to", "Dana", "--at", "2026-11-20T19:10", "--json"],
      now,
    );
    expect(result.code).toBe(0);
    expect(json(result)).toMatchObject({
      event: {
        type: "sent",
        to: "Dana Whitfield",
        channel: "email",
        at: "2026-11-20T18:10:00-06:00",
      },
      changes: [{ id: THANKS, before: "due", after: "done" }],
    });
    expect(await states(now)).toMatchObject({ [THANKS]: "done" });
  });

  it("reads a time as typed in the profile's zone and says how it read it", async () => {
    const now = "2026-11-21T15:00Z";
    const result = await cli(
      ["sent", "1", "--kind", "thank-you", "--to", "Dana", "--at", "yesterday 7:10pm"],
      now,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'note: read "yesterday 7:10pm" as Fri 20 Nov 2026, 19:10 (America/New_York)',
    );
    expect(await states(now)).toMatchObject({ [THANKS]: "done" });
  });

  it("reply stops the follow-ups", async () => {
    const now = "2026-11-30T15:00Z";
    const result = await cli(
      ["reply", "1", "--from", "Dana Whitfield", "--at", "2026-11-30T09:00"],
      now,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Recorded a reply from Dana Whitfield on Mon 30 Nov 2026, 09:00 EST.",
    );
    expect(result.stdout).toContain(
      "cancelled Status follow-up 1 of 2 to Dana Whitfield (was upcoming)",
    );
    const after = await states("2026-12-10T15:00Z");
    expect(after[FOLLOW_UP]).toBe("cancelled");
  });

  it("outcome rejected plans the reply to it within 48 hours", async () => {
    const result = await cli(
      ["outcome", "1", "rejected", "--at", "2026-11-24T10:00", "--json"],
      "2026-11-24T17:30Z",
    );
    expect(result.code).toBe(0);
    const plan = json<{ plan: PlannedMessage[] }>(result).plan;
    const reply = plan.find((m) => m.kind === "rejection-reply");
    expect(reply).toMatchObject({ state: "due", deadline: "2026-11-26T09:00:00-06:00" });
    expect(plan.find((m) => m.id === FOLLOW_UP)?.state).toBe("cancelled");
    const wrong = await cli(["outcome", "1", "ghosted"], "2026-11-24T16:00Z");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Allowed choices are rejected, offer, withdrawn, hired");
  });

  it("snooze brings a message back later", async () => {
    const now = "2026-11-21T00:00Z";
    const result = await cli(["snooze", THANKS, "--until", "2026-11-21T08:00"], now);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Recorded a snooze of ${THANKS} until Sat 21 Nov 2026, 08:00 EST.`,
    );
    expect((await states(now))[THANKS]).toBe("upcoming");
    expect((await states("2026-11-21T13:00Z"))[THANKS]).toBe("due");
  });

  it("refuses what cannot be right, writing nothing", async () => {
    const now = "2026-11-21T00:00Z";
    const badTime = await cli(["reply", "1", "--at", "next tuesday"], now);
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toContain(
      'afterword: --at: "next tuesday" has no time of day: add one, such as "next tuesday 9am".',
    );
    const future = await cli(["sent", "1", "--kind", "thank-you", "--at", "2026-11-25T10:00"], now);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain("later than now");
    const stranger = await cli(["sent", "1", "--kind", "thank-you", "--to", "Sam", "--json"], now);
    expect(stranger.code).toBe(1);
    expect(json(stranger)).toMatchObject({ errors: [{ code: "unknown-recipient", field: "to" }] });
    const notAnItem = await cli(["snooze", "thank-you", "--until", "2026-11-23T09:00"], now);
    expect(notAnItem.code).toBe(2);
    expect(notAnItem.stderr).toContain("is not a planned message's id");
    const noUntil = await cli(["snooze", THANKS], now);
    expect(noUntil.code).toBe(2);
    const noKind = await cli(["sent", "1"], now);
    expect(noKind.code).toBe(2);
    expect((await states(now))[THANKS]).toBe("due");
  });
});
