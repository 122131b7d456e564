import { describe, expect, it } from "vitest";
import { subjectsOf } from "../../../src/core/plan/additional-info.js";
import { interview, item, plan, wall } from "./fixtures.js";

const ID = "3.additional-info.email.dana-whitfield";
const concern = { concern: "my limited Go experience", response: null };
const question = { question: "how I would shard the scheduler", answer: null };
const promise = { what: "the load-testing write-up", url: null };

describe("additional information", () => {
  it("is planned only when the record holds a concern, an open question or promised material", () => {
    const none = plan(interview({ end: "2026-11-18T15:00" }), { now: "2026-11-18T00:00Z" });
    expect(none.some((m) => m.kind === "additional-info")).toBe(false);
    for (const extra of [
      { concerns: [concern] },
      { unanswered: [question] },
      { promised: [promise] },
    ]) {
      const items = plan(interview({ end: "2026-11-18T15:00", ...extra }), {
        now: "2026-11-18T00:00Z",
      });
      expect(items.filter((m) => m.kind === "additional-info")).toHaveLength(1);
    }
  });

  it("falls in working hours a day after the interview, with 3 calendar days as the deadline", () => {
    const subject = interview({ end: "2026-11-20T15:00", concerns: [concern] });
    const message = item(plan(subject, { now: "2026-11-20T00:00Z" }), ID);
    expect(message.dueAt).toBe("2026-11-23T08:00:00-06:00");
    expect(message.deadline).toBe("2026-11-23T15:00:00-06:00");
  });

  const moments = [
    { now: "2026-11-19T09:00", state: "upcoming" },
    { now: "2026-11-19T15:00", state: "due" },
    { now: "2026-11-21T14:59", state: "due" },
    { now: "2026-11-21T15:00", state: "missed" },
  ];
  it.each(moments)("at $now it is $state", ({ now, state }) => {
    const subject = interview({ end: "2026-11-18T15:00", promised: [promise] });
    expect(item(plan(subject, { now: wall(now, "America/Chicago") }), ID).state).toBe(state);
  });

  it("says what the message carries", () => {
    expect(subjectsOf(interview({ end: "2026-11-18T15:00", concerns: [concern] }))).toBe(
      "a concern",
    );
    expect(
      subjectsOf(
        interview({
          end: "2026-11-18T15:00",
          concerns: [concern, concern],
          unanswered: [question],
          promised: [promise],
        }),
      ),
    ).toBe("2 concerns, an unanswered question and something you promised to send");
  });
});
