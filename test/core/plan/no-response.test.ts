import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { closingProposal, NO_RESPONSE_AFTER_DAYS } from "../../../src/core/plan/no-response.js";
import { DEFAULT_WORKING_HOURS } from "../../../src/core/record/profile.js";
import { interview, item, plan } from "./fixtures.js";

const SUBJECT = interview({ end: "2026-11-02T15:00" });
const followUp = (at: string): HistoryEvent => ({
  type: "sent",
  kind: "status-follow-up",
  channel: "email",
  to: "Dana Whitfield",
  at,
});
const BOTH = [followUp("2026-11-09T15:00:00-06:00"), followUp("2026-11-16T15:00:00-06:00")];
const propose = (history: HistoryEvent[], now: string) =>
  closingProposal({
    interview: SUBJECT,
    profile: { timeZone: "America/Chicago", workingHours: DEFAULT_WORKING_HOURS },
    history,
    now: DateTime.fromISO(now, { setZone: true }),
  });

describe("closing an application that has gone silent", () => {
  it(`proposes "no response" ${NO_RESPONSE_AFTER_DAYS} days after the last follow-up, not before`, () => {
    expect(propose(BOTH, "2026-11-30T14:59:00-06:00")).toBeNull();
    expect(propose(BOTH, "2026-11-30T15:00:00-06:00")).toMatchObject({
      interviewId: 3,
      reason: expect.stringContaining('Closing the application as "no response"'),
    });
  });

  it("waits while a follow-up is still to be sent", () => {
    expect(propose(BOTH.slice(0, 1), "2027-01-30T12:00:00-06:00")).toBeNull();
  });

  it("proposes nothing after a reply, or once an outcome is recorded", () => {
    const reply: HistoryEvent = { type: "reply", from: null, at: "2026-11-20T10:00:00-06:00" };
    expect(propose([...BOTH, reply], "2026-12-30T12:00:00-06:00")).toBeNull();
    const closed: HistoryEvent = {
      type: "outcome",
      outcome: "no-response",
      at: "2026-12-01T10:00:00-06:00",
    };
    expect(propose([...BOTH, closed], "2026-12-30T12:00:00-06:00")).toBeNull();
  });

  it("ends the follow-ups and keeps the check-ins once the candidate confirms", () => {
    const closed: HistoryEvent = {
      type: "outcome",
      outcome: "no-response",
      at: "2026-12-01T10:00:00-06:00",
    };
    const items = plan(SUBJECT, {
      history: [followUp("2026-11-09T15:00:00-06:00"), closed],
      now: "2026-12-02T10:00:00-06:00",
    });
    expect(item(items, "3.status-follow-up.email.dana-whitfield.2").state).toBe("cancelled");
    const checkIns = items.filter((i) => i.kind === "check-in");
    expect(checkIns.length).toBeGreaterThan(0);
    expect(checkIns.every((i) => i.state !== "cancelled")).toBe(true);
  });
});
