import { describe, expect, it } from "vitest";
import { formatFieldError } from "../../../src/core/record/field-error.js";
import { resolveRecord } from "../../../src/core/record/resolve-record.js";

const minimal = {
  company: "Acme Robotics",
  position: "Senior Backend Engineer",
  start: "2026-11-20T14:00",
  interviewers: [{ name: "Dana Whitfield" }],
};

function accepted(raw: unknown, zone: string | null = "America/Chicago") {
  const result = resolveRecord(raw, zone);
  if (!result.ok) throw new Error(result.errors.map(formatFieldError).join("\n"));
  return result.value;
}

function refused(raw: unknown, zone: string | null = "America/Chicago") {
  const result = resolveRecord(raw, zone);
  if (result.ok) throw new Error("accepted a record that should be refused");
  return result.errors;
}

describe("a list item typed with a colon", () => {
  it("is the text that was typed, though YAML reads it as a field", () => {
    const { interview } = accepted({
      ...minimal,
      interviewers: [{ name: "Dana Whitfield", discussed: [{ CPD: "1 conference a yr funded" }] }],
      fit: [{ ratio: 4 }],
    });
    expect(interview.interviewers[0]!.discussed).toEqual(["CPD: 1 conference a yr funded"]);
    expect(interview.fit).toEqual(["ratio: 4"]);
  });

  it("still refuses a mapping of several fields where text belongs", () => {
    refused({ ...minimal, fit: [{ a: "one", b: "two" }] });
  });
});

describe("the interview record", () => {
  it("applies every default of the contract", () => {
    const { interview, warnings } = accepted(minimal);
    expect(interview).toEqual({
      company: "Acme Robotics",
      position: "Senior Backend Engineer",
      stage: "other",
      format: null,
      location: null,
      joinUrl: null,
      timeZone: "America/Chicago",
      start: "2026-11-20T14:00:00-06:00",
      end: "2026-11-20T15:00:00-06:00",
      interviewers: [
        { name: "Dana Whitfield", title: null, email: null, discussed: [], notes: null },
      ],
      discussed: [],
      impressed: [],
      fit: [],
      concerns: [],
      unanswered: [],
      promised: [],
      nextSteps: null,
      decisionBy: null,
    });
    expect(warnings).toEqual([]);
  });

  it("keeps every field of the contract", () => {
    const { interview } = accepted({
      ...minimal,
      stage: "onsite",
      end: "2026-11-20T15:30",
      timeZone: "Europe/Berlin",
      format: "video",
      location: "https://meet.example/abc",
      interviewers: [
        {
          name: "Dana Whitfield",
          title: "Engineering Manager",
          email: "dana.whitfield@acme.example",
          discussed: ["moving the fleet telemetry pipeline to Kafka"],
          notes: "asked twice about on-call",
        },
      ],
      discussed: ["the team's on-call rotation"],
      impressed: ["the weekly demo day"],
      fit: ["five years running event pipelines"],
      concerns: [
        { concern: "limited Go experience", response: "I have since ported a service to Go." },
      ],
      unanswered: [{ question: "how to shard the scheduler", answer: "Partition by tenant." }],
      promised: [{ what: "my load-testing write-up", url: "https://example.com/load-testing" }],
      nextSteps: "A decision by December 1.",
      decisionBy: "2026-12-01",
    });
    expect(interview).toMatchObject({
      stage: "onsite",
      timeZone: "Europe/Berlin",
      start: "2026-11-20T14:00:00+01:00",
      end: "2026-11-20T15:30:00+01:00",
      format: "video",
      location: "https://meet.example/abc",
      interviewers: [
        {
          title: "Engineering Manager",
          email: "dana.whitfield@acme.example",
          discussed: ["moving the fleet telemetry pipeline to Kafka"],
          notes: "asked twice about on-call",
        },
      ],
      discussed: ["the team's on-call rotation"],
      impressed: ["the weekly demo day"],
      fit: ["five years running event pipelines"],
      concerns: [
        { concern: "limited Go experience", response: "I have since ported a service to Go." },
      ],
      unanswered: [{ question: "how to shard the scheduler", answer: "Partition by tenant." }],
      promised: [{ what: "my load-testing write-up", url: "https://example.com/load-testing" }],
      nextSteps: "A decision by December 1.",
      decisionBy: "2026-12-01",
    });
  });

  it("takes the profile's zone when the record names none, and the record's over it", () => {
    expect(accepted(minimal, "Asia/Tokyo").interview.start).toBe("2026-11-20T14:00:00+09:00");
    expect(accepted({ ...minimal, timeZone: "UTC" }, "Asia/Tokyo").interview.start).toBe(
      "2026-11-20T14:00:00Z",
    );
  });

  it("keeps an instant with an offset as that instant", () => {
    const { interview } = accepted({
      ...minimal,
      start: "2026-11-20T20:00Z",
      end: "2026-11-20T21:00:00+00:00",
    });
    expect(interview.start).toBe("2026-11-20T14:00:00-06:00");
    expect(interview.end).toBe("2026-11-20T15:00:00-06:00");
  });

  it("reads an ambiguous fall-back time as the earlier one and says so", () => {
    const { interview, warnings } = accepted({ ...minimal, start: "2026-11-01T01:30" });
    expect(interview.start).toBe("2026-11-01T01:30:00-05:00");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/twice in America\/Chicago.*earlier/);
  });

  it("ends in the repeated hour when the meeting starts before the clocks go back", () => {
    const { interview, warnings } = accepted({
      ...minimal,
      start: "2026-11-01T01:45",
      end: "2026-11-01T01:15",
    });
    expect(interview.start).toBe("2026-11-01T01:45:00-05:00");
    expect(interview.end).toBe("2026-11-01T01:15:00-06:00");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^start /);
  });

  it("takes a single phrase where a list is expected as a list of one", () => {
    expect(accepted({ ...minimal, fit: "ten years of Go" }).interview.fit).toEqual([
      "ten years of Go",
    ]);
  });
});

