import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppContext } from "../../../src/app/context.js";
import { loadAgenda, loadInterviewPlan, loadPlan } from "../../../src/app/plan/plan.js";
import { exportReminders } from "../../../src/app/plan/reminders.js";
import { DANA } from "../../core/plan/fixtures.js";
import { tempHome } from "../../helpers/temp-home.js";
import { appContext, saveInterview } from "../app-context.js";

let ctx: AppContext & { at(now: string): AppContext };
let acme: number;
let globex: number;

beforeEach(async () => {
  ctx = await appContext("2026-11-21T17:00:00Z");
  acme = await saveInterview(ctx, { end: "2026-11-20T15:30", interviewers: [DANA] });
  globex = await saveInterview(ctx, {
    end: "2026-11-24T11:00",
    zone: "Europe/London",
    company: "Globex",
    interviewers: [DANA],
  });
});
afterEach(() => ctx.store.close());

describe("loading plans", () => {
  it("gives one interview's whole plan, or null when there is no such interview", async () => {
    const plan = await loadPlan(ctx, acme);
    expect(plan?.map((m) => m.state)).toContain("due");
    expect(plan?.every((m) => m.interviewId === acme)).toBe(true);
    expect(await loadPlan(ctx, 999)).toBeNull();
    const view = await loadInterviewPlan(ctx, globex);
    expect(view?.timeZone).toBe("America/New_York");
    expect(view?.interview.company).toBe("Globex");
  });

  it("gathers the agenda across interviews, most urgent first, in the profile's zone", async () => {
    const agenda = await loadAgenda(ctx, 14);
    expect(agenda.timeZone).toBe("America/New_York");
    expect(agenda.now).toBe("2026-11-21T12:00:00-05:00");
    expect(agenda.items[0]).toMatchObject({
      company: "Acme Robotics",
      state: "due",
      kind: "thank-you",
    });
    expect(agenda.items.map((m) => m.company)).toContain("Globex");
    expect((await loadAgenda(ctx, 1)).items.every((m) => m.interviewId === acme)).toBe(true);
  });
});

describe("exporting reminders", () => {
  it("writes the calendar file whole, leaving out missed messages", async () => {
    const file = join(tempHome(), "reminders.ics");
    const later = ctx.at("2026-11-23T17:00:00Z");
    const result = await exportReminders(
      later,
      file,
      14,
      (m) => `afterword draft ${m.interviewId}`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const agenda = await loadAgenda(later, 14);
    const active = agenda.items.filter((m) => m.state !== "missed");
    expect(agenda.items.length).toBeGreaterThan(active.length);
    expect(result.value.events).toBe(active.length);
    expect(readFileSync(file, "utf8").match(/BEGIN:VEVENT/g)).toHaveLength(active.length);
  });

  it("says why a file could not be written", async () => {
    const result = await exportReminders(
      ctx,
      join(tmpdir(), "no-such-folder-af", "r.ics"),
      14,
      () => "",
    );
    expect(!result.ok && result.errors[0]).toMatch(/its folder does not exist/);
  });
});
