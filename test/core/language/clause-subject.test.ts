import { describe, expect, it } from "vitest";
import { withSubjectArticle } from "../../../src/core/language/clause-subject.js";
import { seeksSomeone } from "../../../src/core/language/seeks-someone.js";

describe("a clause's bare subject", () => {
  it("gets the article a singular thing needs", () => {
    expect(withSubjectArticle("kids section needs someone to own it")).toBe(
      "the kids section needs someone to own it",
    );
    expect(withSubjectArticle("night shift is quiet")).toBe("the night shift is quiet");
    // The tagger reads "draw" as a verb; before a noun and that noun's verb, it names the thing.
    expect(withSubjectArticle("draw station opens at 6.30am")).toBe(
      "the draw station opens at 6.30am",
    );
  });

  it("leaves plurals, mass words, names, quantifiers and one-word subjects as typed", () => {
    for (const clause of [
      "engineers and designers share one backlog",
      "pay is weekly",
      "every shift has a lead",
      "Kevin checks the hydration",
      "December is 40% of the year",
      "the lab uses LIMS",
      "staff get lunch",
      "make sure team knows",
      "check stock levels",
    ]) {
      expect(withSubjectArticle(clause)).toBe(clause);
    }
  });
});

describe("a point that says the team needs a person", () => {
  it("is told from one that does not", () => {
    expect(seeksSomeone("the kids section needs someone to own it")).toBe(true);
    expect(seeksSomeone("they're looking for somebody who can run Saturdays")).toBe(true);
    expect(seeksSomeone("the kids section needs new shelving")).toBe(false);
    expect(seeksSomeone("someone to own it would help")).toBe(false);
  });
});
