import { describe, expect, it } from "vitest";
import { ownSpellings, withOwnSpellings } from "../../../src/core/language/own-spellings.js";

describe("the record's own spellings", () => {
  const spellings = ownSpellings([
    "Fair, I've only used Next.js on side projects",
    "we moved to HubSpot from a McKenzie sheet; iOS and eBay",
    "Step-Down unit, The Bookroom, NHS, tHE caps lock",
  ]);

  it("keeps words whose capitals are their own, never a title-cased word or capitals alone", () => {
    // "iOS" has the shape caps lock leaves ("tHE"), and is left alone with it.
    expect(spellings.sort()).toEqual(["HubSpot", "McKenzie", "Next.js", "eBay"].sort());
  });

  it("writes a word typed in lower case as the record spells it, and leaves the rest", () => {
    expect(withOwnSpellings("no next.js in prod, hubspot only", spellings)).toBe(
      "no Next.js in prod, HubSpot only",
    );
    expect(withOwnSpellings("the step-down unit and the next step", spellings)).toBe(
      "the step-down unit and the next step",
    );
    expect(withOwnSpellings("see example.com/hubspot", spellings)).toBe("see example.com/hubspot");
  });
});
