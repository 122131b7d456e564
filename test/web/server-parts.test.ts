import { describe, expect, it } from "vitest";
import type { Channel, PlanState } from "../../src/core/message.js";
import type { AgendaItem } from "../../src/core/plan/agenda.js";
import { carryOver, mergeFindings } from "../../src/web/page/proofreading.js";
import { hasDesktop } from "../../src/web/server/desktop.js";
import { agendaEntries } from "../../src/web/server/present/agenda-entries.js";
import { notesBehind } from "../../src/web/server/present/provenance-notes.js";
import { northbridge } from "../helpers/check-context.js";
import { takeServeLock } from "../../src/web/server/serve-lock.js";
import { tempHome } from "../helpers/temp-home.js";

describe("the serve lock", () => {
  it("lets one server hold a data folder and tells a second where the first is", () => {
    const home = tempHome();
    const first = takeServeLock(home, { pid: process.pid, url: "http://127.0.0.1:4317/" });
    expect(first.ok).toBe(true);
    const second = takeServeLock(home, { pid: process.pid + 1, url: "" });
    expect(second).toEqual({
      ok: false,
      holder: { pid: process.pid, url: "http://127.0.0.1:4317/" },
    });
    if (first.ok) first.release();
    expect(takeServeLock(home, { pid: process.pid, url: "" }).ok).toBe(true);
  });

  it("takes over a lock left by a process that is gone", () => {
    const home = tempHome();
    // No process has this ID: the kernel's limit is far below it.
    expect(takeServeLock(home, { pid: 2 ** 30, url: "x" }).ok).toBe(true);
    expect(takeServeLock(home, { pid: process.pid, url: "y" }).ok).toBe(true);
  });
});

describe("whether a browser can open", () => {
  it("opens on a desktop and only prints on CI or over SSH", () => {
    expect(hasDesktop({ DISPLAY: ":0" }, "linux")).toBe(true);
    expect(hasDesktop({ WAYLAND_DISPLAY: "wayland-0" }, "linux")).toBe(true);
    expect(hasDesktop({}, "linux")).toBe(false);
    expect(hasDesktop({ DISPLAY: ":0", CI: "true" }, "linux")).toBe(false);
    expect(hasDesktop({}, "darwin")).toBe(true);
    expect(hasDesktop({ SSH_CONNECTION: "1 2 3 4" }, "darwin")).toBe(false);
    expect(hasDesktop({}, "win32")).toBe(true);
  });
});

describe("the agenda's entries", () => {
  const choice = (channel: Channel, state: PlanState) => ({
    channel,
    id: `1.thank-you.${channel}.dana`,
    state,
    dueAt: "2026-11-20T16:00:00Z",
    deadline: "2026-11-21T14:00:00Z",
    sentAt: state === "done" ? "2026-11-20T17:00:00Z" : null,
    snoozedUntil: null,
  });
  const entry = (channels: ReturnType<typeof choice>[]): AgendaItem => ({
    ...channels[0]!,
    interviewId: 1,
    kind: "thank-you",
    recipient: { name: "Dana", email: "dana@acme.example" },
    sequence: 1,
    reason: "r",
    company: "Acme",
    position: "Engineer",
    group: "now",
    channels,
  });

  it("shows the agenda's entries, each channel not yet sent by a choice inside it", () => {
    const entries = agendaEntries([
      entry([choice("email", "due"), choice("card", "due")]),
      entry([choice("email", "due"), choice("card", "done")]),
    ]);
    expect(entries.map((e) => [e.key, e.channels.map((c) => c.planItemId)])).toEqual([
      ["1.thank-you.email.dana", ["1.thank-you.email.dana", "1.thank-you.card.dana"]],
      ["1.thank-you.email.dana", ["1.thank-you.email.dana"]],
    ]);
  });
});

describe("findings carried over a keystroke", () => {
  const finding = (start: number, end: number, rule = "grammar.other") => ({
    rule,
    severity: "warning" as const,
    message: "m",
    start,
    end,
  });

  it("keeps those before the edit, moves those after it, and drops those it touched", () => {
    const before = "one two three four";
    const after = "one twoo three four";
    expect(carryOver([finding(0, 3), finding(4, 7), finding(14, 18)], before, after)).toEqual([
      finding(0, 3),
      finding(15, 19),
    ]);
  });

  it("keeps the suggestion an earlier check worked out for a finding of this keystroke", () => {
    const now = [finding(0, 3, "spelling")];
    const earlier = { ...finding(0, 3, "spelling"), suggestion: "two, tow" };
    expect(mergeFindings(now, [earlier])).toEqual([earlier]);
  });

  it("adds harper's carried grammar to our findings, once", () => {
    const ours = [finding(0, 3, "spelling")];
    expect(mergeFindings(ours, [finding(0, 3, "spelling"), finding(5, 8)])).toEqual([
      finding(0, 3, "spelling"),
      finding(5, 8),
    ]);
  });
});

describe("the notes behind a draft's sentences", () => {
  const entry = (...sources: string[]) => ({ start: 0, end: 1, slot: "fit" as const, sources });

  it("quotes each note a sentence came from, with the interviewer it is about", () => {
    const interview = northbridge({
      fit: ["five years of Kafka pipelines"],
      concerns: [{ concern: "no Airflow", response: "I ran Dagster", raisedBy: "Priya Raman" }],
    });
    expect(
      notesBehind(
        [
          entry("interviewers[0].discussed[0]"),
          entry("fit[0]", "company"),
          entry("concerns[0].concern", "concerns[0].response"),
        ],
        interview,
      ),
    ).toEqual({
      "interviewers[0].discussed[0]": {
        text: "moving the nightly batch jobs to streaming with Kafka",
        person: "Dana Whitfield",
      },
      "fit[0]": { text: "five years of Kafka pipelines", person: null },
      "concerns[0].concern": { text: "no Airflow", person: "Priya Raman" },
      "concerns[0].response": { text: "I ran Dagster", person: "Priya Raman" },
    });
  });

  it("leaves out facts that are not notes, and paths the record no longer has", () => {
    expect(
      notesBehind([entry("company", "start", "profile.name", "fit[3]")], northbridge()),
    ).toEqual({});
  });
});
