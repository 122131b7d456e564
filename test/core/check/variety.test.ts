import { describe, expect, it } from "vitest";
import { checkContext, runRules, type CheckContext } from "../../../src/core/check/index.js";
import type { EnglishVariety } from "../../../src/core/english-variety.js";

const NOW = "2026-11-17T23:00:00Z";

function inEnglish(english: EnglishVariety | null, timeZone = "America/Chicago"): CheckContext {
  return checkContext({ now: NOW, profile: { name: "Jordan Rivera", english, timeZone } });
}

function mixed(text: string, context: CheckContext) {
  return runRules(text, context)
    .filter((finding) => finding.rule === "spelling.variety")
    .map((finding) => [
      text.slice(finding.start, finding.end),
      finding.suggestion,
      finding.severity,
    ]);
}

describe("spelling.variety", () => {
  const text =
    "Dear Dana,\n\nThe colour of the dashboards was a nice touch, and the color scheme of the reports too.\n\nBest,\nJordan";

  it("warns when one note spells a word two ways, keeping the candidate's English", () => {
    expect(mixed(text, inEnglish("en-GB"))).toEqual([["color", "colour", "warning"]]);
    expect(mixed(text, inEnglish("en-US"))).toEqual([["colour", "color", "warning"]]);
    // Without a variety, the time zone's guess decides: London writes "colour".
    expect(mixed(text, inEnglish(null, "Europe/London"))).toEqual([["color", "colour", "warning"]]);
  });

  it("keeps -ize for Canadian English and -ise for Indian English", () => {
    const both = "We organise the sprint reviews and organize the retros.";
    expect(mixed(both, inEnglish("en-CA"))).toEqual([["organise", "organize", "warning"]]);
    expect(mixed(both, inEnglish("en-IN"))).toEqual([["organize", "organise", "warning"]]);
  });

  it("says nothing about a note written in one English, whichever it is", () => {
    const british =
      "The colour-coded catalogue, the licence renewals and the programme at the centre were organised well.";
    const american =
      "The color-coded catalog, the license renewals and the program at the center were organized well.";
    for (const english of ["en-US", "en-GB", "en-AU"] as const) {
      expect(mixed(british, inEnglish(english))).toEqual([]);
      expect(mixed(american, inEnglish(english))).toEqual([]);
    }
  });

  it("takes words both Englishes write with their own meaning for no mix", () => {
    const text =
      "I will check that the cheque cleared, keep up my practice and practise the talk, and write a program for the graduate programme. It took four hours for the rota.";
    expect(mixed(text, inEnglish("en-GB"))).toEqual([]);
  });
});
