import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { DANA, LEE, interview, item, plan, wall } from "./fixtures.js";

const CHICAGO = "America/Chicago";
const at = (text: string) => wall(text, CHICAGO);
const REPLY = "3.rejection-reply.email.dana-whitfield";
const subject = interview({ end: "2026-11-16T15:00", interviewers: [DANA, LEE] });
const rejected = (when: string, from?: string): HistoryEvent => ({
  type: "outcome",
  outcome: "rejected",
  at: at(when),
  ...(from ? { from } : {}),
});

describe("rejection reply", () => {
  it("is not planned without a rejection", () => {
    expect(
      plan(subject, { now: at("2026-11-20T12:00") }).some((m) => m.kind === "rejection-reply"),
    ).toBe(false);
  });

  const moments = [
    { now: "2026-11-20T11:00", state: "upcoming" },
    { now: "2026-11-20T12:00", state: "due" },
    { now: "2026-11-22T09:59", state: "due" },
    { now: "2026-11-22T10:00", state: "missed" },
  ];
  it.each(moments)("within 48 hours of the news: at $now it is $state", ({ now, state }) => {
    const reply = item(
      plan(subject, { now: at(now), history: [rejected("2026-11-20T10:00")] }),
      REPLY,
    );
    expect(reply.dueAt).toBe("2026-11-20T12:00:00-06:00");
    expect(reply.deadline).toBe("2026-11-22T10:00:00-06:00");
    expect(reply.state).toBe(state);
  });

  it("asks for feedback and other openings in its reason", () => {
    const reply = item(
      plan(subject, { now: at("2026-11-20T13:00"), history: [rejected("2026-11-20T10:00")] }),
      REPLY,
    );
    expect(reply.reason).toMatch(/feedback/);
    expect(reply.reason).toMatch(/other openings/);
  });

  it("takes a waking hour when no working hours come before the deadline, else the next working morning", () => {
    const reply = item(
      plan(subject, { now: at("2026-11-20T19:00"), history: [rejected("2026-11-20T18:30")] }),
      REPLY,
    );
    expect(reply.dueAt).toBe("2026-11-20T20:30:00-06:00");
    const sunday = item(
      plan(subject, { now: at("2026-11-22T10:00"), history: [rejected("2026-11-22T09:00")] }),
      REPLY,
    );
    expect(sunday.dueAt).toBe("2026-11-23T08:00:00-06:00");
  });

  it("goes to whoever brought the news", () => {
    const fromLee = plan(subject, {
      now: at("2026-11-20T13:00"),
      history: [rejected("2026-11-20T10:00", "Lee Okafor")],
    }).find((m) => m.kind === "rejection-reply");
    expect(fromLee?.id).toBe("3.rejection-reply.linkedin.lee-okafor");
    const fromRecruiter = plan(subject, {
      now: at("2026-11-20T13:00"),
      history: [rejected("2026-11-20T10:00", "sam@acme.example")],
    }).find((m) => m.kind === "rejection-reply");
    expect(fromRecruiter?.recipient).toEqual({
      name: "sam@acme.example",
      email: "sam@acme.example",
    });
    expect(fromRecruiter?.channel).toBe("email");
  });

  it("cancels the pending thank-yous, follow-ups and additional information, saying why", () => {
    const items = plan(
      interview({
        end: "2026-11-16T15:00",
        unanswered: [{ question: "how I would shard it", answer: null }],
      }),
      {
        now: at("2026-11-17T10:00"),
        history: [
          {
            type: "sent",
            kind: "thank-you",
            channel: "email",
            to: "Dana Whitfield",
            at: at("2026-11-16T18:00"),
          },
          rejected("2026-11-17T09:00"),
        ],
      },
    );
    expect(item(items, "3.thank-you.email.dana-whitfield").state).toBe("done");
    for (const id of [
      "3.thank-you.card.dana-whitfield",
      "3.additional-info.email.dana-whitfield",
      "3.status-follow-up.email.dana-whitfield.1",
      "3.status-follow-up.email.dana-whitfield.2",
    ]) {
      expect(item(items, id).state).toBe("cancelled");
      expect(item(items, id).reason).toBe(
        "Acme Robotics has said no, so your reply to that news takes the place of this message.",
      );
    }
    expect(item(items, REPLY).state).toBe("upcoming");
  });

  it("is done once sent, and cancelled if an offer follows the rejection", () => {
    const done = item(
      plan(subject, {
        now: at("2026-11-21T10:00"),
        history: [
          rejected("2026-11-20T10:00"),
          {
            type: "sent",
            kind: "rejection-reply",
            channel: "email",
            to: "Dana Whitfield",
            at: at("2026-11-20T16:00"),
          },
        ],
      }),
      REPLY,
    );
    expect(done.state).toBe("done");
    const reversed = item(
      plan(subject, {
        now: at("2026-11-21T10:00"),
        history: [
          rejected("2026-11-20T10:00"),
          { type: "outcome", outcome: "offer", at: at("2026-11-20T15:00") },
        ],
      }),
      REPLY,
    );
    expect(reversed.state).toBe("cancelled");
    expect(reversed.reason).toMatch(/offer/);
  });
});
