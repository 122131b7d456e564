import { describe, expect, it } from "vitest";
import { impressionKind } from "../../../src/core/language/impression-kind.js";

describe("what a thing that impressed the candidate says about the employer", () => {
  it.each([
    ["apprentices get paired with a senior machinist for the first 2 yrs", "learning"],
    ["weekly reflective practice group, protected time", "learning"],
    ["every receptionist gets a protected 15 min break after the morning rush", "staff"],
    ["they kept every geo on through the lithium price crash", "staff"],
    ["the audiologists are salaried, no commission on hearing aid sales", "staff"],
    ["first article inspection on the CMM before every batch", "standards"],
    ["they track first stick success rate and post it monthly", "standards"],
    ["every used car gets a 120 point check + 12 months warranty", "standards"],
  ])("%s: %s", (impressed, kind) => {
    expect(impressionKind(impressed)?.kind).toBe(kind);
  });

  it("names the people served as a note would", () => {
    expect(impressionKind("quiet room set aside for families saying goodbye to pets")).toEqual({
      kind: "served",
      people: "the families",
    });
    expect(impressionKind("Rick knows every customer by name")).toEqual({
      kind: "served",
      people: "customers",
    });
  });

  it("says nothing of what shows none of these plainly", () => {
    expect(
      impressionKind("whole animal butchery in house, they break down a pig every week"),
    ).toBeNull();
    expect(impressionKind("the reading corner in every classroom")).toBeNull();
    expect(impressionKind("the hydrotherapy pool they're opening in the spring")).toBeNull();
  });
});
