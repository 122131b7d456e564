import { describe, expect, it } from "vitest";
import type { Interview } from "../../../src/core/interview.js";
import type { CardSetting } from "../../../src/core/record/profile.js";
import { DANA, LEE, interview, item, plan, sameInstant, wall } from "./fixtures.js";

const EMAIL = "3.thank-you.email.dana-whitfield";

describe("thank-you timing", () => {
  const cases = [
    {
      name: "a weekday afternoon: 2 hours after the end is inside working hours",
      zone: "America/Chicago",
      end: "2026-11-20T15:30",
      dueAt: "2026-11-20T17:30:00-06:00",
      deadline: "2026-11-21T15:30:00-06:00",
      fit: "working",
    },
    {
      name: "Saturday 11:00 before the US spring-forward change: the deadline is 12:00 CDT Sunday",
      zone: "America/Chicago",
      end: "2026-03-07T11:00",
      dueAt: "2026-03-07T13:00:00-06:00",
      deadline: "2026-03-08T12:00:00-05:00",
      fit: "deadline",
    },
    {
      name: "Saturday 11:00 before the fall-back change: the deadline is 10:00 CST Sunday",
      zone: "America/Chicago",
      end: "2026-10-31T11:00",
      dueAt: "2026-10-31T13:00:00-05:00",
      deadline: "2026-11-01T10:00:00-06:00",
      fit: "deadline",
    },
    {
      name: "a Saturday ending late on the night the clocks go back keeps 24 elapsed hours",
      zone: "Europe/London",
      end: "2026-10-24T23:30",
      dueAt: "2026-10-25T08:00:00+00:00",
      deadline: "2026-10-25T22:30:00+00:00",
      fit: "deadline",
    },
    {
      name: "Friday 15:00 in London: 17:00 is still inside working hours",
      zone: "Europe/London",
      end: "2026-11-20T15:00",
      dueAt: "2026-11-20T17:00:00+00:00",
      deadline: "2026-11-21T15:00:00+00:00",
      fit: "working",
    },
    {
      name: "Friday evening in London: no working hours before the deadline, so the evening itself",
      zone: "Europe/London",
      end: "2026-11-20T18:00",
      dueAt: "2026-11-20T20:00:00+00:00",
      deadline: "2026-11-21T18:00:00+00:00",
      fit: "deadline",
    },
    {
      name: "late Friday evening in London: the next morning the candidate is awake",
      zone: "Europe/London",
      end: "2026-11-20T19:30",
      dueAt: "2026-11-21T08:00:00+00:00",
      deadline: "2026-11-21T19:30:00+00:00",
      fit: "deadline",
    },
    {
      name: "a Monday evening: the next morning's working hours come before the deadline",
      zone: "America/New_York",
      end: "2026-11-16T19:00",
      dueAt: "2026-11-17T08:00:00-05:00",
      deadline: "2026-11-17T19:00:00-05:00",
      fit: "working",
    },
  ];

  it.each(cases)("$name", ({ zone, end, dueAt, deadline, fit }) => {
    const subject = interview({ zone, end });
    const email = item(plan(subject, { now: wall("2026-01-01T00:00", zone) }), EMAIL);
    expect(email.deadline).toBe(deadline);
    expect(email.dueAt).toBe(dueAt);
    expect(email.state).toBe("upcoming");
    if (fit === "deadline") expect(email.reason).toMatch(/deadline wins/);
    else expect(email.reason).toMatch(/first moment in their working hours/);
  });

  it("plans an interview in Tokyo in Tokyo's working hours, and tells a Denver candidate their own time", () => {
    const subject = interview({ zone: "Asia/Tokyo", end: "2026-11-17T17:30" });
    const email = item(
      plan(subject, { now: "2026-11-17T00:00Z", candidateZone: "America/Denver" }),
      EMAIL,
    );
    expect(email.dueAt).toBe("2026-11-18T08:00:00+09:00");
    expect(email.deadline).toBe("2026-11-18T17:30:00+09:00");
    expect(email.reason).toContain("Tue 17 Nov 16:00 MST (08:00 Wed in Tokyo)");
    expect(email.reason).toContain("Wed 18 Nov 01:30 MST");
  });

  it("follows the profile's working hours, such as a Sunday-to-Thursday week", () => {
    const subject = interview({ zone: "Asia/Jerusalem", end: "2026-11-19T16:00" });
    const workingHours = {
      days: ["sun", "mon", "tue", "wed", "thu"] as ("sun" | "mon" | "tue" | "wed" | "thu")[],
      start: "09:00",
      end: "17:00",
    };
    const thursday = item(plan(subject, { now: "2026-11-01T00:00Z", workingHours }), EMAIL);
    expect(thursday.reason).toMatch(/deadline wins/);
    const sunday = interview({ zone: "Asia/Jerusalem", end: "2026-11-22T10:00" });
    expect(item(plan(sunday, { now: "2026-11-01T00:00Z", workingHours }), EMAIL).dueAt).toBe(
      "2026-11-22T12:00:00+02:00",
    );
  });
});

