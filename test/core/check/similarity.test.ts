import { describe, expect, it } from "vitest";
import { findNearCopies, NEAR_COPY_THRESHOLD, runRules } from "../../../src/core/check/index.js";
import { danaContext, GOOD_NOTE, withChange } from "../../helpers/check-context.js";

describe("panel.near-copy", () => {
  const priya = withChange("Dear Dana,", "Dear Priya,");

  it("fires when a note shares half its trigrams with a note to another interviewer", () => {
    const context = danaContext({ siblings: [{ to: "Priya Raman", text: priya }] });
    const [finding] = runRules(GOOD_NOTE, context).filter((f) => f.rule === "panel.near-copy");
    expect(finding).toMatchObject({ severity: "error" });
    expect(finding!.message).toContain("Priya Raman");
  });

  it("ignores greeting and signature, which differ or match in every panel's notes", () => {
    expect(findNearCopies(GOOD_NOTE, [{ text: priya }])[0]?.similarity).toBe(1);
  });

  it("stays quiet on notes that only share the usual phrases", () => {
    const other = `Dear Priya,\n\nThank you for the technical session. The schema review checklist you walked me through is more thorough than anything I have used, and the backfill plan was a great puzzle.\n\nBest regards,\nJordan Rivera`;
    expect(findNearCopies(GOOD_NOTE, [{ text: other }])).toEqual([]);
    expect(NEAR_COPY_THRESHOLD).toBe(0.5);
  });
});