describe("a refused record names the field, what was expected and what was found", () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    ["a missing company", { ...minimal, company: undefined }, "company", /found nothing/],
    ["an empty position", { ...minimal, position: "  " }, "position", /non-empty text/],
    [
      "a number for a company",
      { ...minimal, company: 42 },
      "company",
      /expected text, found number 42/,
    ],
    ["no interviewers", { ...minimal, interviewers: [] }, "interviewers", /at least one/],
    [
      "an interviewer without a name",
      { ...minimal, interviewers: [{ title: "CTO" }] },
      "interviewers[0].name",
      /found nothing/,
    ],
    [
      "a bad e-mail",
      { ...minimal, interviewers: [{ name: "A", email: "dana@" }] },
      "interviewers[0].email",
      /e-mail address/,
    ],
    ["an unknown stage", { ...minimal, stage: "coffee" }, "stage", /one of screen, phone/],
    [
      "an unknown format",
      { ...minimal, format: "carrier pigeon" },
      "format",
      /one of phone, video, onsite/,
    ],
    [
      "an unknown time zone",
      { ...minimal, timeZone: "Mars/Olympus" },
      "timeZone",
      /IANA time zone/,
    ],
    ["an unreadable start", { ...minimal, start: "next Tuesday" }, "start", /2026-11-20T14:00/],
    [
      "a start in the spring-forward gap",
      { ...minimal, start: "2026-03-08T02:30" },
      "start",
      /exists in America\/Chicago/,
    ],
    [
      "an end before the start",
      { ...minimal, end: "2026-11-20T13:00" },
      "end",
      /after the start, 2026-11-20 14:00 \(America\/Chicago\), found 2026-11-20 13:00/,
    ],
    [
      "an end equal to the start",
      { ...minimal, end: "2026-11-20T14:00" },
      "end",
      /after the start/,
    ],
    [
      "a bad decision date",
      { ...minimal, decisionBy: "2026-02-30" },
      "decisionBy",
      /a date such as/,
    ],
    [
      "a promised link that is not a web address",
      { ...minimal, promised: [{ what: "slides", url: "file:///etc/passwd" }] },
      "promised[0].url",
      /https/,
    ],
    [
      "a concern without its concern",
      { ...minimal, concerns: [{ response: "fine" }] },
      "concerns[0].concern",
      /found nothing/,
    ],
    [
      "a misspelt field",
      { ...minimal, interviewer: [] },
      "interviewer",
      /did you mean `interviewers`/,
    ],
    ["a field nothing is like", { ...minimal, salary: 1 }, "salary", /only the documented fields/],
    [
      "a zone abbreviation",
      { ...minimal, timeZone: "EST" },
      "timeZone",
      /such as America\/New_York \(an abbreviation like EST is a fixed offset/,
    ],
    [
      "a POSIX-style zone name, which does keep daylight saving",
      { ...minimal, timeZone: "EST5EDT" },
      "timeZone",
      /such as America\/New_York \(EST5EDT is an old POSIX-style rule, not a place: it follows the US daylight-saving rules/,
    ],
    [
      "a list of lists",
      { ...minimal, discussed: [["a"]] },
      "discussed[0]",
      /expected text, found a list/,
    ],
  ];

  it.each(cases)("%s", (_label, raw, path, expected) => {
    const errors = refused(raw);
    const error = errors.find((e) => e.path === path);
    expect(error, `no error at ${path}: ${JSON.stringify(errors)}`).toBeDefined();
    expect(formatFieldError(error!)).toMatch(expected);
  });

  it("asks for a profile when neither the record nor a profile gives a zone", () => {
    const [error] = refused(minimal, null);
    expect(error?.path).toBe("timeZone");
    expect(error?.expected).toMatch(/set your profile first/);
    expect(error?.code).toBe("no-profile");
  });

  it("prefixes paths with the record's place in a list", () => {
    const result = resolveRecord({ ...minimal, company: 1 }, "UTC", "[1]");
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(["[1].company"]);
  });

  describe("raisedBy", () => {
    const panel = {
      ...minimal,
      interviewers: [{ name: "Dana Whitfield" }, { name: "Dr. Sam Ortiz" }, { name: "Zoë Brandt" }],
    };

    it("reads the name however it is written and stores the interviewer's name from the record", () => {
      const { interview } = accepted({
        ...panel,
        concerns: [
          { concern: "my limited Go", raisedBy: "dana" },
          { concern: "on-call load", raisedBy: "DANA WHITFIELD" },
        ],
        unanswered: [{ question: "how I would shard it", raisedBy: "Dr Ortiz" }],
        promised: [
          { what: "my load-testing write-up", raisedBy: "zoe brandt" },
          { what: "the slides" },
        ],
      });
      expect(interview.concerns.map((c) => c.raisedBy)).toEqual([
        "Dana Whitfield",
        "Dana Whitfield",
      ]);
      expect(interview.unanswered[0]!.raisedBy).toBe("Dr. Sam Ortiz");
      expect(interview.promised.map((p) => p.raisedBy)).toEqual(["Zoë Brandt", null]);
    });

    it("refuses a name that is none of the interviewers, naming the field and the closest one", () => {
      const errors = refused({
        ...minimal,
        interviewers: [{ name: "Dana Whitfield" }, { name: "Sam Ortiz" }],
        concerns: [{ concern: "my limited Go", raisedBy: "Dina" }],
        promised: [{ what: "slides", raisedBy: "Pat Quinn" }],
      });
      expect(errors.map(formatFieldError)).toEqual([
        'concerns[0].raisedBy: expected one of the interviewers (Dana Whitfield, Sam Ortiz), found "Dina" (did you mean Dana Whitfield?)',
        'promised[0].raisedBy: expected one of the interviewers (Dana Whitfield, Sam Ortiz), found "Pat Quinn"',
      ]);
    });

    it("refuses a name that could be two interviewers", () => {
      const errors = refused({
        ...minimal,
        interviewers: [{ name: "Dana Whitfield" }, { name: "Dana Reyes" }],
        unanswered: [{ question: "how I would shard it", raisedBy: "Dana" }],
      });
      expect(errors.map(formatFieldError)).toEqual([
        'unanswered[0].raisedBy: expected one interviewer\'s full name (Dana Whitfield or Dana Reyes), found "Dana", which names more than one',
      ]);
    });

    it("prefixes the field with the record's place in a list", () => {
      const result = resolveRecord(
        { ...minimal, concerns: [{ concern: "Go", raisedBy: "Sam" }] },
        "UTC",
        "[2]",
      );
      expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
        "[2].concerns[0].raisedBy",
      ]);
    });
  });
});