describe("thank-you states", () => {
  const subject = interview({ end: "2026-11-20T15:30" });
  const moments = [
    { now: "2026-11-20T15:45", state: "upcoming", reason: /Thank Dana Whitfield by Sat 21 Nov/ },
    { now: "2026-11-20T17:30", state: "due", reason: /is due: send it before Sat 21 Nov 15:30/ },
    { now: "2026-11-21T15:29", state: "due", reason: /is due/ },
    { now: "2026-11-21T15:30", state: "late", reason: /still welcome/ },
    { now: "2026-11-22T15:29", state: "late", reason: /before Sun 22 Nov 15:30 CST/ },
    { now: "2026-11-22T15:30", state: "missed", reason: /no longer expected/ },
  ];
  it.each(moments)("at $now it is $state", ({ now, state, reason }) => {
    const email = item(plan(subject, { now: wall(now, "America/Chicago") }), EMAIL);
    expect(email.state).toBe(state);
    expect(email.reason).toMatch(reason);
  });

  it("is done once recorded as sent, on its own channel only", () => {
    const items = plan(subject, {
      now: wall("2026-11-21T10:00", "America/Chicago"),
      history: [
        {
          type: "sent",
          kind: "thank-you",
          channel: "email",
          to: "dana whitfield",
          at: "2026-11-20T23:45:00+00:00",
        },
      ],
    });
    const email = item(items, EMAIL);
    expect(email.state).toBe("done");
    expect(email.sentAt).toBe("2026-11-20T17:45:00-06:00");
    expect(email.reason).toBe("Recorded as sent to dana whitfield on Fri 20 Nov 17:45 CST.");
    expect(item(items, "3.thank-you.card.dana-whitfield").state).toBe("due");
  });
});

describe("thank-you channels", () => {
  it("plans an e-mail and, the same day, a card for an interviewer met onsite", () => {
    const items = plan(interview({ end: "2026-11-20T15:30", interviewers: [DANA] }), {
      now: "2026-11-20T00:00+00:00",
    }).filter((m) => m.kind === "thank-you");
    expect(items.map((m) => m.channel)).toEqual(["email", "card"]);
    expect(items[1]!.dueAt).toBe(items[0]!.dueAt);
    expect(items[1]!.deadline).toBe(items[0]!.deadline);
  });

  it("plans a card and a LinkedIn note for an interviewer without an address", () => {
    const items = plan(interview({ end: "2026-11-20T15:30", interviewers: [DANA, LEE] }), {
      now: "2026-11-20T00:00+00:00",
    }).filter((m) => m.kind === "thank-you");
    expect(items.map((m) => m.id)).toEqual([
      "3.thank-you.email.dana-whitfield",
      "3.thank-you.card.dana-whitfield",
      "3.thank-you.card.lee-okafor",
      "3.thank-you.linkedin.lee-okafor",
    ]);
    expect(items[3]!.recipient).toEqual({ name: "Lee Okafor", email: null });
    expect(items[3]!.reason).toMatch(/LinkedIn/);
  });

  const thankYous = (
    options: { format?: Interview["format"]; stage?: Interview["stage"] },
    cards?: CardSetting,
  ) => {
    const subject = interview({
      end: "2026-11-20T15:30",
      interviewers: [DANA, LEE],
      format: options.format,
    });
    return plan(
      { ...subject, stage: options.stage ?? subject.stage },
      { now: "2026-11-20T00:00+00:00", cards },
    )
      .filter((m) => m.kind === "thank-you")
      .map((m) => m.id);
  };

  it("offers no card after a video call to someone with an address", () => {
    expect(thankYous({ format: "video" })).toEqual([
      "3.thank-you.email.dana-whitfield",
      "3.thank-you.card.lee-okafor",
      "3.thank-you.linkedin.lee-okafor",
    ]);
    expect(thankYous({ format: "phone", stage: "onsite" })).not.toContain(
      "3.thank-you.card.dana-whitfield",
    );
  });

  it("offers a card after an onsite, also when only the stage says so", () => {
    expect(thankYous({ format: "onsite" })).toContain("3.thank-you.card.dana-whitfield");
    expect(thankYous({ format: null, stage: "onsite" })).toContain(
      "3.thank-you.card.dana-whitfield",
    );
    expect(thankYous({ format: null, stage: "technical" })).not.toContain(
      "3.thank-you.card.dana-whitfield",
    );
  });

  it("follows the profile: cards always, or never", () => {
    expect(thankYous({ format: "video" }, "always")).toEqual([
      "3.thank-you.email.dana-whitfield",
      "3.thank-you.card.dana-whitfield",
      "3.thank-you.card.lee-okafor",
      "3.thank-you.linkedin.lee-okafor",
    ]);
    expect(thankYous({ format: "onsite" }, "never")).toEqual([
      "3.thank-you.email.dana-whitfield",
      "3.thank-you.linkedin.lee-okafor",
    ]);
  });

  it("keeps a thank-you sent as a connection note a note, and writes later ones as messages", () => {
    const subject = interview({ end: "2026-11-16T15:00", interviewers: [LEE] });
    const items = plan(subject, {
      now: "2026-11-24T00:00Z",
      history: [
        {
          type: "sent",
          kind: "thank-you",
          channel: "linkedin",
          to: "Lee Okafor",
          at: "2026-11-16T23:00:00Z",
        },
      ],
    });
    expect(item(items, "3.thank-you.linkedin.lee-okafor").state).toBe("done");
    expect(items.filter((m) => m.kind === "status-follow-up").map((m) => m.channel)).toEqual([
      "linkedin-message",
      "linkedin-message",
    ]);
  });

  it("gives each of two people with the same name an id of their own", () => {
    const twin = { ...DANA, email: "dana.w@acme.example" };
    const ids = plan(interview({ end: "2026-11-20T15:30", interviewers: [DANA, twin] }), {
      now: "2026-11-20T00:00+00:00",
    })
      .filter((m) => m.kind === "thank-you" && m.channel === "email")
      .map((m) => m.id);
    expect(ids).toEqual(["3.thank-you.email.dana-whitfield", "3.thank-you.email.dana-whitfield-2"]);
  });

  it("keeps the deadline exactly 24 elapsed hours after the end", () => {
    const subject = interview({ end: "2026-03-07T11:00" });
    const email = item(plan(subject, { now: "2026-03-01T00:00Z" }), EMAIL);
    expect(sameInstant(email.deadline, "2026-03-08T17:00:00Z")).toBe(true);
  });
});
