import { describe, expect, it } from "vitest";
import { formOf } from "../../../src/core/language/form.js";
import { cvLine, readPiece, readThing } from "../../../src/core/language/piece.js";
import { speakTo } from "../../../src/core/language/to-reader.js";

describe("the form of a piece of notes", () => {
  it.each([
    ["her team's pricing model", "noun-phrase"],
    ["the weekly demo day where every engineer shows their work", "noun-phrase"],
    ["the pro bono clinic the trainees run every Thursday evening", "noun-phrase"],
    ["the migration to services, which you think was a mistake", "noun-phrase"],
    ["the grievance process and how it works", "noun-phrase"],
    ["moving the fleet telemetry pipeline to Kafka", "gerund"],
    ["how she runs the weekly review", "wh-phrase"],
    ["the engineers and designers share one backlog", "clause"],
    ["the students who showed me round were so proud of the science block", "clause"],
    ["They'll decide by Friday", "clause"],
    ["I have not led a team before", "first-person"],
    ["I've no experience with conference bookings", "first-person"],
    ["organised the ward's rota", "verb-phrase"],
    ["Send the deck", "imperative"],
    ["How would you shard it?", "question"],
    ["what's my take on OSHA 30 for every crew lead", "question"],
  ])("%s is a %s", (text, form) => {
    expect(formOf(text)).toBe(form);
  });
});

describe("speaking to the reader", () => {
  const dana = { names: ["Dana Whitfield", "Dana"], singular: true, plural: false };

  it.each([
    ["her team's pricing model", "your team's pricing model"],
    ["how she runs the weekly review", "how you run the weekly review"],
    ["she plans and runs the review", "you plan and run the review"],
    ["how he still does code review himself", "how you still do code review yourself"],
    ["I showed her my dashboard prototype", "I showed you my dashboard prototype"],
    ["Dana's roadmap for Q3", "Your roadmap for Q3"],
    ["Dana said the team is growing", "You said the team is growing"],
    ["she isn't sure about remote work", "you aren't sure about remote work"],
    ["she's built the team from scratch", "you've built the team from scratch"],
  ])("%s → %s", (text, said) => {
    expect(speakTo(text, dana)).toBe(said);
  });

  it("leaves a third person in the third person", () => {
    expect(speakTo("what I'd do when a bride and her mother disagree", dana)).toBe(
      "what I'd do when a bride and her mother disagree",
    );
    expect(speakTo("how Marcus runs the review", dana)).toBe("how Marcus runs the review");
    expect(speakTo("her team's pricing model", { ...dana, singular: false })).toBe(
      "her team's pricing model",
    );
  });

  it("says the interviewer's words back from the candidate's side", () => {
    expect(speakTo("They'll decide by Friday", { ...dana, plural: true })).toBe(
      "You'll decide by Friday",
    );
  });
});

describe("a piece made ready for a sentence", () => {
  it("frames each form its own way", () => {
    expect(readPiece("The engineers and designers share one backlog.")).toEqual({
      text: "the engineers and designers share one backlog",
      frame: "that",
      form: "clause",
    });
    expect(readPiece("i built the payroll system").text).toBe("I built the payroll system.");
    expect(readPiece("organised the ward's rota").text).toBe("I organised the ward's rota.");
    expect(readPiece("how would I handle a noisy neighbour.").text).toBe(
      '"How would I handle a noisy neighbour?"',
    );
    expect(readPiece("ask about the budget", null, { gerund: true }).text).toBe(
      "asking about the budget",
    );
  });

  it("reads a CV line as the candidate's sentence", () => {
    expect(cvLine("Cut shrink by a third at my last store")).toBe(
      "I cut shrink by a third at my last store.",
    );
    expect(cvLine("six years of React")).toBeNull();
  });

  it("names promised material without the verb or the link around it", () => {
    expect(readThing("link to my portfolio")).toBe("my portfolio");
    expect(readThing("Send the deck")).toBe("the deck");
    expect(readThing("I'll share the case study")).toBe("the case study");
    expect(readThing("work samples")).toBe("work samples");
  });
});

describe("notes typed in a hurry", () => {
  const ray = { names: ["Ray Okafor", "Ray"], singular: true, plural: false };

  it("writes shorthand out and keeps a note's first part when more is run on", () => {
    expect(readPiece("walked me thru the shop + how they stock the vans", ray)).toMatchObject({
      text: "walking me through the shop and how they stock the vans",
      frame: "thanks",
      ownText: "You walked me through the shop and how they stock the vans.",
    });
    expect(readPiece("their review process. blameless postmortems but nobody acts").text).toBe(
      "their review process",
    );
    expect(readPiece("feedback on my yr 9 lesson - she liked the sources (fair)").text).toBe(
      "feedback on my year 9 lesson",
    );
    expect(readPiece("which platform would I recommend? waffled.").text).toBe(
      '"Which platform would I recommend?"',
    );
  });

  it("gives a note about the candidate its I, and cuts a clause at a comma that starts a fragment", () => {
    expect(readPiece("haven't used Opera Cloud, only Protel")).toMatchObject({
      text: "I haven't used Opera Cloud, only Protel.",
      frame: "own",
    });
    expect(readPiece("lobby refurbishment looks great, much brighter").text).toBe(
      "lobby refurbishment looks great",
    );
    expect(readPiece("nights pick 18k units a shift, you want fewer mis-picks").text).toBe(
      "nights pick 18k units a shift — you want fewer mis-picks",
    );
  });

  it("hears what the reader did with 'that' and what they asked as their question", () => {
    expect(readPiece("she keeps the ratio at two even when census is high", ray)).toMatchObject({
      text: "you keep the ratio at two even when census is high",
      frame: "that",
    });
    expect(readPiece("he asked if I'd worked on 480V switchgear", ray)).toMatchObject({
      text: "whether I'd worked on 480V switchgear",
      frame: "asked",
    });
  });

  it.each([
    ["the school garden the infants look after", "noun-phrase"],
    ["the group's work for NHS trusts", "noun-phrase"],
    ["IFRS 16 lease adjustments for retail clients", "noun-phrase"],
    ["the team grows", "clause"],
  ])("%s is a %s", (text, form) => {
    expect(formOf(text)).toBe(form);
  });
});
