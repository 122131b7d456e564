import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppContext } from "../../../src/app/context.js";
import {
  listHistory,
  recordEvent,
  type HistoryErrorCode,
  type NewEvent,
} from "../../../src/app/plan/history.js";
import { loadPlan } from "../../../src/app/plan/plan.js";
import { DANA, LEE } from "../../core/plan/fixtures.js";
import { appContext, saveInterview } from "../app-context.js";

let ctx: AppContext & { at(now: string): AppContext };
let id: number;

beforeEach(async () => {
  // Friday 20 Nov 2026, 19:00 in New York; the interview ended at 15:30 in Chicago.
  ctx = await appContext("2026-11-21T00:00:00Z");
  id = await saveInterview(ctx, {
    end: "2026-11-20T15:30",
    start: "2026-11-20T14:00",
    interviewers: [DANA, LEE],
  });
});
afterEach(() => ctx.store.close());

async function refused(
  event: NewEvent,
  code: HistoryErrorCode,
  message: RegExp,
  on: AppContext = ctx,
) {
  const result = await recordEvent(on, id, event);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors[0]!.code).toBe(code);
  expect(result.errors[0]!.message).toMatch(message);
  expect(await listHistory(on, id)).toEqual([]);
}

describe("recording a sent message", () => {
  it("marks the thank-you done, naming the person in full from a first name", async () => {
    const result = await recordEvent(ctx, id, { type: "sent", kind: "thank-you", to: "dana" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.event).toEqual({
      type: "sent",
      kind: "thank-you",
      channel: "email",
      to: "Dana Whitfield",
      at: "2026-11-20T18:00:00-06:00",
    });
    expect(result.value.changes.map((c) => [c.id, c.before, c.after])).toEqual([
      ["3.thank-you.email.dana-whitfield".replace("3.", `${id}.`), "due", "done"],
    ]);
    const plan = await loadPlan(ctx, id);
    expect(plan?.find((m) => m.id === `${id}.thank-you.email.dana-whitfield`)?.state).toBe("done");
  });

  it("marks done the answer to what the named person raised", async () => {
    const other = await saveInterview(ctx, {
      id: 9,
      company: "Borealis Labs",
      end: "2026-11-20T15:30",
      start: "2026-11-20T14:00",
      interviewers: [DANA, LEE],
      concerns: [{ concern: "my Go", response: null, raisedBy: "Lee Okafor" }],
      unanswered: [{ question: "sharding", answer: null }],
    });
    const at = ctx.at("2026-11-22T15:00:00Z");
    const result = await recordEvent(at, other, {
      type: "sent",
      kind: "additional-info",
      to: "lee",
    });
    expect(result.ok && result.value.changes.map((c) => [c.id, c.after])).toEqual([
      [`${other}.additional-info.linkedin.lee-okafor`, "done"],
    ]);
  });

  it("reads a wall time in the profile's zone and an address as the person", async () => {
    const result = await recordEvent(ctx, id, {
      type: "sent",
      kind: "thank-you",
      to: "DANA.WHITFIELD@acme.example",
      at: "2026-11-20 18:15",
    });
    expect(result.ok && result.value.event.at).toBe("2026-11-20T17:15:00-06:00");
  });

  it("asks which channel when a person has two and none is the e-mail", async () => {
    await refused({ type: "sent", kind: "thank-you", to: "Lee" }, "ambiguous", /card, linkedin/);
    const card = await recordEvent(ctx, id, {
      type: "sent",
      kind: "thank-you",
      to: "Lee",
      channel: "card",
    });
    expect(card.ok && card.value.event).toMatchObject({ channel: "card", to: "Lee Okafor" });
  });

  it("refuses whom it cannot tell, what is not planned, and what is already sent", async () => {
    await refused(
      { type: "sent", kind: "thank-you", to: "Sam" },
      "unknown-recipient",
      /Dana Whitfield, Lee Okafor/,
    );
    await refused({ type: "sent", kind: "thank-you" }, "ambiguous", /Say whom you thanked/);
    await refused(
      { type: "sent", kind: "thank-you", to: "Dana", channel: "linkedin" },
      "no-such-plan-item",
      /No linkedin thank-you is planned for Dana Whitfield; the plan has: email, card/,
    );
    await refused(
      { type: "sent", kind: "rejection-reply" },
      "no-rejection",
      /has no rejection recorded: record the rejection first/,
    );
    await refused({ type: "sent", kind: "additional-info" }, "no-such-plan-item", /no concern/);
    expect((await recordEvent(ctx, id, { type: "sent", kind: "thank-you", to: "Dana" })).ok).toBe(
      true,
    );
    const again = await recordEvent(ctx, id, { type: "sent", kind: "thank-you", to: "Dana" });
    expect(!again.ok && again.errors[0]!.code).toBe("already-sent");
    expect(!again.ok && again.errors[0]!.message).toMatch(
      /already recorded as sent \(Fri 20 Nov 2026 19:00 EST\)/,
    );
  });

  it("fills the series in order and refuses a third status follow-up", async () => {
    const later = ctx.at("2026-12-20T15:00:00Z");
    for (const at of ["2026-11-27T10:00", "2026-12-04T10:00"]) {
      const result = await recordEvent(later, id, { type: "sent", kind: "status-follow-up", at });
      expect(result.ok && result.value.event).toMatchObject({
        to: "Dana Whitfield",
        channel: "email",
      });
    }
    const third = await recordEvent(later, id, { type: "sent", kind: "status-follow-up" });
    expect(!third.ok && third.errors[0]!.message).toMatch(
      /All 2 status-follow-ups are already recorded/,
    );
  });

  it("keeps a recruiter's name as given for a follow-up", async () => {
    const later = ctx.at("2026-11-28T15:00:00Z");
    const result = await recordEvent(later, id, {
      type: "sent",
      kind: "status-follow-up",
      to: "Priya Raman",
    });
    expect(result.ok && result.value.event).toMatchObject({ to: "Priya Raman" });
  });
});

describe("times given by the person", () => {
  it.each([
    ["2026-11-22T10:00", /later than now/],
    ["2026-11-19T10:00", /before the interview started/],
    ["yesterday", /"yesterday" has no time of day: add one, such as "yesterday 9am"/],
    ["sometime", /is not a time: write one such as "tomorrow 9am".*\(read in America\/New_York\)/],
    ["2026-11-20T25:00", /is not a time/],
  ])("refuses %s", async (at, message) => {
    await refused({ type: "reply", at }, "bad-time", message);
  });

  it("refuses events for an interview that has not started", async () => {
    const early = ctx.at("2026-11-20T18:00:00Z");
    await refused(
      { type: "reply" },
      "not-started",
      /has not started yet \(it starts Fri 20 Nov 2026 15:00 EST\)/,
      early,
    );
  });

  it("refuses a wall time the clocks skip", async () => {
    const spring = await appContext("2026-03-09T12:00:00Z");
    const springId = await saveInterview(spring, {
      end: "2026-03-06T15:00",
      zone: "America/New_York",
    });
    const result = await recordEvent(spring, springId, { type: "reply", at: "2026-03-08T02:30" });
    expect(!result.ok && result.errors[0]).toMatchObject({ code: "bad-time", field: "at" });
    expect(!result.ok && result.errors[0]!.message).toMatch(/does not exist in America\/New_York/);
    await spring.store.close();
  });

  it("warns when a wall time happens twice, taking the earlier", async () => {
    const fall = await appContext("2026-11-02T12:00:00Z");
    const fallId = await saveInterview(fall, { end: "2026-10-30T15:00", zone: "America/New_York" });
    const result = await recordEvent(fall, fallId, { type: "reply", at: "2026-11-01T01:30" });
    expect(result.ok && result.value.event.at).toBe("2026-11-01T01:30:00-04:00");
    expect(result.ok && result.value.warnings[0]).toMatch(/happens twice/);
    await fall.store.close();
  });
});

describe("replies, outcomes and snoozes", () => {
  it("a reply cancels the pending follow-ups and names who answered", async () => {
    const result = await recordEvent(ctx.at("2026-11-24T15:00:00Z"), id, {
      type: "reply",
      from: "whitfield",
      at: "2026-11-24T09:00",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.event).toMatchObject({ type: "reply", from: "Dana Whitfield" });
    const cancelled = result.value.changes
      .filter((c) => c.after === "cancelled")
      .map((c) => c.item.kind);
    expect(cancelled).toEqual(["status-follow-up", "status-follow-up"]);
  });

  it("a rejection adds the reply to it and stops what it replaces", async () => {
    const result = await recordEvent(ctx, id, {
      type: "outcome",
      outcome: "rejected",
      from: "Lee",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.event).toMatchObject({ outcome: "rejected", from: "Lee Okafor" });
    const added = result.value.changes.find((c) => c.before === null);
    expect(added?.item.kind).toBe("rejection-reply");
    expect(added?.item.recipient.name).toBe("Lee Okafor");
  });

  it("a snooze moves a message and says so", async () => {
    const itemId = `${id}.thank-you.email.dana-whitfield`;
    const result = await recordEvent(ctx, id, {
      type: "snooze",
      itemId,
      until: "2026-11-21T08:00",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.event).toEqual({
      type: "snooze",
      itemId,
      until: "2026-11-21T07:00:00-06:00",
      at: "2026-11-20T18:00:00-06:00",
    });
    // The snooze holds the message on every channel: the card waits with the e-mail.
    expect(result.value.changes.map((c) => [c.id, c.before, c.after])).toEqual([
      [itemId, "due", "upcoming"],
      [`${id}.thank-you.card.dana-whitfield`, "due", "upcoming"],
    ]);
    expect(result.value.changes[0]!.item.snoozedUntil).toBe("2026-11-21T07:00:00-06:00");
  });

  it("warns when a snooze runs past the deadline", async () => {
    const itemId = `${id}.thank-you.email.dana-whitfield`;
    const result = await recordEvent(ctx, id, {
      type: "snooze",
      itemId,
      until: "2026-11-22T08:00",
    });
    expect(result.ok && result.value.warnings[0]).toMatch(/past its deadline/);
  });

  it("refuses to snooze what is unknown, finished, into the past, or already later", async () => {
    await refused(
      { type: "snooze", itemId: `${id}.thank-you.email.nobody`, until: "2026-11-23T09:00" },
      "no-such-plan-item",
      /has no planned message/,
    );
    await refused(
      { type: "snooze", itemId: `${id}.thank-you.email.dana-whitfield`, until: "2026-11-20T09:00" },
      "bad-time",
      /not later than now/,
    );
    await refused(
      {
        type: "snooze",
        itemId: `${id}.status-follow-up.email.dana-whitfield.1`,
        until: "2026-11-23T09:00",
      },
      "no-change",
      /already suggested for Fri 27 Nov 2026 16:30 EST, after 2026-11-23T09:00: a snooze only puts a message off/,
    );
    await recordEvent(ctx, id, { type: "sent", kind: "thank-you", to: "Dana" });
    const done = await recordEvent(ctx, id, {
      type: "snooze",
      itemId: `${id}.thank-you.email.dana-whitfield`,
      until: "2026-11-23T09:00",
    });
    expect(!done.ok && done.errors[0]).toMatchObject({ code: "closed" });
  });

  it("refuses an unknown interview and a malformed event", async () => {
    const missing = await recordEvent(ctx, 999, { type: "reply" });
    expect(!missing.ok && missing.errors[0]!.code).toBe("no-such-interview");
    await refused(
      { type: "outcome", outcome: "ghosted" } as unknown as NewEvent,
      "invalid-event",
      /outcome/,
    );
  });
});
