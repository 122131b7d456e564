import { describe, expect, it } from "vitest";
import { joinList } from "../../../../src/core/compose/grammar/list-join.js";

describe("joinList", () => {
  it.each([
    [[], ""],
    [["API design"], "API design"],
    [["the roadmap", "hiring"], "the roadmap and hiring"],
    [["caching", "queues", "on-call"], "caching, queues, and on-call"],
    [["research and design", "testing"], "research and design and testing"],
    [["Paris, France", "Lyon", "Nice"], "Paris, France; Lyon; and Nice"],
    [["Paris, France", "Lyon"], "Paris, France; and Lyon"],
  ])("joins %j as %j", (items, expected) => {
    expect(joinList(items)).toBe(expected);
  });

  it("can offer a choice", () => {
    expect(joinList(["a call", "a visit"], "or")).toBe("a call or a visit");
  });
});
