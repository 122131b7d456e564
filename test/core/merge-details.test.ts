import { describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import { mergeDetails } from "../../src/core/merge-details.js";
import { missingDetails } from "../../src/core/missing-details.js";
import { detailsPatchSchema } from "../../src/core/record/details-patch.js";

const imported: InterviewDetails = {
  company: "",
  position: "",
  stage: "other",
  format: "video",
  location: null,
  joinUrl: "https://meet.google.com/abc-defg-hij",
  timeZone: "America/Chicago",
  start: "2026-11-20T14:00:00-06:00",
  end: "2026-11-20T15:30:00-06:00",
  interviewers: [
    { name: "Dana Whitfield", title: null, email: "dana@acme.example", discussed: [], notes: null },
    {
      name: "lee@acme.example",
      title: null,
      email: "lee@acme.example",
      discussed: [],
      notes: null,
    },
  ],
  discussed: [],
  impressed: [],
  fit: [],
  concerns: [],
  unanswered: [],
  promised: [],
  nextSteps: null,
  decisionBy: null,
};

const patch = (raw: unknown) => detailsPatchSchema.parse(raw);

describe("adding details to an interview", () => {
  it("replaces what is given and keeps the rest", () => {
    const merged = mergeDetails(
      imported,
      patch({
        company: "Acme",
        position: "Engineer",
        discussed: "the on-call rotation",
        format: null,
      }),
    );
    expect(merged.ok && merged.value).toMatchObject({
      company: "Acme",
      position: "Engineer",
      discussed: ["the on-call rotation"],
      format: null,
      joinUrl: "https://meet.google.com/abc-defg-hij",
      start: "2026-11-20T14:00:00-06:00",
    });
    expect(merged.ok && missingDetails(merged.value)).toEqual([]);
    expect(missingDetails(imported)).toEqual(["company", "position"]);
  });

  it("changes interviewers matched by e-mail or name, adds new ones and removes on request", () => {
    const merged = mergeDetails(
      imported,
      patch({
        interviewers: [
          {
            email: "LEE@acme.example",
            name: "Lee Chen",
            title: "Staff Engineer",
            discussed: ["Kafka"],
          },
          { name: "dana whitfield", remove: true },
          { name: "Sam Park", discussed: ["the roadmap"] },
        ],
      }),
    );
    expect(merged.ok && merged.value.interviewers).toEqual([
      {
        name: "Lee Chen",
        title: "Staff Engineer",
        email: "lee@acme.example",
        discussed: ["Kafka"],
        notes: null,
      },
      { name: "Sam Park", title: null, email: null, discussed: ["the roadmap"], notes: null },
    ]);
  });

  it("moves the interview keeping its length, in its own zone", () => {
    const merged = mergeDetails(imported, patch({ start: "2026-11-21T09:00" }));
    expect(merged.ok && merged.value).toMatchObject({
      start: "2026-11-21T09:00:00-06:00",
      end: "2026-11-21T10:30:00-06:00",
    });
  });

  it("ends in the repeated hour when the new start comes before the clocks go back", () => {
    const merged = mergeDetails(
      imported,
      patch({ start: "2026-11-01T01:45", end: "2026-11-01T01:15" }),
    );
    expect(merged.ok && merged.value).toMatchObject({
      start: "2026-11-01T01:45:00-05:00",
      end: "2026-11-01T01:15:00-06:00",
    });
  });

  it("refuses an end before the start, an unknown person to remove, and a new person without a name", () => {
    expect(mergeDetails(imported, patch({ end: "2026-11-20T13:00" }))).toMatchObject({
      ok: false,
      errors: [{ path: "end" }],
    });
    expect(
      mergeDetails(
        imported,
        patch({
          interviewers: [{ email: "x@acme.example", remove: true }, { email: "y@acme.example" }],
        }),
      ),
    ).toMatchObject({
      ok: false,
      errors: [{ path: "interviewers[0]" }, { path: "interviewers[1].name" }],
    });
  });

  describe("raisedBy", () => {
    const panel: InterviewDetails = {
      ...imported,
      interviewers: [
        imported.interviewers[0]!,
        { name: "Sam Ortiz", title: null, email: "sam@acme.example", discussed: [], notes: null },
      ],
      concerns: [{ concern: "my limited Go", response: null, raisedBy: "Sam Ortiz" }],
    };

    it("reads the names of new entries and keeps stored ones, through a change of name", () => {
      const merged = mergeDetails(
        panel,
        patch({
          interviewers: [{ email: "sam@acme.example", name: "Samuel Ortiz" }],
          promised: [{ what: "the slides", raisedBy: "dana" }],
        }),
      );
      expect(merged.ok && merged.value).toMatchObject({
        concerns: [{ concern: "my limited Go", raisedBy: "Samuel Ortiz" }],
        promised: [{ what: "the slides", url: null, raisedBy: "Dana Whitfield" }],
      });
    });

    it("refuses a name that is none of the interviewers, and removing the person an entry names", () => {
      expect(
        mergeDetails(panel, patch({ unanswered: [{ question: "sharding", raisedBy: "Pat" }] })),
      ).toMatchObject({ ok: false, errors: [{ path: "unanswered[0].raisedBy" }] });
      expect(
        mergeDetails(panel, patch({ interviewers: [{ name: "Sam Ortiz", remove: true }] })),
      ).toMatchObject({
        ok: false,
        errors: [{ path: "concerns[0].raisedBy", found: '"Sam Ortiz"' }],
      });
    });
  });
});
