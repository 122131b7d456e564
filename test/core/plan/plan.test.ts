import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { interviewIdOfItem, slugOf } from "../../../src/core/plan/item-id.js";
import { DANA, LEE, interview, item, plan, wall } from "./fixtures.js";

const CHICAGO = "America/Chicago";
const at = (text: string) => wall(text, CHICAGO);

describe("the plan of one interview", () => {
  const subject = interview({
    end: "2026-11-20T15:30",
    interviewers: [DANA, LEE],
    concerns: [{ concern: "my Go experience", response: null }],
  });

  it("lists every message earliest first, with the documented ids", () => {
    const items = plan(subject, { now: at("2026-11-20T09:00") });
    expect(items.map((m) => m.id)).toEqual([
      "3.thank-you.email.dana-whitfield",
      "3.thank-you.card.dana-whitfield",
      "3.thank-you.card.lee-okafor",
      "3.thank-you.linkedin.lee-okafor",
      "3.additional-info.email.dana-whitfield",
      "3.status-follow-up.email.dana-whitfield.1",
      "3.status-follow-up.email.dana-whitfield.2",
      "3.check-in.email.dana-whitfield.1",
      "3.check-in.email.dana-whitfield.2",
      "3.check-in.email.dana-whitfield.3",
    ]);
    const times = items.map((m) => DateTime.fromISO(m.dueAt).toMillis());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("has only upcoming messages for an interview still to come", () => {
    const items = plan(subject, { now: at("2026-11-10T09:00") });
    expect(new Set(items.map((m) => m.state))).toEqual(new Set(["upcoming"]));
  });

  it("gives every message a one-sentence reason", () => {
    for (const now of [
      "2026-11-20T16:00",
      "2026-11-21T16:00",
      "2026-11-28T16:00",
      "2027-04-01T09:00",
    ]) {
      for (const message of plan(subject, { now: at(now) })) {
        expect(message.reason).toMatch(/^[A-Z].+\.$/);
        expect(message.reason.split(/\. [A-Z]/)).toHaveLength(1);
      }
    }
  });

  it("keeps its ids when re-planned later or after events", () => {
    const early = plan(subject, { now: at("2026-11-20T09:00") }).map((m) => m.id);
    const later = plan(subject, {
      now: at("2026-12-20T09:00"),
      history: [{ type: "reply", from: null, at: at("2026-11-25T10:00") }],
    }).map((m) => m.id);
    expect(new Set(later)).toEqual(new Set(early));
  });

  it("cancels every message of a cancelled interview", () => {
    const items = plan({ ...subject, status: "cancelled" }, { now: at("2026-11-21T09:00") });
    for (const message of items) {
      expect(message.state).toBe("cancelled");
      expect(message.reason).toBe("The interview was cancelled, so nothing is planned after it.");
    }
  });

  it.each([
    ["offer", "You have an offer from Acme Robotics, so there is nothing left to chase."],
    ["hired", "You got the job at Acme Robotics, so there is nothing left to chase."],
  ] as const)(
    "on %s cancels follow-ups and check-ins but keeps the thank-yous",
    (outcome, reason) => {
      const items = plan(subject, {
        now: at("2026-11-21T09:00"),
        history: [{ type: "outcome", outcome, at: at("2026-11-20T17:00") }],
      });
      for (const message of items) {
        if (message.kind === "thank-you") expect(message.state).toBe("due");
        else {
          expect(message.state).toBe("cancelled");
          expect(message.reason).toBe(reason);
        }
      }
    },
  );

  it("cancels everything still to send when the candidate withdraws", () => {
    const items = plan(subject, {
      now: at("2026-11-21T09:00"),
      history: [
        {
          type: "sent",
          kind: "thank-you",
          channel: "email",
          to: "Dana Whitfield",
          at: at("2026-11-20T17:40"),
        },
        { type: "outcome", outcome: "withdrawn", at: at("2026-11-20T18:00") },
      ],
    });
    expect(item(items, "3.thank-you.email.dana-whitfield").state).toBe("done");
    const rest = items.filter((m) => m.id !== "3.thank-you.email.dana-whitfield");
    for (const message of rest) {
      expect(message.state).toBe("cancelled");
      expect(message.reason).toBe(
        "You withdrew from the process at Acme Robotics, so no more messages are planned.",
      );
    }
  });

  it("takes the latest outcome as the one that holds", () => {
    const items = plan(subject, {
      now: at("2026-11-25T09:00"),
      history: [
        { type: "outcome", outcome: "offer", at: at("2026-11-21T10:00") },
        { type: "outcome", outcome: "withdrawn", at: at("2026-11-22T10:00") },
      ],
    });
    expect(item(items, "3.check-in.email.dana-whitfield.1").reason).toMatch(/withdrew/);
  });

  it("addresses single messages to the company when an invite named nobody", () => {
    const items = plan(interview({ end: "2026-11-20T15:30", interviewers: [] }), {
      now: at("2026-11-20T09:00"),
    });
    expect(items.some((m) => m.kind === "thank-you")).toBe(false);
    expect(items[0]!.id).toBe("3.status-follow-up.email.acme-robotics.1");
  });
});

describe("item ids", () => {
  it.each([
    ["Dana Whitfield", "dana-whitfield"],
    ["  José  Álvarez-Núñez ", "jose-alvarez-nunez"],
    ["Siobhán O'Brien", "siobhan-o-brien"],
    ["山田 太郎", "山田-太郎"],
    ["!!!", "someone"],
  ])("slug of %j is %j", (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it("gives back the interview an id belongs to", () => {
    expect(interviewIdOfItem("12.status-follow-up.email.dana-whitfield.2")).toBe(12);
    expect(interviewIdOfItem("thank-you")).toBeNull();
    expect(interviewIdOfItem("0.thank-you.email.dana")).toBeNull();
  });
});
