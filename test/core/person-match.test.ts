import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { runRules } from "../../src/core/check/index.js";
import {
  matchPerson,
  mismatchMessage,
  namesMatch,
  type Named,
} from "../../src/core/person-match.js";
import type { HistoryEvent } from "../../src/core/plan/history.js";
import { planInterview } from "../../src/core/plan/plan.js";
import { danaContext, GOOD_NOTE, northbridge } from "../helpers/check-context.js";

const PEOPLE = [
  { name: "Dr. Dana Whitfield", email: "dana.whitfield@acme.example" },
  { name: "Zoë Martin", email: null },
  { name: "Daniel Reyes", email: "daniel@acme.example" },
  { name: "Sam Lee", email: "sam.lee@acme.example" },
];

function who(query: string, people: readonly Named[] = PEOPLE): string {
  const found = matchPerson(people, query);
  return found.ok
    ? found.value.name
    : `${found.errors[0]!.code}: ${mismatchMessage(found.errors[0]!, "here")}`;
}

describe("a name joined by a hyphen", () => {
  it("is meant by its parts typed apart, or by one of them", () => {
    const people = [{ name: "Marie-Claude Tremblay" }, { name: "jen ouellette" }];
    expect(who("marie claude", people)).toBe("Marie-Claude Tremblay");
    expect(who("Marie-Claude", people)).toBe("Marie-Claude Tremblay");
    expect(who("claude", people)).toBe("Marie-Claude Tremblay");
  });
});

describe("a name typed with an initial or a courtesy", () => {
  it("means the one person it fits", () => {
    const people = [{ name: "Tom Kowalchuk" }, { name: "Tom Reyes" }, { name: "Dr. Anjali Rao" }];
    expect(who("Tom K.", people)).toBe("Tom Kowalchuk");
    expect(who("Anjali ma'am", people)).toBe("Dr. Anjali Rao");
    expect(who("Tom", people)).toMatch(/^ambiguous-person/);
    expect(who("T. K.", people)).toMatch(/^unknown-person/);
  });

  it("leaves out an aside in brackets", () => {
    const people = [{ name: "Kevin Naidoo" }, { name: "Dr. Anjali Rao" }];
    expect(who("kevin (HR)", people)).toBe("Kevin Naidoo");
    expect(who("(HR)", people)).toMatch(/^unknown-person/);
  });
});

describe("the one person matcher", () => {
  it.each([
    ["Dr. Dana Whitfield", "Dr. Dana Whitfield"],
    ["dana whitfield", "Dr. Dana Whitfield"],
    ["Dana", "Dr. Dana Whitfield"],
    ["WHITFIELD", "Dr. Dana Whitfield"],
    ["Ms Whitfield", "Dr. Dana Whitfield"],
    ["Dr Whitfield", "Dr. Dana Whitfield"],
    ["dana.whitfield@ACME.example", "Dr. Dana Whitfield"],
    ["zoe", "Zoë Martin"],
    ["Zoe Martin", "Zoë Martin"],
    ["martin", "Zoë Martin"],
    ["Reyes", "Daniel Reyes"],
    ["  sam   lee ", "Sam Lee"],
  ])("takes %s for %s", (query, name) => {
    expect(who(query)).toBe(name);
  });

  it("prefers the name as written, accents included, to an accent-blind match", () => {
    const people = [{ name: "Zoe Martin" }, { name: "Zoë Martin" }];
    expect(who("Zoë Martin", people)).toBe("Zoë Martin");
    expect(who("zoe martin", people)).toBe("Zoe Martin");
  });

  it("takes the start of a first name only when it picks one person", () => {
    expect(who("Sa")).toMatch(/^unknown-person/);
    expect(who("Dan")).toBe(
      'ambiguous-person: "Dan" could be Dr. Dana Whitfield or Daniel Reyes: write more of the name, or the e-mail address.',
    );
    expect(who("Danie")).toBe("Daniel Reyes");
  });

  it("lists the candidates when a name picks no one", () => {
    expect(who("Priya")).toBe(
      'unknown-person: No one here is called "Priya"; they are Dr. Dana Whitfield, Zoë Martin, Daniel Reyes, Sam Lee.',
    );
  });

  it("counts one person planned for twice as one", () => {
    const planned = [
      { name: "Sam Lee", email: "sam@acme.example" },
      { name: "Sam Lee", email: "sam@acme.example" },
    ];
    expect(who("Sam", planned)).toBe("Sam Lee");
  });
});

describe("one matcher for the whole product", () => {
  it("takes a name written in a note as the command line takes it", () => {
    const parts = (name: string) => name.split(" ");
    expect(namesMatch(parts("Dan"), parts("Daniel Reyes"))).toBe(true);
    expect(namesMatch(parts("Reyes"), parts("Daniel Reyes"))).toBe(true);
    expect(namesMatch(parts("zoe"), parts("Zoë Martin"))).toBe(true);
    expect(namesMatch(parts("Dana"), parts("Daniel Reyes"))).toBe(false);
    expect(namesMatch(parts("Da"), parts("Daniel Reyes"))).toBe(false);
    expect(namesMatch(parts("Daniel"), parts("Dan Reyes"))).toBe(false);
    for (const query of ["Reyes", "zoe", "Sam", "Whitfield", "Dani"]) {
      const picked = PEOPLE.filter((p) => namesMatch(parts(query), parts(p.name)));
      expect(picked).toHaveLength(1);
      expect(who(query)).toBe(picked[0]!.name);
    }
  });

  it("lets the proofreader and the planner agree on who was already thanked", () => {
    const details = northbridge();
    const interview = {
      ...details,
      interviewers: details.interviewers.map((person) =>
        person.name === "Dana Whitfield"
          ? { ...person, email: "dana@northbridge.example" }
          : person,
      ),
      id: 3,
      status: "scheduled" as const,
      needsDetails: false,
    };
    const history: HistoryEvent[] = [
      {
        type: "sent",
        kind: "thank-you",
        channel: "email",
        to: "dana whitfield",
        at: "2026-11-18T01:00:00Z",
      },
    ];
    const planned = planInterview({
      interview,
      profile: null,
      history,
      now: DateTime.fromISO("2026-11-18T15:00:00Z"),
    }).find(
      (item) =>
        item.kind === "thank-you" &&
        item.recipient.name === "Dana Whitfield" &&
        item.channel === "email",
    )!;
    expect(planned.state).toBe("done");
    const context = danaContext({ interview, history, recipient: { name: "Dana Whitfield" } });
    expect(runRules(GOOD_NOTE, context).map((finding) => finding.rule)).toContain(
      "timing.duplicate",
    );
    // Someone else of the same first letters was never thanked, by either.
    const other = danaContext({ interview, history, recipient: { name: "Dan Whitfield" } });
    expect(runRules(GOOD_NOTE, other).map((finding) => finding.rule)).not.toContain(
      "timing.duplicate",
    );
  });
});
