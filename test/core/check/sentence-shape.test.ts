import { describe, expect, it } from "vitest";
import { checkContext, proofread, runRules } from "../../../src/core/check/index.js";
import { nodeEngines } from "../../../src/engines/node-engines.js";
import {
  danaContext,
  found,
  GOOD_NOTE,
  northbridge,
  person,
  withChange,
} from "../../helpers/check-context.js";

const context = danaContext();
const at = "I am excited about the role.";
/** The good note to Dana with one sentence added. */
const note = (sentence: string) => withChange(at, `${at} ${sentence}`);

describe("wording.frame-clause", () => {
  it.each([
    [
      "I would like to return briefly to the question of I have not led a team before.",
      "of I have",
    ],
    [
      "With I built the payroll system, I believe I could contribute from the start.",
      "With I built",
    ],
    [
      "I was struck by the engineers and designers share one backlog.",
      "by the engineers and designers share",
    ],
    ["I keep thinking about she runs the weekly review.", "about she runs"],
    [
      "Given building the onboarding flow, I expect I could get up to speed quickly.",
      "Given building the",
    ],
    ["Given I built the payroll system, I could start quickly.", "Given I built"],
    ["I was impressed by the team runs its weekly review.", "by the team runs"],
    ["I enjoyed hearing about they're moving to Kotlin.", "about they're moving"],
    [
      "I have thought about our conversation on exploitation cases are going up.",
      "on exploitation cases are",
    ],
    [
      "Learning about the incident reviews are blameless made me keen.",
      "about the incident reviews are",
    ],
    ["I enjoyed our discussion of the team is growing fast.", "of the team is"],
  ])("fires on “%s”", (sentence, expected) => {
    expect(found(note(sentence), context, "wording.frame-clause")).toEqual([expected]);
  });

  it.each([
    "I thought about what you said about the schema checklist.",
    "With that in mind, I rewrote the replay notes.",
    "As we discussed, the link to my portfolio is below.",
    "What I liked about the team is how openly it argues.",
    "What I heard about the team gives me confidence.",
    "I was impressed by how the team runs its weekly review.",
    "The engineers on both teams share one backlog.",
    "I learned a lot about the way the teams share work.",
    "I was glad to hear about the teams you lead.",
    "Thank you for meeting with me after I missed the first call.",
    "I enjoyed the discussion of I/O limits in the pipeline.",
    "Since we spoke I have read the sales team's playbook.",
    "I was struck by the operations review the team holds.",
    "Given the timeline, I have sent my references today.",
    "Given building codes in Chicago, the permits take a while.",
    "Our conversation about the team was the highlight of my week.",
    "Learning about the reviews was the best part.",
    "Hearing about the new clinics is what sold me on the role.",
    "I think our conversation about the rotas was useful to us both.",
    "The question of the budgets is still open, I know.",
  ])("stays quiet on “%s”", (sentence) => {
    expect(found(note(sentence), context, "wording.frame-clause")).toEqual([]);
  });

  it("says what belongs after the preposition", () => {
    const finding = runRules(note("With I built the payroll system, I am ready."), context).find(
      (f) => f.rule === "wording.frame-clause",
    );
    expect(finding).toMatchObject({ severity: "error" });
    expect(finding?.message).toContain("after “with” a phrase belongs");
  });
});

