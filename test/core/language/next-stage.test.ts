import { describe, expect, it } from "vitest";
import { nextStages } from "../../../src/core/language/next-stage.js";

describe("what may come before a decision", () => {
  it.each([
    [
      "Gary reckons they'll decide before xmas shutdown, might ask me back for a trial shift",
      "a trial shift",
    ],
    [
      "renata said she'd have an answer by end of next week, maybe a paid test project first",
      "a paid test project",
    ],
    ["next round is a take-home, the recruiter will send it this week", "a take-home task"],
    [
      "LaShonda said finalists get a short writing exercise, she'll send it by monday",
      "a short writing exercise",
    ],
  ])("%s: %s", (said, what) => {
    expect(nextStages(said)[0]).toMatchObject({ kind: "try-out", what });
  });

  it.each([
    [
      "Sasha said 2nd interview in person w/ the director of sales, she'll send times by friday",
      "a second interview with the director of sales",
    ],
    [
      "Hector said final round is onsite w/ the CISO, they'll schedule it by end of next week",
      "the final round with the CISO",
    ],
    [
      "there'd be a second interview with the other director (Padraig) prob first week of dec",
      "a second interview with Padraig",
    ],
    [
      "we'll come back to you by the 4th, probably want you back in to meet the GM",
      "a meeting with the GM",
    ],
  ])("%s: %s", (said, what) => {
    expect(nextStages(said)).toContainEqual({ kind: "round", what });
  });

  it("tells a try-out that comes next from one that may", () => {
    expect(nextStages("test task next: they send a mock CRF")[0]).toMatchObject({ settled: true });
    expect(nextStages("might ask me back for a trial shift")[0]).toMatchObject({ settled: false });
  });

  it("reads references taken up, and nothing once the answer has come", () => {
    expect(nextStages("Monica said they'll decide by the 20th, references after that")).toEqual([
      { kind: "references", asked: false },
    ]);
    // Asked for, they are the candidate's to send.
    for (const asked of [
      "seamus will ring by friday. he wants 2 references first, send them to him tmrw",
      "email her my referees by monday",
    ]) {
      expect(nextStages(asked)).toEqual([{ kind: "references", asked: true }]);
    }
    expect(
      nextStages("Tom rang, not selected. might ask me back for a trial shift in March"),
    ).toEqual([]);
  });

  it("reads no stage that is someone else's, or none at all", () => {
    expect(nextStages("Tahlia has one more trade test on monday, she'll text me by wed")).toEqual(
      [],
    );
    expect(nextStages("she'll let me know by Friday")).toEqual([]);
  });
});

describe("an invitation to shadow", () => {
  it("reads half a day of shadowing as a try-out the candidate may take up", () => {
    expect(
      nextStages("he'd like me to come shadow for half a day next week if I'm keen")[0],
    ).toEqual({ kind: "try-out", what: "half a day of shadowing", settled: false });
  });
});
