import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { interview, item, plan, wall } from "./fixtures.js";

const CHICAGO = "America/Chicago";
const at = (text: string) => wall(text, CHICAGO);
const checkIn = (n: number) => `3.check-in.email.dana-whitfield.${n}`;
const sent = (
  kind: "status-follow-up" | "check-in" | "rejection-reply",
  when: string,
): HistoryEvent => ({
  type: "sent",
  kind,
  channel: "email",
  to: "Dana Whitfield",
  at: at(when),
});

const subject = interview({ end: "2026-11-16T15:00" });
const bothFollowUps = [
  sent("status-follow-up", "2026-11-23T15:00"),
  sent("status-follow-up", "2026-11-30T16:00"),
];

describe("stay-in-touch check-ins", () => {
  it("offers the first 4 weeks after the last follow-up, open for 6 weeks", () => {
    const first = item(
      plan(subject, { now: at("2026-12-01T09:00"), history: bothFollowUps }),
      checkIn(1),
    );
    expect(first.state).toBe("upcoming");
    expect(first.dueAt).toBe("2026-12-28T16:00:00-06:00");
    expect(first.deadline).toBe("2027-01-11T16:00:00-06:00");
    expect(first.reason).toMatch(/4 weeks after your last follow-up/);
  });

  const moments = [
    { now: "2026-12-28T15:59", state: "upcoming" },
    { now: "2026-12-28T16:00", state: "due" },
    { now: "2027-01-11T15:59", state: "due" },
    { now: "2027-01-11T16:00", state: "missed" },
  ];
  it.each(moments)("at $now the first is $state", ({ now, state }) => {
    expect(item(plan(subject, { now: at(now), history: bothFollowUps }), checkIn(1)).state).toBe(
      state,
    );
  });

  it("plans each next one 4 weeks after the previous was sent", () => {
    const items = plan(subject, {
      now: at("2027-01-05T09:00"),
      history: [...bothFollowUps, sent("check-in", "2026-12-29T10:00")],
    });
    expect(item(items, checkIn(1)).state).toBe("done");
    expect(item(items, checkIn(2)).dueAt).toBe("2027-01-26T10:00:00-06:00");
    expect(item(items, checkIn(2)).reason).toMatch(/your previous check-in/);
  });

  it("starts the next wait when a missed one's window closed", () => {
    const items = plan(subject, { now: at("2027-01-12T09:00"), history: bothFollowUps });
    expect(item(items, checkIn(1)).state).toBe("missed");
    expect(item(items, checkIn(2)).dueAt).toBe("2027-02-08T16:00:00-06:00");
  });

  it("offers at most three", () => {
    const items = plan(subject, {
      now: at("2027-06-01T09:00"),
      history: [
        ...bothFollowUps,
        sent("check-in", "2026-12-29T10:00"),
        sent("check-in", "2027-01-27T10:00"),
        sent("check-in", "2027-02-25T10:00"),
        sent("check-in", "2027-03-30T10:00"),
      ],
    });
    const checkIns = items.filter((m) => m.kind === "check-in");
    expect(checkIns.map((m) => [m.sequence, m.state])).toEqual([
      [1, "done"],
      [2, "done"],
      [3, "done"],
    ]);
  });

  it("waits from the company's last reply, then for their next working morning", () => {
    const items = plan(subject, {
      now: at("2026-12-06T09:00"),
      history: [
        sent("status-follow-up", "2026-11-23T15:00"),
        { type: "reply", from: "Dana Whitfield", at: at("2026-12-05T09:00") },
      ],
    });
    const first = item(items, checkIn(1));
    expect(first.dueAt).toBe("2027-01-04T08:00:00-06:00");
    expect(first.reason).toMatch(/4 weeks after the last reply from Acme Robotics/);
  });

  it("follows a rejection, counting from the reply to it once sent", () => {
    const rejected: HistoryEvent = {
      type: "outcome",
      outcome: "rejected",
      at: at("2026-11-20T10:00"),
    };
    const before = plan(subject, { now: at("2026-11-20T11:00"), history: [rejected] });
    expect(item(before, checkIn(1)).dueAt).toBe("2026-12-18T10:00:00-06:00");
    expect(item(before, checkIn(1)).reason).toMatch(/4 weeks after the rejection/);
    const after = plan(subject, {
      now: at("2026-11-21T11:00"),
      history: [rejected, sent("rejection-reply", "2026-11-20T14:00")],
    });
    expect(item(after, checkIn(1)).dueAt).toBe("2026-12-18T14:00:00-06:00");
    expect(item(after, checkIn(1)).reason).toMatch(/your reply to the rejection/);
  });

  it.each(["offer", "hired", "withdrawn"] as const)(
    "are cancelled by the outcome %s",
    (outcome) => {
      const items = plan(subject, {
        now: at("2026-12-20T09:00"),
        history: [...bothFollowUps, { type: "outcome", outcome, at: at("2026-12-10T09:00") }],
      });
      for (const n of [1, 2, 3]) expect(item(items, checkIn(n)).state).toBe("cancelled");
    },
  );
});
