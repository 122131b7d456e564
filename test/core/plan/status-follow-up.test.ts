import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { LEE, interview, item, plan, wall } from "./fixtures.js";

const FIRST = "3.status-follow-up.email.dana-whitfield.1";
const SECOND = "3.status-follow-up.email.dana-whitfield.2";
const CHICAGO = "America/Chicago";

function followUpSent(at: string): HistoryEvent {
  return { type: "sent", kind: "status-follow-up", channel: "email", to: "Dana Whitfield", at };
}

describe("status follow-up timing", () => {
  const cases = [
    {
      name: "7 calendar days after the end, at the same wall time",
      end: "2026-11-16T15:00",
      decisionBy: null,
      dueAt: "2026-11-23T15:00:00-06:00",
    },
    {
      name: "across the fall-back change the wall time holds (169 elapsed hours)",
      end: "2026-10-28T15:00",
      decisionBy: null,
      dueAt: "2026-11-04T15:00:00-06:00",
    },
    {
      name: "across the spring-forward change the wall time holds (167 elapsed hours)",
      end: "2026-03-04T15:00",
      decisionBy: null,
      dueAt: "2026-03-11T15:00:00-05:00",
    },
    {
      name: "a decision date on a Saturday: 09:00 on the Tuesday, two working days later",
      end: "2026-11-23T15:00",
      decisionBy: "2026-12-05",
      dueAt: "2026-12-08T09:00:00-06:00",
    },
    {
      name: "a decision date on a Wednesday: 09:00 that Friday",
      end: "2026-11-23T15:00",
      decisionBy: "2026-12-02",
      dueAt: "2026-12-04T09:00:00-06:00",
    },
    {
      name: "a decision date sooner than a week: the week wins",
      end: "2026-11-23T15:00",
      decisionBy: "2026-11-24",
      dueAt: "2026-11-30T15:00:00-06:00",
    },
  ];

  it.each(cases)("$name", ({ end, decisionBy, dueAt }) => {
    const first = item(plan(interview({ end, decisionBy }), { now: "2026-01-01T00:00Z" }), FIRST);
    expect(first.dueAt).toBe(dueAt);
    expect(first.deadline).toBeNull();
    expect(first.state).toBe("upcoming");
  });

  it("names the decision date in the reason when it decides the timing", () => {
    const first = item(
      plan(interview({ end: "2026-11-23T15:00", decisionBy: "2026-12-05" }), {
        now: "2026-11-24T00:00Z",
      }),
      FIRST,
    );
    expect(first.reason).toMatch(/decision was expected by Sat 5 Dec/);
    expect(first.reason).toMatch(/two working days later/);
  });

  it("counts working days from the profile's working week", () => {
    const first = item(
      plan(interview({ zone: "Asia/Dubai", end: "2026-11-23T15:00", decisionBy: "2026-12-03" }), {
        now: "2026-11-24T00:00Z",
        workingHours: { days: ["mon", "tue", "wed", "thu", "fri"], start: "08:00", end: "18:00" },
      }),
      FIRST,
    );
    expect(first.dueAt).toBe("2026-12-07T09:00:00+04:00");
  });

  it("goes by LinkedIn to the first interviewer when nobody has an address", () => {
    const items = plan(interview({ end: "2026-11-16T15:00", interviewers: [LEE] }), {
      now: "2026-11-17T00:00Z",
    });
    expect(items.filter((m) => m.kind === "status-follow-up").map((m) => m.id)).toEqual([
      "3.status-follow-up.linkedin.lee-okafor.1",
      "3.status-follow-up.linkedin.lee-okafor.2",
    ]);
  });
});

