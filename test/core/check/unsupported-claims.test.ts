import { describe, expect, it } from "vitest";
import { checkContext, runRules } from "../../../src/core/check/index.js";
import {
  danaContext,
  found,
  northbridge,
  person,
  withChange,
} from "../../helpers/check-context.js";

const at = "I am excited about the role.";
const note = (sentence: string) => withChange(at, `${at} ${sentence}`);
const replayNotes = {
  what: "my write-up on replaying Kafka topics",
  url: "https://example.com/replay",
};

describe("claim.as-promised", () => {
  it.each([
    "As promised, here is my write-up on replaying Kafka topics.",
    "Here is the write-up, as I promised.",
    "Like I promised, the write-up is attached.",
  ])("fires on “%s” when nothing was promised", (sentence) => {
    const findings = found(note(sentence), danaContext(), "claim.as-promised");
    expect(findings).toHaveLength(1);
  });

  it("fires when what was promised went to someone else", () => {
    const context = danaContext({
      interview: northbridge({ promised: [{ ...replayNotes, raisedBy: "Priya Raman" }] }),
    });
    const finding = runRules(note("As promised, here is the write-up."), context).find(
      (f) => f.rule === "claim.as-promised",
    );
    expect(finding?.message).toContain("Priya Raman");
  });

  it.each([
    ["promised to everyone", { ...replayNotes }],
    ["promised to this reader", { ...replayNotes, raisedBy: "Dana Whitfield" }],
  ])("stays quiet when the record holds material %s", (_what, promised) => {
    const context = danaContext({ interview: northbridge({ promised: [promised] }) });
    expect(found(note("As promised, here is the write-up."), context, "claim.as-promised")).toEqual(
      [],
    );
  });

  it("stays quiet without the interview", () => {
    const context = checkContext({ now: "2026-11-18T15:00:00Z" });
    expect(found(note("As promised, here is the write-up."), context, "claim.as-promised")).toEqual(
      [],
    );
  });

  it("stays quiet on promises of the company's", () => {
    expect(
      found(
        note("You promised a decision by Friday, and I look forward to it."),
        danaContext(),
        "claim.as-promised",
      ),
    ).toEqual([]);
  });
});

describe("claim.one-interviewer", () => {
  const alone = danaContext({
    interview: northbridge({ interviewers: [person("Dana Whitfield")] }),
  });
  const oneToOne = (sentence: string) =>
    withChange("It was great meeting the team, and I left", "I left", note(sentence));

  it.each([
    ["It was a pleasure meeting the team yesterday.", "meeting the team"],
    ["It was good to have met everyone on Tuesday.", "met everyone"],
    ["I am grateful to each of you.", "each of you"],
  ])("fires on “%s” after an interview with one person", (sentence, expected) => {
    expect(found(oneToOne(sentence), alone, "claim.one-interviewer")).toEqual([expected]);
  });

  it("stays quiet after a panel", () => {
    expect(
      found(note("It was a pleasure meeting the team."), danaContext(), "claim.one-interviewer"),
    ).toEqual([]);
  });

  it.each([
    "I look forward to meeting the team if I move forward.",
    "I hope I get the chance to come out to the park and meet the team.",
    "Your team sounds like a good one.",
  ])("stays quiet on “%s”", (sentence) => {
    expect(found(oneToOne(sentence), alone, "claim.one-interviewer")).toEqual([]);
  });
});
