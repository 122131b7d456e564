import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildAgenda, byUrgency, mostUrgent } from "../../../src/core/plan/agenda.js";
import type { PlannedMessage } from "../../../src/core/plan/planned-message.js";
import { interview, plan, wall } from "./fixtures.js";

const NY = "America/New_York";

function message(
  overrides: Partial<PlannedMessage> & Pick<PlannedMessage, "id" | "state" | "dueAt">,
): PlannedMessage {
  return {
    interviewId: 1,
    kind: "thank-you",
    channel: "email",
    recipient: { name: "Dana Whitfield", email: "dana@acme.example" },
    sequence: 1,
    deadline: null,
    reason: "Why.",
    ...overrides,
  };
}

describe("urgency", () => {
  it("puts late first, then due by the closest deadline, then upcoming, then missed", () => {
    const items = [
      message({ id: "upcoming-later", state: "upcoming", dueAt: "2026-11-25T09:00:00Z" }),
      message({
        id: "missed",
        state: "missed",
        dueAt: "2026-11-01T09:00:00Z",
        deadline: "2026-11-02T09:00:00Z",
      }),
      message({ id: "due-no-deadline", state: "due", dueAt: "2026-11-18T09:00:00Z" }),
      message({
        id: "due-soon",
        state: "due",
        dueAt: "2026-11-20T09:00:00Z",
        deadline: "2026-11-21T09:00:00Z",
      }),
      message({
        id: "late",
        state: "late",
        dueAt: "2026-11-19T09:00:00Z",
        deadline: "2026-11-20T09:00:00Z",
      }),
      message({ id: "upcoming-sooner", state: "upcoming", dueAt: "2026-11-22T09:00:00-05:00" }),
      message({ id: "done", state: "done", dueAt: "2026-11-10T09:00:00Z" }),
    ];
    expect([...items].sort(byUrgency).map((m) => m.id)).toEqual([
      "late",
      "due-soon",
      "due-no-deadline",
      "upcoming-sooner",
      "upcoming-later",
      "missed",
      "done",
    ]);
    expect(mostUrgent(items)?.id).toBe("late");
    expect(mostUrgent(items.filter((m) => m.state === "upcoming"))?.id).toBe("upcoming-sooner");
    expect(mostUrgent(items.filter((m) => m.state === "done" || m.state === "missed"))).toBeNull();
  });

  it("compares instants, not the text of their offsets", () => {
    const a = message({ id: "a", state: "upcoming", dueAt: "2026-11-22T09:00:00-05:00" });
    const b = message({ id: "b", state: "upcoming", dueAt: "2026-11-22T13:00:00Z" });
    expect([a, b].sort(byUrgency).map((m) => m.id)).toEqual(["b", "a"]);
  });
});

describe("the agenda", () => {
  const acme = interview({ id: 1, end: "2026-11-20T15:30", zone: "America/Chicago" });
  const globex = interview({
    id: 2,
    company: "Globex",
    end: "2026-11-24T11:00",
    zone: "Europe/London",
  });
  const now = wall("2026-11-21T16:00", NY);

  function agenda(days: number, at = now) {
    return buildAgenda(
      [acme, globex].map((subject) => ({
        interview: subject,
        items: plan(subject, { now: at, candidateZone: NY }),
      })),
      { now: DateTime.fromISO(at), days, timeZone: NY },
    );
  }

  it("groups what needs doing, one entry per person and message, with its company", () => {
    const items = agenda(14);
    expect(items.map((m) => [m.group, m.company, m.id])).toEqual([
      ["now", "Acme Robotics", "1.thank-you.email.dana-whitfield"],
      ["this-week", "Globex", "2.thank-you.email.dana-whitfield"],
      ["this-week", "Acme Robotics", "1.status-follow-up.email.dana-whitfield.1"],
      ["later", "Globex", "2.status-follow-up.email.dana-whitfield.1"],
      ["later", "Acme Robotics", "1.status-follow-up.email.dana-whitfield.2"],
    ]);
    expect(items[0]!.state).toBe("due");
    expect(items[0]!.position).toBe("Senior Backend Engineer");
    expect(items[0]!.channels.map((c) => [c.channel, c.id, c.state])).toEqual([
      ["email", "1.thank-you.email.dana-whitfield", "due"],
      ["card", "1.thank-you.card.dana-whitfield", "due"],
    ]);
    expect(items[2]!.channels.map((c) => c.channel)).toEqual(["email"]);
  });

  it("drops an entry once its message went by one of its channels", () => {
    const sent = plan(acme, {
      now,
      candidateZone: NY,
      history: [
        {
          type: "sent",
          kind: "thank-you",
          channel: "email",
          to: "Dana Whitfield",
          at: wall("2026-11-21T10:00", NY),
        },
      ],
    });
    const items = buildAgenda([{ interview: acme, items: sent }], {
      now: DateTime.fromISO(now),
      days: 14,
      timeZone: NY,
    });
    expect(items.some((m) => m.kind === "thank-you")).toBe(false);
  });

  it("looks only as far ahead as asked", () => {
    expect(agenda(1).map((m) => m.id)).toEqual(["1.thank-you.email.dana-whitfield"]);
  });

  it("keeps a missed message for as many days back, then lets it go", () => {
    const missedSoon = agenda(14, wall("2026-11-23T09:00", NY)).filter((m) => m.group === "missed");
    expect(missedSoon.map((m) => m.id)).toEqual(["1.thank-you.email.dana-whitfield"]);
    const muchLater = agenda(14, wall("2026-12-20T09:00", NY));
    expect(
      muchLater.some((m) => m.group === "missed" && m.interviewId === 1 && m.kind === "thank-you"),
    ).toBe(false);
  });

  it("counts today in the candidate's zone", () => {
    const morning = wall("2026-11-24T07:00", NY);
    const items = agenda(14, morning).filter((m) => m.group === "today");
    expect(items.map((m) => m.id)).toEqual(["2.thank-you.email.dana-whitfield"]);
  });
});
