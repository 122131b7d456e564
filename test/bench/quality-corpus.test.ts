import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readNote } from "../../bench/quality/blind.js";
import { loadQualityRecords, QUALITY, readInterview } from "../../bench/quality/corpus.js";
import { parse } from "yaml";
import { checkContext, runRules } from "../../src/core/check/index.js";
import { profileSchema } from "../../src/core/record/profile.js";

/** The rules written for what slotted notes read like: a careful person's note never fires them. */
const SENTENCE_SHAPE = /^(?:wording\.|tone\.casual-title$|claim\.)/;

describe("the quality corpus", () => {
  const records = loadQualityRecords();

  it("holds at least 45 records under the import contract, sparse ones and panels of five", () => {
    expect(records.length).toBeGreaterThanOrEqual(45);
    const sizes = records.map((record) => record.interview.interviewers.length);
    expect(sizes).toContain(1);
    expect(Math.max(...sizes)).toBe(5);
  });

  it("names an interviewer of the record in every raisedBy", () => {
    for (const { name, interview } of records) {
      const people = interview.interviewers.map((person) => person.name);
      for (const entry of [...interview.concerns, ...interview.unanswered, ...interview.promised]) {
        if (entry.raisedBy) expect(people, name).toContain(entry.raisedBy);
      }
    }
  });
});

const KITS = [
  "blind",
  "blind-held-out",
  "blind-unseen",
  "blind-everyday",
  "blind-fifth",
  "blind-sixth",
  "blind-seventh",
  "blind-eighth",
  "blind-ninth",
  "blind-tenth",
  "blind-eleventh",
  "blind-twelfth",
  "blind-thirteenth",
];

describe.each(KITS)("the blind comparison kit %s", (kit) => {
  const folders = readdirSync(join(QUALITY, kit), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it("holds notes, each with its source", () => {
    expect(folders.length).toBeGreaterThanOrEqual(kit === "blind" ? 20 : 10);
    for (const folder of folders) {
      expect(readNote(join(QUALITY, kit, folder, "note.txt")).header.source).toBeTruthy();
    }
  });

  // The person's note, read by the proofreader: a good writer's sentence is never flagged.
  it.each(folders)("gets no sentence-shape finding on the person's note %s", (folder) => {
    const at = join(QUALITY, kit, folder);
    const { header, text } = readNote(join(at, "note.txt"));
    const profile = profileSchema.parse(parse(readFileSync(join(at, "profile.yaml"), "utf8")));
    const context = checkContext({
      interview: readInterview(join(at, "record.yaml"), profile, 1),
      profile,
      kind: header.kind,
      channel: header.channel,
      recipient: { name: header.to },
      now: header.writtenAt,
    });
    const fired = runRules(text, context).filter((finding) => SENTENCE_SHAPE.test(finding.rule));
    expect(
      fired.map((finding) => `${finding.rule}: ${text.slice(finding.start, finding.end)}`),
    ).toEqual([]);
  });
});
