import { describe, expect, it } from "vitest";
import { matchPerson, mismatchMessage, type Named } from "../../src/core/person-match.js";

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
