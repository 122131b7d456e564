import { describe, expect, it } from "vitest";
import {
  indefiniteArticle,
  withIndefiniteArticle,
} from "../../../../src/core/compose/grammar/indefinite-article.js";

describe("indefiniteArticle", () => {
  it.each([
    ["onsite interview", "an"],
    ["technical interview", "a"],
    ["hour-long call", "an"],
    ["honest answer", "an"],
    ["university partnership", "a"],
    ["uninformed guess", "an"],
    ["user study", "a"],
    ["one-off project", "a"],
    ["European client", "a"],
    ["SRE role", "an"],
    ["MBA", "an"],
    ["HR partner", "an"],
    ["URL", "a"],
    ["UX designer", "a"],
    ["NASA contractor", "a"],
    ["FAANG company", "a"],
    ["8-week project", "an"],
    ["11-person team", "an"],
    ["18-month contract", "an"],
    ["100-day plan", "a"],
    ["Élan", "an"],
    ['"open door" policy', "an"],
  ])("%s takes %s", (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  it("prefixes the phrase", () => {
    expect(withIndefiniteArticle("engineering manager")).toBe("an engineering manager");
  });
});
