import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { MessageKind } from "../../../src/core/message.js";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { planInterview } from "../../../src/core/plan/plan.js";
import { firstFollowUpDue } from "../../../src/core/plan/status-follow-up.js";
import { DEFAULT_WORKING_HOURS, type WorkingHours } from "../../../src/core/record/profile.js";
import { codes, danaContext, GOOD_NOTE, northbridge } from "../../helpers/check-context.js";
import { runRules } from "../../../src/core/check/index.js";

const timing = (now: string, input: Parameters<typeof danaContext>[0] = {}) =>
  codes(runRules(GOOD_NOTE, danaContext({ now, ...input }))).filter((code) =>
    code.startsWith("timing."),
  );

const sent = (kind: MessageKind, at: string): HistoryEvent => ({
  type: "sent",
  kind,
  channel: "email",
  to: "Dana Whitfield",
  at,
});

// The interview ends 2026-11-17 16:00 Chicago time, 22:00 UTC.
describe("timing of a thank-you note", () => {
  it("is on time within 24 h of the interview's end", () => {
    expect(timing("2026-11-18T21:59:00Z")).toEqual([]);
  });

  it("is late after 24 h and missed after 48 h", () => {
    expect(timing("2026-11-18T22:01:00Z")).toEqual(["timing.late"]);
    expect(timing("2026-11-19T22:01:00Z")).toEqual(["timing.missed"]);
  });

  it("is early before the interview has ended", () => {
    expect(timing("2026-11-17T21:00:00Z")).toEqual(["timing.early"]);
  });

  it("warns when the same person already has one on the same channel", () => {
    const history = [sent("thank-you", "2026-11-18T01:00:00Z")];
    expect(timing("2026-11-18T15:00:00Z", { history })).toEqual(["timing.duplicate"]);
    expect(timing("2026-11-18T15:00:00Z", { history, channel: "card" })).not.toContain(
      "timing.duplicate",
    );
  });

  it("words the deadline in the interview's zone", () => {
    const finding = runRules(GOOD_NOTE, danaContext({ now: "2026-11-18T23:00:00Z" })).find(
      (f) => f.rule === "timing.late",
    );
    expect(finding?.message).toContain("Wed 18 Nov, 16:00 CST");
  });
});

describe("patience with status follow-ups", () => {
  const followUp = { kind: "status-follow-up" as const };

  it("waits 7 days after the interview at the same wall time", () => {
    expect(timing("2026-11-24T21:59:00Z", followUp)).toEqual(["timing.too-soon"]);
    expect(timing("2026-11-24T22:00:00Z", followUp)).toEqual([]);
  });

  it("waits until 09:00 two business days after a named decision date, when that is later", () => {
    const interview = northbridge({ decisionBy: "2026-11-27" });
    expect(firstFollowUpDue(interview, DEFAULT_WORKING_HOURS).at.toISO()).toBe(
      "2026-12-01T09:00:00.000-06:00",
    );
    expect(timing("2026-12-01T14:59:00Z", { ...followUp, interview })).toEqual(["timing.too-soon"]);
    expect(timing("2026-12-01T15:00:00Z", { ...followUp, interview })).toEqual([]);
  });

  it("asks the planner: too soon exactly until the plan has the follow-up due, in the profile's working days", () => {
    // Recipients who work Wednesday to Friday: two working days after Friday 27 Nov end on Thursday.
    const workingHours: WorkingHours = {
      days: ["wed", "thu", "fri"],
      start: "09:00",
      end: "17:00",
    };
    const interview = northbridge({ decisionBy: "2026-11-27" });
    const planned = planInterview({
      interview: { ...interview, id: 3, status: "scheduled", needsDetails: false },
      profile: { timeZone: "America/Chicago", workingHours },
      history: [],
      now: DateTime.fromISO("2026-11-18T15:00:00Z"),
    }).find((item) => item.kind === "status-follow-up")!;
    expect(planned.dueAt).toBe("2026-12-03T09:00:00-06:00");
    const profile = { name: "Jordan Rivera", workingHours };
    const at = (now: string) => timing(now, { ...followUp, interview, profile });
    expect(at("2026-12-03T14:59:00Z")).toEqual(["timing.too-soon"]);
    expect(at("2026-12-03T15:00:00Z")).toEqual([]);
  });

  it("keeps follow-ups 7 days apart and at most 2", () => {
    const one = [sent("status-follow-up", "2026-11-25T15:00:00Z")];
    expect(timing("2026-11-30T15:00:00Z", { ...followUp, history: one })).toEqual([
      "timing.too-soon",
    ]);
    expect(timing("2026-12-02T15:00:00Z", { ...followUp, history: one })).toEqual([]);
    const two = [...one, sent("status-follow-up", "2026-12-02T15:00:00Z")];
    expect(timing("2026-12-20T15:00:00Z", { ...followUp, history: two })).toEqual([
      "timing.too-many",
    ]);
  });

  it("warns when the company has already replied or decided", () => {
    const history: HistoryEvent[] = [
      { type: "reply", from: "Dana Whitfield", at: "2026-11-23T15:00:00Z" },
    ];
    expect(timing("2026-11-30T15:00:00Z", { ...followUp, history })).toEqual([
      "timing.after-reply",
    ]);
    const rejected: HistoryEvent[] = [
      { type: "outcome", outcome: "rejected", at: "2026-11-23T15:00:00Z" },
    ];
    expect(timing("2026-11-30T15:00:00Z", { ...followUp, history: rejected })).toEqual([
      "timing.after-reply",
    ]);
  });

  it("ignores history that lies after the moment of sending", () => {
    const later = [sent("status-follow-up", "2026-12-10T15:00:00Z")];
    expect(timing("2026-11-30T15:00:00Z", { ...followUp, history: later })).toEqual([]);
  });
});

describe("other deadlines", () => {
  it("gives a reply to a rejection 48 h", () => {
    const history: HistoryEvent[] = [
      { type: "outcome", outcome: "rejected", at: "2026-11-20T15:00:00Z" },
    ];
    const kind = "rejection-reply" as const;
    expect(timing("2026-11-22T14:00:00Z", { kind, history })).toEqual([]);
    expect(timing("2026-11-22T16:00:00Z", { kind, history })).toEqual(["timing.late"]);
  });

  it("gives additional information 3 days", () => {
    expect(timing("2026-11-20T21:00:00Z", { kind: "additional-info" })).toEqual([]);
    expect(timing("2026-11-20T23:00:00Z", { kind: "additional-info" })).toEqual(["timing.late"]);
  });

  it("spaces check-ins at least 4 weeks from the last message, at most 3", () => {
    const kind = "check-in" as const;
    const history = [sent("status-follow-up", "2026-12-01T15:00:00Z")];
    expect(timing("2026-12-20T15:00:00Z", { kind, history })).toEqual(["timing.too-soon"]);
    expect(timing("2026-12-30T15:00:00Z", { kind, history })).toEqual([]);
    const three = ["2027-01-01", "2027-02-05", "2027-03-10"].map((day) =>
      sent("check-in", `${day}T15:00:00Z`),
    );
    expect(timing("2027-05-01T15:00:00Z", { kind, history: three })).toEqual(["timing.too-many"]);
  });
});
