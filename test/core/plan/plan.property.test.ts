import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Interview } from "../../../src/core/interview.js";
import { CHANNELS, MESSAGE_KINDS, OUTCOMES } from "../../../src/core/message.js";
import type { HistoryEvent } from "../../../src/core/plan/history.js";
import { slugOf } from "../../../src/core/plan/item-id.js";
import { planInterview, type PlanInput } from "../../../src/core/plan/plan.js";
import type { PlannedMessage } from "../../../src/core/plan/planned-message.js";
import type { WorkingHours } from "../../../src/core/record/profile.js";

const ZONES = Intl.supportedValuesOf("timeZone").filter(
  (zone) => DateTime.now().setZone(zone).isValid,
);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2035, 0, 1);
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const NAMES = ["Dana Whitfield", "Lee Okafor", "José Álvarez", "Mei Tanaka", "Ana-Maria Ionescu"];

const zone = fc.constantFrom(...ZONES);
const instant = fc.integer({ min: FROM, max: TO });
const clock = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const workingHours: fc.Arbitrary<WorkingHours> = fc.record({
  days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  start: clock(6, 10),
  end: clock(15, 20),
});

const interviewers = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.tuple(...names.map((name) => fc.boolean().map((hasEmail) => ({ name, hasEmail })))),
  );

interface Scenario {
  input: PlanInput;
  end: DateTime;
}

function iso(ms: number, zoneName: string): string {
  return DateTime.fromMillis(ms, { zone: zoneName }).toISO()!;
}

function eventAt(end: number): fc.Arbitrary<number> {
  return fc.integer({ min: end - DAY, max: end + 150 * DAY });
}

function historyFor(end: number, names: string[], itemIds: string[]): fc.Arbitrary<HistoryEvent[]> {
  const event: fc.Arbitrary<HistoryEvent> = fc.oneof(
    fc.record({
      type: fc.constant("sent" as const),
      kind: fc.constantFrom(...MESSAGE_KINDS),
      channel: fc.constantFrom(...CHANNELS),
      to: fc.constantFrom(...names, "Sam Recruiter"),
      at: eventAt(end).map((ms) => iso(ms, "UTC")),
    }),
    fc.record({
      type: fc.constant("reply" as const),
      from: fc.option(fc.constantFrom(...names), { nil: null }),
      at: eventAt(end).map((ms) => iso(ms, "UTC")),
    }),
    fc.record({
      type: fc.constant("outcome" as const),
      outcome: fc.constantFrom(...OUTCOMES),
      at: eventAt(end).map((ms) => iso(ms, "UTC")),
    }),
    fc
      .tuple(fc.constantFrom(...itemIds), eventAt(end), fc.integer({ min: HOUR, max: 20 * DAY }))
      .map(([itemId, at, wait]) => ({
        type: "snooze" as const,
        itemId,
        until: iso(at + wait, "UTC"),
        at: iso(at, "UTC"),
      })),
  );
  return fc.array(event, { maxLength: 8 });
}

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    zone,
    candidateZone: zone,
    end: instant,
    length: fc.integer({ min: 15, max: 240 }),
    people: interviewers,
    hours: workingHours,
    // Half the time near the interview, where the thank-you windows open and close.
    nowOffset: fc.oneof(
      fc.integer({ min: -DAY, max: 3 * DAY }),
      fc.integer({ min: -10 * DAY, max: 200 * DAY }),
    ),
    decisionOffset: fc.option(fc.integer({ min: -5, max: 30 }), { nil: null }),
    extra: fc.boolean(),
  })
  .chain((base) => {
    const names = base.people.map((p) => p.name);
    const primary = base.people.find((p) => p.hasEmail) ?? base.people[0]!;
    const channel = primary.hasEmail ? "email" : "linkedin";
    const ids = [
      ...base.people.map((p) => `3.thank-you.${p.hasEmail ? "email" : "card"}.${slugOf(p.name)}`),
      `3.status-follow-up.${channel}.${slugOf(primary.name)}.1`,
      `3.status-follow-up.${channel}.${slugOf(primary.name)}.2`,
      `3.check-in.${channel}.${slugOf(primary.name)}.1`,
    ];
    return fc.tuple(fc.constant(base), historyFor(base.end, names, ids));
  })
  .map(([base, history]) => {
    const end = DateTime.fromMillis(base.end, { zone: base.zone });
    const interview: Interview = {
      id: 3,
      company: "Acme Robotics",
      position: "Engineer",
      stage: "onsite",
      format: null,
      location: null,
      joinUrl: null,
      timeZone: base.zone,
      start: end.minus({ minutes: base.length }).toISO()!,
      end: end.toISO()!,
      interviewers: base.people.map((p) => ({
        name: p.name,
        title: null,
        email: p.hasEmail ? `${p.name.split(" ")[0]!.toLowerCase()}@acme.example` : null,
        discussed: [],
        notes: null,
      })),
      discussed: [],
      impressed: [],
      fit: [],
      concerns: base.extra ? [{ concern: "a gap", response: null }] : [],
      unanswered: [],
      promised: [],
      nextSteps: null,
      decisionBy:
        base.decisionOffset === null ? null : end.plus({ days: base.decisionOffset }).toISODate(),
      status: "scheduled",
      needsDetails: false,
    };
    return {
      end,
      input: {
        interview,
        profile: { timeZone: base.candidateZone, workingHours: base.hours },
        history,
        now: DateTime.fromMillis(base.end + base.nowOffset, { zone: "UTC" }),
      },
    };
  });

