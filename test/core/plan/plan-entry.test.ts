import { describe, expect, it } from "vitest";
import { entriesOf } from "../../../src/core/plan/plan-entry.js";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { DANA, LEE, interview, plan, wall } from "./fixtures.js";

const CHICAGO = "America/Chicago";
const onsite = interview({ end: "2026-11-20T15:30", interviewers: [DANA, LEE] });

function thankYous(history: HistoryEvent[] = [], now = "2026-11-21T10:00") {
  return entriesOf(plan(onsite, { now: wall(now, CHICAGO), history })).filter(
    (entry) => entry.kind === "thank-you",
  );
}

const sent = (channel: "email" | "card" | "linkedin", to: string): HistoryEvent => ({
  type: "sent",
  kind: "thank-you",
  channel,
  to,
  at: wall("2026-11-20T18:00", CHICAGO),
});

describe("one entry per person and message", () => {
  it("holds the channels a thank-you may take, the draft's default first", () => {
    const entries = thankYous();
    expect(entries.map((e) => [e.id, e.state, e.channels.map((c) => c.channel)])).toEqual([
      ["3.thank-you.email.dana-whitfield", "due", ["email", "card"]],
      ["3.thank-you.card.lee-okafor", "due", ["card", "linkedin"]],
    ]);
    expect(entries[0]!.channels[1]).toMatchObject({
      id: "3.thank-you.card.dana-whitfield",
      state: "due",
      sentAt: null,
    });
  });

  it("keeps every other message, one entry each", () => {
    const all = entriesOf(plan(onsite, { now: wall("2026-11-21T10:00", CHICAGO) }));
    expect(all.filter((e) => e.kind === "status-follow-up").map((e) => e.sequence)).toEqual([1, 2]);
  });

  it("is done once sent by any channel but a card beside an e-mail", () => {
    const [dana] = thankYous([sent("email", "Dana Whitfield")]);
    expect([dana!.state, dana!.channel]).toEqual(["done", "email"]);
    expect(dana!.channels.map((c) => c.state)).toEqual(["done", "due"]);

    const [, lee] = thankYous([sent("card", "Lee Okafor")]);
    expect([lee!.state, lee!.channel]).toEqual(["done", "card"]);
  });

  it("stays open after the card alone while the e-mail is still to go", () => {
    const [dana] = thankYous([sent("card", "Dana Whitfield")]);
    expect([dana!.state, dana!.channel]).toEqual(["due", "email"]);
    const [late] = thankYous([sent("card", "Dana Whitfield")], "2026-11-23T10:00");
    expect([late!.state, late!.channel]).toEqual(["done", "card"]);
  });

  it("snoozes the message on all its channels, whichever id was snoozed", () => {
    const entries = thankYous([
      {
        type: "snooze",
        itemId: "3.thank-you.card.dana-whitfield",
        until: wall("2026-11-21T12:00", CHICAGO),
        at: wall("2026-11-21T09:00", CHICAGO),
      },
    ]);
    const dana = entries.find((entry) => entry.recipient.name === "Dana Whitfield");
    expect(dana!.state).toBe("upcoming");
    expect(dana!.channels.map((c) => c.snoozedUntil !== null)).toEqual([true, true]);
  });
});