describe("wording.reader-third-person", () => {
  it.each([
    ["It was a pleasure to hear your thinking on her team's pricing model.", "her", "your"],
    ["I enjoyed hearing how Dana's team plans its releases.", "Dana's", "your"],
    ["Dana said the team will decide by Friday.", "Dana said", "you"],
    ["I appreciated that he took the time to walk me through it.", "he", "you"],
    ["Please thank her again for the tour.", "her", "you"],
  ])("fires on “%s”", (sentence, expected, instead) => {
    const text = note(sentence);
    const finding = runRules(text, context).find((f) => f.rule === "wording.reader-third-person");
    expect(finding && text.slice(finding.start, finding.end)).toBe(expected);
    expect(finding?.suggestion).toBe(instead);
  });

  it("reads the reader from the greeting when no recipient is given", () => {
    const bare = checkContext({ now: "2026-11-18T15:00:00Z" });
    expect(
      found(note("I liked Dana's idea of a replay log."), bare, "wording.reader-third-person"),
    ).toEqual(["Dana's"]);
  });

  it.each([
    "My manager said she would be glad to speak with you.",
    "Priya mentioned that she reviews every schema change herself.",
    "Thank you, Dana, for the time you gave me.",
    "I cared for my grandmother at home in her last year.",
    "I enjoyed meeting Priya Raman; her checklist is something I would use.",
    "Our CTO built it himself before he hired anyone.",
    "Dana'd is not a word, and Dana-Marie is someone else.",
    "A former classmate who does these assessments will walk me through some of her reports.",
    "My old classmate showed me her reports.",
  ])("stays quiet on “%s”", (sentence) => {
    expect(found(note(sentence), context, "wording.reader-third-person")).toEqual([]);
  });

  it("takes a “he” after a scenario for someone in it", () => {
    const shona = danaContext({ recipient: { name: "Shona Metcalfe" } });
    const story =
      "Hi Shona,\n\nI got a lot out of the scenario. Next time I'll ask about his medications first.\n\nBest,\nJordan Rivera";
    expect(found(story, shona, "wording.reader-third-person")).toEqual([]);
    const toDana = note("I appreciated that he took the time to walk me through it.");
    expect(found(toDana, context, "wording.reader-third-person")).toEqual(["he"]);
  });

  it("knows a titled name the record's notes hold is someone else's", () => {
    const referred = danaContext({
      interview: northbridge({ nextSteps: "she'll pass my name to Mr Dunleavy, the partner" }),
    });
    const text = note(
      "Thank you for offering to pass my name to Mr. Dunleavy. I would welcome the chance to speak with him.",
    );
    expect(found(text, referred, "wording.reader-third-person")).toEqual([]);
  });

  it("takes no name for the reader's when a panel member shares it", () => {
    const twoDanas = danaContext({
      interview: northbridge({
        interviewers: [person("Dana Whitfield"), person("Dana Ortiz")],
      }),
    });
    expect(
      found(note("I liked Dana's idea of a replay log."), twoDanas, "wording.reader-third-person"),
    ).toEqual([]);
  });
});

describe("wording.doubled-phrase", () => {
  it.each([
    ["Here is a link to the link to my portfolio.", "link to the link", "link"],
    ["Here is a link to link to my portfolio.", "link to link to", "link to"],
    [
      "I have added a link to my portfolio to my portfolio page.",
      "to my portfolio to my portfolio",
      "to my portfolio",
    ],
  ])("fires on “%s”", (sentence, expected, instead) => {
    const text = note(sentence);
    const finding = runRules(text, context).find((f) => f.rule === "wording.doubled-phrase");
    expect(finding && text.slice(finding.start, finding.end)).toBe(expected);
    expect(finding?.suggestion).toBe(instead);
  });

  it.each([
    "The link to my portfolio is below.",
    "I handle the day to day work side by side with designers.",
    "I moved from team to team and learned from each.",
    "It was the best of the best conversations I had this year.",
    "We met face to face, one to one, step by step.",
    "I had had a long week, and that that mattered to me surprised me.",
  ])("stays quiet on “%s”", (sentence) => {
    expect(found(note(sentence), context, "wording.doubled-phrase")).toEqual([]);
  });

  it("leaves one word typed twice to the engines' repeated-word rule", async () => {
    const text = note("I sent the the notes.");
    expect(found(text, context, "wording.doubled-phrase")).toEqual([]);
    const engines = nodeEngines({ quick: true });
    await engines.instant?.start();
    const { findings } = await proofread(text, context, engines);
    await engines.instant?.stop();
    expect(findings.filter((f) => f.rule === "grammar.repeated-word")).toHaveLength(1);
  });
});

describe("tone.casual-title", () => {
  it.each(["Hi Dr. Lindqvist,", "Hello Ms. Ferreira,", "Hey Prof. Adeyemi,", "Hi Mr Tanaka,"])(
    "fires on “%s”",
    (greeting) => {
      const text = GOOD_NOTE.replace("Dear Dana,", greeting);
      const finding = runRules(text, checkContext({ now: context.now })).find(
        (f) => f.rule === "tone.casual-title",
      );
      expect(finding).toMatchObject({ severity: "warning", suggestion: "Dear" });
      expect(text.slice(finding!.start, finding!.end)).toBe(greeting.split(" ")[0]);
    },
  );

  it.each(["Dear Dr. Lindqvist,", "Hi Dana,", "Hello Drew,", "Good morning Dr. Lindqvist,"])(
    "stays quiet on “%s”",
    (greeting) => {
      const text = GOOD_NOTE.replace("Dear Dana,", greeting);
      expect(found(text, checkContext({ now: context.now }), "tone.casual-title")).toEqual([]);
    },
  );
});
