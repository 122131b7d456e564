import { describe, expect, it } from "vitest";
import { checkContext, runRules } from "../../../src/core/check/index.js";
import {
  danaContext,
  found,
  GOOD_NOTE,
  northbridge,
  withChange,
} from "../../helpers/check-context.js";

const context = danaContext();
const placeholders = (text: string, ctx = context) => found(text, ctx, "placeholder");

describe("placeholder", () => {
  it.each([
    ["[Company]", "at Northbridge Analytics", "at [Company]"],
    ["[Interviewer's Name]", "Dear Dana,", "Dear [Interviewer's Name],"],
    ["[Company Name]", "at Northbridge Analytics", "at [Company Name]"],
    ["[insert specific topic]", "moving the nightly batch jobs", "[insert specific topic]"],
    ["{{name}}", "Dear Dana,", "Dear {{name}},"],
    ["{{ first_name }}", "Dear Dana,", "Dear {{ first_name }},"],
    ["{company}", "at Northbridge Analytics", "at {company}"],
    ["<name>", "Dear Dana,", "Dear <name>,"],
    ["<Company Name>", "at Northbridge Analytics", "at <Company Name>"],
    ["XXX", "a problem I have solved before", "a problem I have solved XXX times"],
    ["xx", "a problem I have solved before", "a problem I solved in xx days"],
    ["TODO", "I am excited about the role.", "TODO mention the demo. I am excited about the role."],
    ["(fill in the team name)", "with your team", "with (fill in the team name)"],
    ["(insert date)", "Tuesday afternoon", "(insert date) afternoon"],
    ["(name)", "Dear Dana,", "Dear (name),"],
    ["COMPANY X", "at Northbridge Analytics", "at COMPANY X"],
    ["Company X", "at Northbridge Analytics", "at Company X"],
    ["Mr./Ms.", "Dear Dana,", "Dear Mr./Ms. Whitfield,"],
    ["___", "Tuesday afternoon", "___ afternoon"],
    ["INSERT DATE", "Tuesday afternoon", "INSERT DATE afternoon"],
    ["COMPANY", "at Northbridge Analytics", "at COMPANY"],
    ["HIRING MANAGER NAME", "Dear Dana,", "Dear HIRING MANAGER NAME,"],
  ])("fires on %s", (slot, from, to) => {
    expect(placeholders(withChange(from, to))).toContain(slot);
  });

  it("leaves capitals that are not slots, and calls a capitalised slot a slot, not shouting", () => {
    const text = withChange("with your team", "with the HR DEPARTMENT and CONTACT US page");
    expect(placeholders(text)).toEqual([]);
    const slot = withChange("at Northbridge Analytics", "at INSERT COMPANY");
    expect(runRules(slot, context).map((f) => [f.rule, slot.slice(f.start, f.end)])).toContainEqual(
      ["placeholder", "INSERT COMPANY"],
    );
    expect(found(slot, context, "tone.all-caps")).toEqual([]);
  });

  it("fires on “Your Name” standing for the signature, and suggests the candidate's name", () => {
    const text = withChange("Jordan Rivera", "Your Name");
    const findings = runRules(text, context).filter((f) => f.rule === "placeholder");
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(["Your Name"]);
    expect(findings[0]?.suggestion).toBe("Jordan Rivera");
    expect(placeholders(withChange("Jordan Rivera", "[Your Full Name]"))).toEqual([
      "[Your Full Name]",
    ]);
    expect(placeholders(withChange("Jordan Rivera", "First Last"))).toEqual(["First Last"]);
  });

  it("suggests what the slot stands for when the context knows it", () => {
    const text = withChange("at Northbridge Analytics", "at [Company]");
    const finding = runRules(text, context).find((f) => f.rule === "placeholder");
    expect(finding?.suggestion).toBe("Northbridge Analytics");
    expect(finding?.severity).toBe("error");
    expect(text.slice(finding!.start, finding!.end)).toBe("[Company]");
  });

  it.each([
    [
      "a real bracketed aside",
      "stayed with me.",
      "stayed with me [as we discussed, the late events matter most].",
    ],
    [
      "a citation-like aside",
      "stayed with me.",
      "stayed with me [slides 4–9 of my deck cover it].",
    ],
    ["an e-mail in angle brackets", "Jordan Rivera", "Jordan Rivera <jordan@rivera.example>"],
    ["a link in angle brackets", "Jordan Rivera", "Jordan Rivera\n<https://jordanrivera.example>"],
    ["markup pasted from a web page", "Best regards,", "<br>\nBest regards,"],
    ["an ordinary parenthesis", "stayed with me.", "stayed with me (and on the flight home)."],
    ["a name in parentheses", "with your team.", "with your team (and with Priya)."],
    ["the word “todo” in prose", "stayed with me.", "stayed with me; it is high on my to-do list."],
    ["a model number", "stayed with me.", "stayed with me, like the X1 Carbon I carried."],
    ["a heart emoticon", "I am excited about the role.", "I am excited about the role <3"],
  ])("stays quiet on %s", (_what, from, to) => {
    expect(placeholders(withChange(from, to))).toEqual([]);
  });

  it("stays quiet on “XXX” or “TODO” inside the company's own name", () => {
    const ctx = checkContext({
      now: "2026-11-18T15:00:00Z",
      interview: northbridge({ company: "XXX Studios" }),
    });
    expect(placeholders("Dear Dana,\n\nThank you for the visit to XXX Studios.", ctx)).toEqual([]);
  });

  it("finds nothing in a good note", () => {
    expect(placeholders(GOOD_NOTE)).toEqual([]);
  });
});
