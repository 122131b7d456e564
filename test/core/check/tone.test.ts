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
const at = "I am excited about the role.";
const tone = (sentence: string, rule: string, ctx = context) =>
  found(withChange(at, `${at} ${sentence}`), ctx, rule);

describe("tone rules", () => {
  it("find nothing in a good note", () => {
    expect(runRules(GOOD_NOTE, context).filter((f) => f.rule.startsWith("tone."))).toEqual([]);
  });

  it.each([
    ["tone.pushy", "Please reply as soon as possible.", "as soon as possible"],
    ["tone.pushy", "I need an answer by Friday.", "I need an answer"],
    ["tone.pushy", "Let me know by tomorrow.", "Let me know by tomorrow"],
    ["tone.pushy", "Why haven't I heard back?", "Why haven't I heard"],
    ["tone.pushy", "Get back to me ASAP.", "ASAP"],
    ["tone.pushy", "Please get back to me by Friday.", "get back to me by Friday"],
    ["tone.pushy", "I will need your decision by Monday.", "I will need your decision"],
    ["tone.pushy", "Decide by Monday at the latest.", "at the latest"],
    ["tone.guilt", "I think I deserve at least a reply.", "I think I deserve at least a reply"],
    ["tone.guilt", "I have been checking my inbox every day.", "I have been checking my inbox"],
    [
      "tone.guilt",
      "It has been two weeks and I still have not heard.",
      "It has been two weeks and I still have not heard",
    ],
    ["tone.desperate", "I really need this job.", "I really need this job"],
    ["tone.desperate", "I will take any salary you offer.", "I will take any salary"],
    ["tone.desperate", "Please, please consider me.", "Please, please"],
    ["tone.desperate", "Please give me a chance.", "Please give me a chance"],
    ["tone.guilt", "I took a day off work for this interview.", "I took a day off"],
    ["tone.guilt", "I turned down another offer to wait for you.", "I turned down another offer"],
    ["tone.guilt", "It is the least you could do.", "the least you could do"],
    ["tone.threat", "Unless I hear back by Friday, I will withdraw.", "Unless I hear"],
    ["tone.threat", "Otherwise I will post a review on Glassdoor.", "review on Glassdoor"],
    ["tone.sarcasm", "Thanks for finally getting back to me.", "Thanks for finally getting back"],
    ["tone.sarcasm", "Per my last email, I am still interested.", "Per my last email"],
    ["tone.slang", "It was super cool and I'm gonna prepare more.", "super cool"],
    ["tone.text-speak", "Thx, and let me know if u need more.", "Thx"],
    ["tone.all-caps", "I am VERY excited.", "VERY"],
    ["tone.all-caps", "THANK YOU AGAIN.", "THANK YOU AGAIN"],
  ])("%s fires on “%s”", (rule, sentence, expected) => {
    expect(tone(sentence, rule)).toContain(expected);
  });

  it("words each finding with a gentler alternative when there is one", () => {
    const text = withChange(at, `${at} Please reply as soon as possible.`);
    const finding = runRules(text, context).find((f) => f.rule === "tone.pushy");
    expect(finding).toMatchObject({ severity: "warning", suggestion: "when you have a moment" });
    const threat = runRules(
      withChange(at, `${at} Unless I hear back, I will withdraw.`),
      context,
    ).find((f) => f.rule === "tone.threat");
    expect(threat?.severity).toBe("error");
  });

  it.each([
    ["tone.pushy", "I can start on the first of the month."],
    ["tone.pushy", "I will send the write-up by the end of the day."],
    ["tone.desperate", "This job would let me grow as a leader."],
    ["tone.guilt", "I spent a year on a similar migration."],
    ["tone.threat", "Or, if you prefer, I can present it to the team."],
    ["tone.sarcasm", "Thank you so much for your time."],
    ["tone.sarcasm", "As I mentioned in our conversation, I enjoy on-call work."],
    ["tone.slang", "The coolant loop needed a new design."],
    ["tone.text-speak", "I worked in BC and the U.S. for Ty Anders."],
    ["tone.all-caps", "I led the AWS and SQL work, and the GDPR review."],
    ["tone.all-caps", "We moved the warehouses to SAP EWM last year."],
  ])("%s stays quiet on “%s”", (rule, sentence) => {
    expect(tone(sentence, rule)).toEqual([]);
  });

  it("stays quiet on “ASAP” inside the company's name", () => {
    const ctx = checkContext({
      now: context.now,
      interview: northbridge({ company: "ASAP Logistics", position: "Operations Coordinator" }),
    });
    const text =
      "Dear Jo,\n\nThank you for the visit to ASAP Logistics. Everyone at ASAP was welcoming.\n\nBest,\nTomás";
    expect(found(text, ctx, "tone")).toEqual([]);
  });

  it("allows one legitimate exclamation mark, and flags the ones after it", () => {
    expect(tone("Congratulations on the launch!", "tone.exclamation")).toEqual([]);
    expect(tone("Congratulations on the launch! It was great!", "tone.exclamation")).toEqual(["!"]);
    expect(tone("Thank you!!", "tone.exclamation")).toEqual(["!!"]);
  });

  it("counts emoji and emoticons as too casual", () => {
    expect(tone("It was fun :)", "tone.slang")).toEqual([":)"]);
    expect(tone("It was fun 🎉", "tone.slang")).toEqual(["🎉"]);
  });

  it("leaves all-capital acronyms from the record alone", () => {
    const ctx = danaContext({ interview: northbridge({ discussed: ["the SOC2 TYPE audit"] }) });
    expect(tone("I passed the SOC2 TYPE audit.", "tone.all-caps", ctx)).toEqual([]);
  });
});