describe("status follow-up sequence", () => {
  const subject = interview({ end: "2026-11-16T15:00" });

  it("is due a week later, with the second waiting a week after the first is sent", () => {
    const items = plan(subject, { now: wall("2026-11-25T10:00", CHICAGO) });
    expect(item(items, FIRST).state).toBe("due");
    const second = item(items, SECOND);
    expect(second.state).toBe("upcoming");
    expect(second.dueAt).toBe("2026-12-02T15:00:00-06:00");
    expect(second.reason).toMatch(/a week after the first is sent/);
  });

  it("plans the second 7 calendar days after the first was actually sent", () => {
    const items = plan(subject, {
      now: wall("2026-11-30T10:00", CHICAGO),
      history: [followUpSent(wall("2026-11-24T11:20", CHICAGO))],
    });
    expect(item(items, FIRST).state).toBe("done");
    const second = item(items, SECOND);
    expect(second.dueAt).toBe("2026-12-01T11:20:00-06:00");
    expect(second.reason).toMatch(/sent Tue 24 Nov/);
    expect(
      item(
        plan(subject, {
          now: wall("2026-12-01T11:20", CHICAGO),
          history: [followUpSent(wall("2026-11-24T11:20", CHICAGO))],
        }),
        SECOND,
      ).state,
    ).toBe("due");
  });

  it("never plans more than two, however many are recorded", () => {
    const items = plan(subject, {
      now: wall("2027-03-01T10:00", CHICAGO),
      history: [
        followUpSent(wall("2026-11-24T11:00", CHICAGO)),
        followUpSent(wall("2026-12-02T11:00", CHICAGO)),
        followUpSent(wall("2026-12-10T11:00", CHICAGO)),
      ],
    });
    const followUps = items.filter((m) => m.kind === "status-follow-up");
    expect(followUps.map((m) => m.state)).toEqual(["done", "done"]);
  });

  it("is cancelled by any reply from the company, with who replied in the reason", () => {
    const items = plan(subject, {
      now: wall("2026-11-25T10:00", CHICAGO),
      history: [
        { type: "reply", from: "Priya from recruiting", at: wall("2026-11-19T09:00", CHICAGO) },
      ],
    });
    for (const id of [FIRST, SECOND]) {
      expect(item(items, id).state).toBe("cancelled");
      expect(item(items, id).reason).toBe(
        "Priya from recruiting replied on Thu 19 Nov, which ends the follow-up sequence.",
      );
    }
  });

  it("keeps a sent follow-up done when a reply then stops the second", () => {
    const items = plan(subject, {
      now: wall("2026-12-10T10:00", CHICAGO),
      history: [
        followUpSent(wall("2026-11-24T11:00", CHICAGO)),
        { type: "reply", from: null, at: wall("2026-11-26T09:00", CHICAGO) },
      ],
    });
    expect(item(items, FIRST).state).toBe("done");
    expect(item(items, SECOND).state).toBe("cancelled");
    expect(item(items, SECOND).reason).toMatch(/^Someone at Acme Robotics replied on Thu 26 Nov/);
  });

  it("ignores events recorded for a moment after now", () => {
    const items = plan(subject, {
      now: wall("2026-11-25T10:00", CHICAGO),
      history: [{ type: "reply", from: null, at: wall("2026-11-26T09:00", CHICAGO) }],
    });
    expect(item(items, FIRST).state).toBe("due");
  });

  it("moves a snoozed follow-up, and the second with it", () => {
    const until = wall("2026-11-27T09:00", CHICAGO);
    const items = plan(subject, {
      now: wall("2026-11-25T10:00", CHICAGO),
      history: [{ type: "snooze", itemId: FIRST, until, at: wall("2026-11-25T09:00", CHICAGO) }],
    });
    const first = item(items, FIRST);
    expect(first.state).toBe("upcoming");
    expect(first.dueAt).toBe("2026-11-27T09:00:00-06:00");
    expect(first.snoozedUntil).toBe("2026-11-27T09:00:00-06:00");
    expect(first.reason).toBe("You snoozed this until Fri 27 Nov 09:00 CST.");
    const second = DateTime.fromISO(item(items, SECOND).dueAt);
    expect(second.toMillis()).toBe(DateTime.fromISO("2026-12-04T09:00:00-06:00").toMillis());
  });
});
