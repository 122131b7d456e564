import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import type { AppContext } from "../../../src/app/context.js";
import { draftMessages, listDrafts, saveDraftEdit } from "../../../src/app/drafts/draft.js";
import { findingsByPart, recheckDraft } from "../../../src/app/drafts/draft-check.js";
import { importRecordText } from "../../../src/app/interviews/import-records.js";
import { setProfileFromFile } from "../../../src/app/setup/profile.js";
import { openSqliteStore } from "../../../src/store/store.js";
import { tempHome } from "../../helpers/temp-home.js";
import { contextFor } from "../../helpers/context.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "check");
const contexts: AppContext[] = [];

afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.store.close();
});

/** Two interviews at two companies; the day after the Northbridge one. */
async function context(): Promise<AppContext> {
  const home = tempHome();
  const ctx = contextFor(
    home,
    await openSqliteStore(home),
    DateTime.fromISO("2026-11-18T15:00:00Z"),
  );
  contexts.push(ctx);
  expect((await setProfileFromFile(ctx, join(FIXTURES, "profile.yaml"))).ok).toBe(true);
  const text = readFileSync(join(FIXTURES, "interviews.yaml"), "utf8");
  expect((await importRecordText(ctx, "interviews.yaml", text, "yaml")).created).toEqual([1, 2]);
  return ctx;
}

describe("drafts carry the proofreader's findings", () => {
  it("checks every draft on creation, and the composer's notes have no errors", async () => {
    const ctx = await context();
    const drafted = await draftMessages(ctx, { interviewId: 1 });
    if (!drafted.ok) throw new Error(drafted.errors[0]!.message);
    expect(drafted.value.length).toBeGreaterThan(1);
    for (const { draft } of drafted.value) {
      expect(draft.checkedAt).toBe("2026-11-18T15:00:00.000Z");
      expect(draft.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    }
    expect((await listDrafts(ctx, 1)).every((draft) => draft.checkedAt !== null)).toBe(true);
  });

  it("re-checks an edited draft, with findings placed in its body", async () => {
    const ctx = await context();
    const drafted = await draftMessages(ctx, { interviewId: 1, to: "Dana" });
    if (!drafted.ok) throw new Error(drafted.errors[0]!.message);
    const draft = drafted.value[0]!.draft;
    const body = `${draft.body}\n\nP.S. I would love to join Brightwater Capital ASAP!!`;
    const edited = await saveDraftEdit(ctx, draft.id, { subject: draft.subject, body });
    if (!edited.ok) throw new Error(edited.errors[0]!.message);
    const placed = findingsByPart(edited.value.draft);
    const wrong = placed.find((finding) => finding.rule === "fact.company")!;
    expect(wrong).toMatchObject({ part: "body", text: "Brightwater Capital" });
    expect(body.slice(wrong.start, wrong.end)).toBe("Brightwater Capital");
    expect(placed.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(["tone.pushy", "tone.exclamation"]),
    );
  });

  it("finds two panel notes that are near-copies of each other", async () => {
    const ctx = await context();
    const drafted = await draftMessages(ctx, { interviewId: 1 });
    if (!drafted.ok) throw new Error(drafted.errors[0]!.message);
    const [dana, priya] = drafted.value.map((outcome) => outcome.draft);
    const copied = dana!.body.replace(/^(Dear|Hi|Hello) [^,\n]+,/, "Dear Priya,");
    const edited = await saveDraftEdit(ctx, priya!.id, { subject: dana!.subject, body: copied });
    if (!edited.ok) throw new Error(edited.errors[0]!.message);
    expect(edited.value.draft.findings.map((finding) => finding.rule)).toContain("panel.near-copy");
  });

  it("re-checks a stored draft at a later moment", async () => {
    const ctx = await context();
    const drafted = await draftMessages(ctx, { interviewId: 1, to: "Dana" });
    if (!drafted.ok) throw new Error(drafted.errors[0]!.message);
    const later = { ...ctx, now: DateTime.fromISO("2026-11-21T15:00:00Z") };
    const rechecked = await recheckDraft(later, drafted.value[0]!.draft);
    expect(rechecked.checkedAt).toBe("2026-11-21T15:00:00.000Z");
    expect(rechecked.findings.map((finding) => finding.rule)).toContain("timing.missed");
  });
});
