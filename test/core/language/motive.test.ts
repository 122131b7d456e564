import { describe, expect, it } from "vitest";
import { motiveOf } from "../../../src/core/language/motive.js";

describe("why the candidate wants the job", () => {
  it.each([
    [
      "want concert + workshop work, cant learn regulation properly on my own",
      "I want concert and workshop work",
    ],
    [
      "always wanted to work in aviation, failed the medical at 19",
      "I have always wanted to work in aviation",
    ],
    [
      "want natives + conservation work, not farm animals",
      "I want natives and conservation work, not farm animals",
    ],
    [
      "want the pre-contract side (estimating, tendering) not only site billing",
      "I want the pre-contract side, not only site billing",
    ],
    [
      "want a store where i can move up, not stay on nights forever",
      "I want a store where I can move up",
    ],
    [
      "want legal work for the precision. my dad had a bad interpreter once",
      "I want legal work for the precision",
    ],
    ["keen to get into corporate events", "I am keen to get into corporate events"],
    [
      `why I want it: "I want to be in a town small enough that I see the buildings I approved go up."`,
      "I want to be in a town small enough that I see the buildings I approved go up",
    ],
    ["why: 'i want renal full time. dialysis pts come back every week'", "I want renal full time"],
    [
      "why: want local govt records, not just big-name collections",
      "I want local government records, not just big-name collections",
    ],
  ])("%s", (line, motive) => {
    expect(motiveOf(line)).toBe(motive);
  });

  it("reads nothing from experience, or from a want that is someone else's", () => {
    expect(motiveOf("8 yrs medical interpreter at a hospital")).toBeNull();
    expect(motiveOf("wanted to be a vet as a kid")).toBeNull();
    expect(motiveOf("want you to know I'm flexible")).toBeNull();
  });
});