const ms = (text: string | null | undefined) => DateTime.fromISO(text!).toMillis();

/** Whether an instant is inside working hours, judged independently of the planner's code. */
function inHours(at: DateTime, hours: WorkingHours, zoneName: string): boolean {
  const local = at.setZone(zoneName);
  const minutes = local.hour * 60 + local.minute;
  const [openH, openM] = hours.start.split(":").map(Number);
  const [closeH, closeM] = hours.end.split(":").map(Number);
  return (
    hours.days.includes(WEEKDAYS[local.weekday - 1]!) &&
    minutes >= openH! * 60 + openM! &&
    minutes < closeH! * 60 + closeM!
  );
}

/**
 * The first instant of [from, until) inside working hours, by scanning: every opening time falls
 * on a quarter hour, and every zone's offset is a whole number of quarter hours, so quarter hours
 * of UTC are the only candidates after `from` itself.
 */
function firstInHours(from: DateTime, until: DateTime, hours: WorkingHours, zoneName: string) {
  if (inHours(from, hours, zoneName)) return from;
  const quarter = 15 * 60_000;
  for (let t = Math.ceil(from.toMillis() / quarter) * quarter; t < until.toMillis(); t += quarter) {
    const at = DateTime.fromMillis(t, { zone: zoneName });
    if (inHours(at, hours, zoneName)) return at;
  }
  return null;
}

const thankYous = (items: PlannedMessage[]) => items.filter((m) => m.kind === "thank-you");
const followUps = (items: PlannedMessage[]) => items.filter((m) => m.kind === "status-follow-up");

describe("planner properties", () => {
  it("puts every thank-you deadline exactly 24 elapsed hours after the end", () => {
    fc.assert(
      fc.property(scenario, ({ input, end }) => {
        for (const message of thankYous(planInterview(input))) {
          expect(ms(message.deadline) - end.toMillis()).toBe(24 * HOUR);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("suggests a thank-you inside [end + 2 h, deadline], in working hours whenever possible", () => {
    fc.assert(
      fc.property(scenario, ({ input, end }) => {
        const hours = input.profile!.workingHours;
        const zoneName = input.interview.timeZone;
        const earliest = end.plus({ hours: 2 });
        const deadline = end.plus({ hours: 24 });
        const expected = firstInHours(earliest, deadline, hours, zoneName);
        for (const message of thankYous(planInterview(input))) {
          if (message.snoozedUntil) continue;
          const dueAt = DateTime.fromISO(message.dueAt);
          expect(dueAt.toMillis()).toBeGreaterThanOrEqual(earliest.toMillis());
          expect(dueAt.toMillis()).toBeLessThanOrEqual(deadline.toMillis());
          if (expected) {
            expect(inHours(dueAt, hours, zoneName)).toBe(true);
            expect(dueAt.toMillis()).toBe(expected.toMillis());
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it("plans at most two status follow-ups, the second at least 7 days after the first", () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const items = followUps(planInterview(input));
        expect(items.length).toBeLessThanOrEqual(2);
        const [first, second] = items;
        if (!first || !second || second.state === "done") return;
        const firstMoment = DateTime.fromISO(first.sentAt ?? first.dueAt, {
          zone: input.interview.timeZone,
        });
        expect(ms(second.dueAt)).toBeGreaterThanOrEqual(firstMoment.plus({ days: 7 }).toMillis());
      }),
      { numRuns: 150 },
    );
  });

  it("leaves no status follow-up to send once the company has replied", () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const replied = input.history.some(
          (event) => event.type === "reply" && ms(event.at) <= input.now.toMillis(),
        );
        if (!replied) return;
        for (const message of followUps(planInterview(input))) {
          expect(["done", "cancelled"]).toContain(message.state);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives states that agree with the clock, and unique ids", () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const items = planInterview(input);
        expect(new Set(items.map((m) => m.id)).size).toBe(items.length);
        const now = input.now.toMillis();
        for (const message of items) {
          if (message.state === "upcoming") expect(now).toBeLessThan(ms(message.dueAt));
          if (message.state === "due") {
            expect(now).toBeGreaterThanOrEqual(ms(message.dueAt));
            if (message.deadline) expect(now).toBeLessThan(ms(message.deadline));
          }
          if (message.state === "late" || message.state === "missed") {
            expect(now).toBeGreaterThanOrEqual(ms(message.deadline));
          }
          if (message.state === "done") expect(message.sentAt).not.toBeNull();
          expect(message.reason.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same plan for the same inputs, whatever order the history arrives in", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ input }, seed) => {
        const once = planInterview(input);
        const copy: PlanInput = {
          interview: structuredClone(input.interview),
          profile: structuredClone(input.profile),
          history: structuredClone(input.history),
          now: DateTime.fromMillis(input.now.toMillis()),
        };
        expect(planInterview(copy)).toEqual(once);
        const distinct = new Set(input.history.map((event) => ms(event.at)));
        if (distinct.size !== input.history.length) return;
        const shuffled = [...input.history].sort(
          (a, b) => ((ms(a.at) * 31 + seed) % 97) - ((ms(b.at) * 31 + seed) % 97),
        );
        expect(planInterview({ ...input, history: shuffled })).toEqual(once);
      }),
      { numRuns: 120 },
    );
  });
});
