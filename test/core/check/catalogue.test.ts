import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, ruleCatalogue } from "../../../src/core/check/index.js";
import { WORDING } from "../../../src/core/check/wording.js";

const DOCS = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "docs", "proofreader.md"),
  "utf8",
);

describe("the rule catalogue", () => {
  it("has one stable, unique code per rule, each with its wording", () => {
    const codes = ruleCatalogue().map((rule) => rule.rule);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(Object.keys(WORDING).sort());
    for (const rule of RULES) expect(rule.summary.length).toBeGreaterThan(10);
  });

  it("is documented in docs/proofreader.md, with each rule's severity", () => {
    for (const { rule, severity } of ruleCatalogue()) {
      const row = DOCS.split("\n").find((line) => line.startsWith(`| \`${rule}\``));
      expect(row, rule).toBeDefined();
      expect(row, rule).toContain(`| ${severity}`);
    }
  });
});
