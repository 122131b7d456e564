import { describe, expect, it } from "vitest";
import { cvLine } from "../../../src/core/language/piece.js";

describe("a line of experience typed with a list after a comma", () => {
  it("says the languages as spoken, and leaves a bare list out", () => {
    expect(cvLine("grew up in ludhiana, punjabi + hindi + english")).toBe(
      "I grew up in Ludhiana, and I speak Punjabi, Hindi, and English.",
    );
    expect(cvLine("ran the bar, wine and cocktails")).toBe("I ran the bar.");
    expect(
      cvLine("ran digitisation of 1916 letters, approx 6000 images, dublin core metadata"),
    ).toBe("I ran digitisation of 1916 letters.");
  });

  it("keeps a list that counts what was done", () => {
    expect(cvLine("managed 3 sites, 40 staff and 2 kitchens")).toBe(
      "I managed three sites, 40 staff and two kitchens.",
    );
  });
});

describe("a line of experience that is no deed", () => {
  it("gives no 'I' to a skill's level, a qualification in letters or a participle", () => {
    expect(cvLine("advanced excel (pivots), some power BI")).toBeNull();
    expect(cvLine("b.ed primary, st mary's")).toBeNull();
    expect(cvLine("written portfolio review sent friday")).toBeNull();
    expect(cvLine("based at the auckland centre, travel to clients")).toBeNull();
  });

  it("says what the candidate is trained as, and still what they trained", () => {
    expect(cvLine("trained family liaison officer")).toBe("I'm a trained family liaison officer.");
    expect(cvLine("trained 12 new starters on the tills")).toBe(
      "I trained 12 new starters on the tills.",
    );
  });

  it("leaves out a little of something more after the deed", () => {
    expect(cvLine("used SQL on the month-end close, some python")).toBe(
      "I used SQL on the month-end close.",
    );
  });
});
