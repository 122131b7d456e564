import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Interview } from "../../src/core/interview.js";
import {
  emptyForm,
  fromInterview,
  newKey,
  toRecord,
  type DebriefForm,
} from "../../src/web/page/debrief-form.js";
import type { MessageEntry } from "../../src/web/server/present/message-entries.js";
import { tempHome } from "../helpers/temp-home.js";
import { apiHarness, type ApiHarness } from "./api-harness.js";

let api: ApiHarness;
beforeEach(async () => {
  api = await apiHarness(tempHome("afterword-debrief-"));
  await api.call({
    method: "PUT",
    url: "/api/profile",
    payload: { name: "Jordan Rivera", email: "jordan@example.com", timeZone: "America/New_York" },
  });
});
afterEach(async () => {
  await api.close();
});

/** A panel of two, with a concern, a question and a promise each given to one of them, or to both. */
function panelForm(): DebriefForm {
  const form = emptyForm();
  const dana = { ...form.interviewers[0]!, name: "Dana Whitfield", email: "dana@acme.example" };
  const sam = {
    key: newKey(),
    name: "Sam Okafor",
    title: "",
    email: "sam@acme.example",
    discussed: "how the on-call rotation works",
    notes: null,
  };
  return {
    ...form,
    company: "Acme Robotics",
    position: "Backend Engineer",
    date: "2026-11-20",
    startTime: "14:00",
    endTime: "15:00",
    timeZone: "America/Chicago",
    interviewers: [{ ...dana, discussed: "the telemetry pipeline" }, sam],
    raised: [
      { key: newKey(), by: sam.key, type: "concern", text: "my Go experience", answer: "" },
      { key: newKey(), by: dana.key, type: "question", text: "how to shard it", answer: "" },
      { key: newKey(), by: null, type: "concern", text: "relocation", answer: "" },
    ],
    promised: [{ key: newKey(), by: sam.key, what: "my load-test write-up", url: "" }],
  };
}

/** Who each point belongs to in the form, by name ("" for everyone met). */
function owners(form: DebriefForm): string[] {
  const name = (by: number | null) =>
    form.interviewers.find((person) => person.key === by)?.name ?? "";
  return [
    ...form.raised.map((point) => `${point.type} ${point.text}: ${name(point.by)}`),
    ...form.promised.map((item) => `promised ${item.what}: ${name(item.by)}`),
  ];
}

describe("the debrief form's raisedBy", () => {
  it("goes through the API and comes back to the same interviewer, or to no one", async () => {
    const form = panelForm();
    const record = toRecord(form) as {
      concerns: { raisedBy: string | null }[];
      unanswered: { raisedBy: string | null }[];
      promised: { raisedBy: string | null }[];
    };
    expect(record.concerns.map((c) => c.raisedBy)).toEqual(["Sam Okafor", null]);
    expect(record.unanswered.map((q) => q.raisedBy)).toEqual(["Dana Whitfield"]);
    expect(record.promised.map((p) => p.raisedBy)).toEqual(["Sam Okafor"]);

    const saved = await api.call({ method: "POST", url: "/api/interviews", payload: record });
    expect(saved.statusCode).toBe(201);
    const id = saved.json().interview.id as number;
    const shown = await api.call({ method: "GET", url: `/api/interviews/${id}` });
    const interview = shown.json().interview as Interview;
    expect(interview.concerns.map((c) => c.raisedBy)).toEqual(["Sam Okafor", null]);
    expect(interview.unanswered.map((q) => q.raisedBy)).toEqual(["Dana Whitfield"]);
    expect(interview.promised.map((p) => p.raisedBy)).toEqual(["Sam Okafor"]);

    const reopened = fromInterview(interview);
    expect(owners(reopened).sort()).toEqual(owners(form).sort());
    // Saved again unchanged, it stores the same record.
    const again = await api.call({
      method: "PUT",
      url: `/api/interviews/${id}`,
      payload: toRecord(reopened),
    });
    expect(again.statusCode).toBe(200);
    const stored = again.json().interview as Interview;
    expect({ c: stored.concerns, u: stored.unanswered, p: stored.promised }).toEqual({
      c: interview.concerns,
      u: interview.unanswered,
      p: interview.promised,
    });
  });

  it("keeps what the form does not show when an imported record is completed", async () => {
    const imported = await api.call({
      method: "POST",
      url: "/api/interviews",
      payload: {
        company: "Acme Robotics",
        position: "Backend Engineer",
        start: "2026-11-20T14:00",
        timeZone: "America/Chicago",
        location: "Building 4, room 2",
        joinUrl: "https://meet.example/abc",
        discussed: ["the team's on-call rotation"],
        interviewers: [{ name: "Dana Whitfield", notes: "prefers short notes" }],
      },
    });
    const interview = imported.json().interview as Interview;
    const form = fromInterview(interview);
    const saved = await api.call({
      method: "PUT",
      url: `/api/interviews/${interview.id}`,
      payload: toRecord({ ...form, nextSteps: "A decision next week." }),
    });
    expect(saved.json().interview).toMatchObject({
      location: "Building 4, room 2",
      joinUrl: "https://meet.example/abc",
      discussed: ["the team's on-call rotation"],
      interviewers: [{ name: "Dana Whitfield", notes: "prefers short notes" }],
      nextSteps: "A decision next week.",
    });
  });

  it("answers a saved debrief with its plan as one entry per person and message", async () => {
    await api.call({
      method: "PUT",
      url: "/api/profile",
      payload: {
        name: "Jordan Rivera",
        email: "jordan@example.com",
        timeZone: "America/New_York",
        cards: "always",
      },
    });
    const saved = await api.call({
      method: "POST",
      url: "/api/interviews",
      payload: toRecord(panelForm()),
    });
    const entries = saved.json().entries as MessageEntry[];
    const thanks = entries.filter((entry) => entry.kind === "thank-you");
    expect(
      thanks.map((entry) => [entry.recipient.name, entry.channels.map((c) => c.channel)]),
    ).toEqual([
      ["Dana Whitfield", ["email", "card"]],
      ["Sam Okafor", ["email", "card"]],
    ]);
    const id = saved.json().interview.id as number;
    const shown = (await api.call({ method: "GET", url: `/api/interviews/${id}` })).json();
    expect(shown.entries).toEqual(entries);
  });
});

describe("a debrief dated a year off", () => {
  it("is saved, with a warning that names the date and the year to check", async () => {
    const form = { ...panelForm(), date: "2025-11-20", startTime: "10:00" };
    const saved = await api.call({
      method: "POST",
      url: "/api/interviews",
      payload: toRecord(form),
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().warnings).toContainEqual(
      expect.stringMatching(/dated 20 November 2025, 12 months ago: .*correct the year/),
    );
    const near = { ...panelForm(), date: "2026-11-20", startTime: "10:00", company: "Other Co" };
    const fine = await api.call({
      method: "POST",
      url: "/api/interviews",
      payload: toRecord(near),
    });
    expect(fine.json().warnings).toEqual([]);
  });
});
