import { describe, expect, it } from "vitest";
import { subjectsOf } from "../../../src/core/plan/additional-info.js";
import { answersFor, separateMessages } from "../../../src/core/plan/answer-routing.js";
import type { Interviewer } from "../../../src/core/interview.js";
import { DANA, interview, item, LEE, plan, wall } from "./fixtures.js";

const ID = "3.additional-info.email.dana-whitfield";
const concern = { concern: "my limited Go experience", response: null };
const question = { question: "how I would shard the scheduler", answer: null };
const promise = { what: "the load-testing write-up", url: null };

describe("additional information", () => {
  it("is planned only when the record holds a concern, an open question or promised material", () => {
    const none = plan(interview({ end: "2026-11-18T15:00" }), { now: "2026-11-18T00:00Z" });
    expect(none.some((m) => m.kind === "additional-info")).toBe(false);
    for (const extra of [
      { concerns: [concern] },
      { unanswered: [question] },
      // Material goes with an e-mailed thank-you; to someone with no address, on its own.
      { promised: [promise], interviewers: [LEE] },
    ]) {
      const items = plan(interview({ end: "2026-11-18T15:00", ...extra }), {
        now: "2026-11-18T00:00Z",
      });
      expect(items.filter((m) => m.kind === "additional-info")).toHaveLength(1);
    }
    const attached = plan(interview({ end: "2026-11-18T15:00", promised: [promise] }), {
      now: "2026-11-18T00:00Z",
    });
    expect(attached.some((m) => m.kind === "additional-info")).toBe(false);
  });

  it("falls in working hours a day after the interview, with 3 calendar days as the deadline", () => {
    const subject = interview({ end: "2026-11-20T15:00", concerns: [concern] });
    const message = item(plan(subject, { now: "2026-11-20T00:00Z" }), ID);
    expect(message.dueAt).toBe("2026-11-23T08:00:00-06:00");
    expect(message.deadline).toBe("2026-11-23T15:00:00-06:00");
  });

  const moments = [
    { now: "2026-11-19T09:00", state: "upcoming" },
    { now: "2026-11-19T15:00", state: "due" },
    { now: "2026-11-21T14:59", state: "due" },
    { now: "2026-11-21T15:00", state: "missed" },
  ];
  it.each(moments)("at $now it is $state", ({ now, state }) => {
    const subject = interview({ end: "2026-11-18T15:00", unanswered: [question] });
    expect(item(plan(subject, { now: wall(now, "America/Chicago") }), ID).state).toBe(state);
  });

  it("says what the message carries", () => {
    const only = (record: Parameters<typeof separateMessages>[0]) =>
      subjectsOf(separateMessages(record)[0]!.refs);
    expect(only(interview({ end: "2026-11-18T15:00", concerns: [concern] }))).toBe("a concern");
    expect(
      only(
        interview({
          end: "2026-11-18T15:00",
          concerns: [concern, concern],
          unanswered: [question],
          promised: [promise],
        }),
      ),
    ).toBe("2 concerns and an unanswered question");
    expect(
      only(
        interview({ end: "2026-11-18T15:00", interviewers: [LEE], promised: [promise, promise] }),
      ),
    ).toBe("2 things you promised to send");
  });

  describe("to whoever raised it", () => {
    const SAM: Interviewer = { ...DANA, name: "Sam Ortiz", email: "sam@acme.example" };
    const panel = [DANA, SAM, LEE];
    const kinds = (items: ReturnType<typeof plan>) =>
      items.filter((m) => m.kind === "additional-info").map((m) => m.id);

    it("sends a concern Sam raised to Sam alone", () => {
      const subject = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [{ ...concern, raisedBy: "Sam Ortiz" }],
      });
      const items = plan(subject, { now: "2026-11-18T00:00Z" });
      expect(kinds(items)).toEqual(["3.additional-info.email.sam-ortiz"]);
      expect(item(items, "3.additional-info.email.sam-ortiz").reason).toMatch(
        /^Your notes hold a concern: give Sam Ortiz the fuller answer/,
      );
    });

    it("keeps what nobody is named for with the main contact, and each answer in one message", () => {
      const subject = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [{ ...concern, raisedBy: "Sam Ortiz" }, concern],
        unanswered: [{ ...question, raisedBy: "Dana Whitfield" }],
        promised: [{ ...promise, raisedBy: "Lee Okafor" }],
      });
      expect(kinds(plan(subject, { now: "2026-11-18T00:00Z" }))).toEqual([
        "3.additional-info.email.dana-whitfield",
        "3.additional-info.email.sam-ortiz",
        "3.additional-info.linkedin.lee-okafor",
      ]);
      expect(separateMessages(subject)).toEqual([
        {
          owner: 0,
          refs: [
            { field: "concerns", index: 1 },
            { field: "unanswered", index: 0 },
          ],
        },
        { owner: 1, refs: [{ field: "concerns", index: 0 }] },
        { owner: 2, refs: [{ field: "promised", index: 0 }] },
      ]);
    });

    it("leaves a short answer to their thank-you, whoever raised it, and gives it to no one else", () => {
      const short = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [{ concern: "my Go", response: "I have shipped a Go service." }],
      });
      expect(kinds(plan(short, { now: "2026-11-18T00:00Z" }))).toEqual([]);
      expect([0, 1].map((reader) => answersFor(short, reader, "thank-you"))).toEqual([
        [{ field: "concerns", index: 0 }],
        [],
      ]);

      const subject = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [
          { concern: "my Go", response: "I have shipped a Go service.", raisedBy: "Sam Ortiz" },
        ],
        promised: [{ what: "my slides", url: "https://example.com/s", raisedBy: "Sam Ortiz" }],
      });
      expect(kinds(plan(subject, { now: "2026-11-18T00:00Z" }))).toEqual([]);
      const sams = [
        { field: "concerns", index: 0 },
        { field: "promised", index: 0 },
      ];
      expect([0, 1, 2].map((reader) => answersFor(subject, reader, "thank-you"))).toEqual([
        [],
        sams,
        [],
      ]);
      const long = "I have shipped a Go service. ".repeat(12).trim();
      const longer = { ...subject, concerns: [{ ...subject.concerns[0]!, response: long }] };
      expect(kinds(plan(longer, { now: "2026-11-18T00:00Z" }))).toEqual([
        "3.additional-info.email.sam-ortiz",
      ]);
      // The link fits in Sam's thank-you; the long answer follows in its own message, once.
      expect(answersFor(longer, 1, "thank-you")).toEqual([{ field: "promised", index: 0 }]);
      expect(answersFor(longer, 1, "additional-info")).toEqual([{ field: "concerns", index: 0 }]);
      expect(separateMessages(longer)).toEqual([
        { owner: 1, refs: [{ field: "concerns", index: 0 }] },
      ]);
    });

    it("sends material to attach with the thank-you by e-mail, when it has room", () => {
      const subject = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [
          { concern: "my Go", response: "I have shipped a Go service.", raisedBy: "Sam Ortiz" },
        ],
        promised: [{ what: "my slides", url: null, raisedBy: "Sam Ortiz" }],
      });
      expect(kinds(plan(subject, { now: "2026-11-18T00:00Z" }))).toEqual([]);
      expect(answersFor(subject, 1, "thank-you")).toEqual([
        { field: "concerns", index: 0 },
        { field: "promised", index: 0 },
      ]);
    });

    it("drafts a file asked for after the thank-you went on its own, and plans no second sending", () => {
      const subject = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        promised: [{ what: "my slides", url: null, raisedBy: "Sam Ortiz" }],
      });
      const thanked = {
        type: "sent" as const,
        kind: "thank-you" as const,
        channel: "email" as const,
        to: "Sam Ortiz",
        at: "2026-11-18T18:00:00-06:00",
      };
      // The history does not say which files the thank-you carried: one in the record went with it.
      expect(kinds(plan(subject, { now: "2026-11-19T00:00Z", history: [thanked] }))).toEqual([]);
      expect(answersFor(subject, 1, "thank-you", [1])).toEqual([]);
      expect(answersFor(subject, 1, "additional-info", [1])).toEqual([
        { field: "promised", index: 0 },
      ]);
    });

    it("lets one thank-you carry two answers of 100 words together, each of 60 at most", () => {
      const forty = (what: string) => `${what} `.repeat(40).trim();
      const two = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [
          { concern: "my Go", response: forty("Go."), raisedBy: "Sam Ortiz" },
          { concern: "my Kafka", response: forty("Kafka."), raisedBy: "Sam Ortiz" },
        ],
      });
      expect(answersFor(two, 1, "thank-you")).toEqual([
        { field: "concerns", index: 0 },
        { field: "concerns", index: 1 },
      ]);
      expect(kinds(plan(two, { now: "2026-11-18T00:00Z" }))).toEqual([]);
      const third = {
        ...two,
        concerns: [
          ...two.concerns,
          { concern: "my SQL", response: forty("SQL."), raisedBy: "Sam Ortiz" },
        ],
      };
      // Past 100 words together, the rest waits for its own message.
      expect(answersFor(third, 1, "thank-you")).toHaveLength(2);
      expect(answersFor(third, 1, "additional-info")).toEqual([{ field: "concerns", index: 2 }]);
    });

    it("leaves room in the thank-you for a fault the reader found, sending the second answer apart", () => {
      const forty = (what: string) => `${what} `.repeat(40).trim();
      const found: Interviewer = {
        ...SAM,
        discussed: [
          "pairing exercise, he said my tests were good but i named the fixtures after myself",
        ],
      };
      const two = interview({
        end: "2026-11-18T15:00",
        interviewers: [DANA, found, LEE],
        concerns: [
          { concern: "my Go", response: forty("Go."), raisedBy: "Sam Ortiz" },
          { concern: "my Kafka", response: forty("Kafka."), raisedBy: "Sam Ortiz" },
        ],
      });
      // 80 words of answers and the fault owned would make a thank-you twice the length it should be.
      expect(answersFor(two, 1, "thank-you")).toEqual([{ field: "concerns", index: 0 }]);
      expect(answersFor(two, 1, "additional-info")).toEqual([{ field: "concerns", index: 1 }]);
      // Feedback on what a concern of the record answers is taken by that answer: no room is kept.
      const answered = {
        ...two,
        unanswered: [],
        interviewers: [
          DANA,
          { ...found, discussed: ["he said my tests were good but i named the fixtures badly"] },
          LEE,
        ],
        concerns: [
          ...two.concerns.slice(0, 1),
          { concern: "how i named the fixtures", response: forty("Names."), raisedBy: "Sam Ortiz" },
        ],
      };
      expect(answersFor(answered, 1, "thank-you")).toHaveLength(2);
    });

    it("is done when the sending to that person is recorded, or any sending while only one is planned", () => {
      const subject = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [{ ...concern, raisedBy: "Sam Ortiz" }, concern],
      });
      const sent = (to: string) => ({
        type: "sent" as const,
        kind: "additional-info" as const,
        channel: "email" as const,
        to,
        at: "2026-11-19T10:00:00-06:00",
      });
      const items = plan(subject, { now: "2026-11-19T18:00Z", history: [sent("Sam Ortiz")] });
      expect(item(items, "3.additional-info.email.sam-ortiz").state).toBe("done");
      expect(item(items, "3.additional-info.email.dana-whitfield").state).toBe("upcoming");
      const single = interview({
        end: "2026-11-18T15:00",
        interviewers: panel,
        concerns: [concern],
      });
      expect(
        item(
          plan(single, { now: "2026-11-19T18:00Z", history: [sent("Lee Okafor")] }),
          "3.additional-info.email.dana-whitfield",
        ).state,
      ).toBe("done");
    });
  });
});
