import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkMessage, loadCheckContext } from "../../../src/app/drafts/check.js";
import type { AppContext } from "../../../src/app/context.js";
import { addWords } from "../../../src/app/drafts/dictionary.js";
import { importRecordText } from "../../../src/app/interviews/import-records.js";
import { setProfileFromFile } from "../../../src/app/setup/profile.js";
import { runRules } from "../../../src/core/check/index.js";
import { openSqliteStore } from "../../../src/store/store.js";
import { tempHome } from "../../helpers/temp-home.js";
import { contextFor } from "../../helpers/context.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "check");
const NOTE = readFileSync(join(FIXTURES, "thank-you-dana.txt"), "utf8");

let ctx: AppContext;

beforeEach(async () => {
  const home = tempHome();
  ctx = contextFor(home, await openSqliteStore(home), DateTime.fromISO("2026-11-18T15:00:00Z"));
  expect((await setProfileFromFile(ctx, join(FIXTURES, "profile.yaml"))).ok).toBe(true);
  const imported = await importRecordText(
    ctx,
    "interviews.yaml",
    readFileSync(join(FIXTURES, "interviews.yaml"), "utf8"),
    "yaml",
  );
  expect(imported.created).toEqual([1, 2]);
});

afterEach(async () => {
  await ctx.store.close();
});

async function ruleFindings(text: string, request: Parameters<typeof loadCheckContext>[1]) {
  const loaded = await loadCheckContext(ctx, request);
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  return runRules(text, loaded.value.context).map((f) => [f.rule, text.slice(f.start, f.end)]);
}

describe("wrong facts against the store", () => {
  it("a good note for one interview has no findings", async () => {
    expect(await ruleFindings(NOTE, { interviewId: 1, to: "Dana Whitfield" })).toEqual([]);
  });

  it("names the other interview's company and person as copy-paste slips", async () => {
    const pasted = NOTE.replace("at Northbridge Analytics", "at Brightwater Capital").replace(
      "with your team",
      "with your team and Rahul Mehta",
    );
    expect(await ruleFindings(pasted, { interviewId: 1, to: "Dana" })).toEqual(
      expect.arrayContaining([
        ["fact.company", "Brightwater Capital"],
        ["fact.person", "Rahul Mehta"],
      ]),
    );
  });

  it("the same names are right in a note about the other interview", async () => {
    const note = NOTE.replace("Dear Dana,", "Dear Rahul,")
      .replace(
        "the Senior Data Engineer role at Northbridge Analytics",
        "the role at Brightwater Capital",
      )
      .replace("the nightly batch jobs to streaming with Kafka", "the nightly value-at-risk runs");
    const facts = async (text: string) =>
      (await ruleFindings(text, { interviewId: 2, to: "Rahul Mehta" })).filter(([rule]) =>
        rule!.startsWith("fact."),
      );
    expect(await facts(note)).toEqual([]);
    expect(
      await facts(note.replace("with your team", "with the Northbridge Analytics team")),
    ).toEqual([["fact.company", "Northbridge Analytics"]]);
  });

  it("names a greeting to someone from the other interview", async () => {
    const note = NOTE.replace("Dear Dana,", "Dear Rahul,");
    expect(await ruleFindings(note, { interviewId: 1 })).toContainEqual(["fact.greeting", "Rahul"]);
  });

  it("finds the interview from the recipient's name", async () => {
    const loaded = await loadCheckContext(ctx, { to: "Priya" });
    expect(loaded.ok && loaded.value.checkedAs).toMatchObject({
      interviewId: 1,
      recipient: "Priya Raman",
      interviewInferred: true,
    });
  });

  it("takes the recipient's name as typed before one that differs only by an accent", async () => {
    const twins = [
      "company: Lakeside Clinic",
      "position: Data Analyst",
      "start: 2026-11-17T10:00",
      "timeZone: America/Chicago",
      "interviewers:",
      "  - name: Zoë Martin",
      "  - name: Zoe Martin",
    ].join("\n");
    const imported = await importRecordText(ctx, "twins.yaml", twins, "yaml");
    const id = imported.created[0]!;
    for (const name of ["Zoe Martin", "Zoë Martin"]) {
      const loaded = await loadCheckContext(ctx, { interviewId: id, to: name });
      expect(loaded.ok && loaded.value.checkedAs.recipient).toBe(name);
    }
  });

  it("refuses an interview that does not exist, or a recipient who was not there", async () => {
    const missing = await loadCheckContext(ctx, { interviewId: 9 });
    expect(!missing.ok && missing.errors[0]!.message).toMatch(/no interview 9/);
    const stranger = await loadCheckContext(ctx, { interviewId: 1, to: "Rahul Mehta" });
    expect(!stranger.ok && stranger.errors[0]!.message).toMatch(
      /No one among the interviewers of interview 1 is called "Rahul Mehta"; they are Dana Whitfield, Priya Raman/,
    );
  });
});

describe("checkMessage", () => {
  it("checks spelling with the personal dictionary and the record's words", async () => {
    const note = NOTE.replace("my replay tooling", "my Dagsterr replay tooling");
    const before = await checkMessage(ctx, { text: note, interviewId: 1, to: "Dana", quick: true });
    expect(before.ok && before.value.findings.map((f) => f.rule)).toEqual(["spelling.name"]);
    expect((await addWords(ctx, ["Dagsterr"])).ok).toBe(true);
    const after = await checkMessage(ctx, { text: note, interviewId: 1, to: "Dana", quick: true });
    expect(after.ok && after.value).toMatchObject({ findings: [], engine: "nspell" });
  });
});
