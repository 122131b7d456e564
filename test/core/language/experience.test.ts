import { describe, expect, it } from "vitest";
import {
  credentialSentence,
  spanAsRole,
  spanOfWork,
  spanSentence,
  spanThenDeed,
  withoutAsides,
} from "../../../src/core/language/experience.js";

describe("experience as typed, made into words a letter holds", () => {
  it.each([
    [
      "three years combat designer at Tinderbox Play",
      "three years as a combat designer at Tinderbox Play",
    ],
    ["two years office administrator", "two years as an office administrator"],
    ["four years cabin crew at Sunmere Airways", "four years as cabin crew at Sunmere Airways"],
    ["six years clinical", "six years of clinical work"],
    ["five years at Brennock Civils", "five years at Brennock Civils"],
    ["two years as lab tech at the plant", "two years as lab tech at the plant"],
    // Years of a thing that is no role take "of".
    ["three years hospital radio at St Luke's", "three years of hospital radio at St Luke's"],
    ["two years retail", "two years of retail"],
    ["three years teaching infants", "three years teaching infants"],
  ])("%s reads as %s", (typed, read) => {
    expect(spanAsRole(typed)).toBe(read);
  });

  it.each([
    [
      "2 yrs at CareMart pharmacy in Dublin OH, I handled most of the prior auth calls",
      "In two years at CareMart pharmacy in Dublin OH, I handled most of the prior auth calls.",
    ],
    [
      "18 months as accounts assistant at a hotel group, did bank recs every week",
      "In 18 months as accounts assistant at a hotel group, I did bank recs every week.",
    ],
    [
      "Three years combat designer at Tinderbox Play (mobile), owned the tuning sheets",
      "In three years as a combat designer at Tinderbox Play, I owned the tuning sheets.",
    ],
    [
      "3 yrs banquet captain at a hotel in Austin, ran the BEOs",
      "In three years as a banquet captain at a hotel in Austin, I ran the BEOs.",
    ],
    [
      "4 yrs parish youth ministry coordinator in Caloocan, ran a summer camp for 60 kids",
      "In four years as a parish youth ministry coordinator in Caloocan, I ran a summer camp for 60 kids.",
    ],
  ])("how long, then what was done there: %s", (typed, sentence) => {
    expect(spanThenDeed(typed)).toBe(sentence);
  });

  it.each([
    "5 yrs at Brennock Civils doing drainage design, 2 SuDS schemes",
    "four years driving for a coach firm, clean licence",
    "I ran the night shift for two years",
    "4 yrs HPS at barnsley district general, mixed paeds ward, did theatre prep most mornings",
  ])("no deed after the span, no sentence: %s", (typed) => {
    expect(spanThenDeed(typed)).toBeNull();
  });

  it.each([
    ["PTCB certified", "I am PTCB certified."],
    ["PTCB certified, Ohio tech registration current", "I am PTCB certified."],
    ["CSCS qualified as a carpenter", "I am CSCS qualified as a carpenter."],
  ])("a credential is the candidate's: %s", (typed, sentence) => {
    expect(credentialSentence(typed)).toBe(sentence);
  });

  it.each(["CPR certified in 2020", "I am CPR certified", "walked the certified route"])(
    "not a credential said in the present: %s",
    (typed) => {
      expect(credentialSentence(typed)).toBeNull();
    },
  );

  it.each([
    ["four years driving for a coach firm, clean licence", "four years driving for a coach firm"],
    ["ediscovery, you're on Relativity", "ediscovery"],
    ["Python, SQL and dbt", "Python, SQL and dbt"],
    ["Excel modelling, SQL and Tableau", "Excel modelling, SQL and Tableau"],
    ["the client mix, mostly sole traders", "the client mix"],
    ["five years freelance, mostly contracts and court docs", "five years freelance"],
  ])("asides typed after a phrase go: %s", (typed, phrase) => {
    expect(withoutAsides(typed)).toBe(phrase);
  });
});

describe("a role written as its letters", () => {
  it("takes the article its letters are said with", () => {
    expect(spanAsRole("three years RVN at a busy practice")).toBe(
      "three years as an RVN at a busy practice",
    );
    expect(spanAsRole("two years GP in Leeds")).toBe("two years as a GP in Leeds");
  });
});

describe("how long, said in full", () => {
  it.each([
    ["four years grant writing at a nonprofit", "four years of grant writing at a nonprofit"],
    ["eight years structural welding", "eight years of structural welding"],
    ["three years teaching infants", "three years teaching infants"],
    ["six years total", "six years in total"],
    ["three years SOC analyst at a hospital", "three years as a SOC analyst at a hospital"],
    ["three years manual QA at a fintech", "three years of manual QA at a fintech"],
  ])("%s reads as %s", (typed, read) => {
    expect(spanAsRole(typed)).toBe(read);
  });

  it("keeps a phrase without the contrast typed after it", () => {
    expect(withoutAsides("24/7 SOC but only six analysts")).toBe("24/7 SOC");
  });
});

describe("how long the candidate has done something, as their own sentence", () => {
  it.each([
    [
      "four years on sit-down forklifts at a beverage distributor",
      "I've spent four years on sit-down forklifts at a beverage distributor.",
    ],
    ["four years of grant writing", "I've done four years of grant writing."],
    ["three years as a SOC analyst", "I've worked three years as a SOC analyst."],
    ["five years teaching English to GCSE", "I've spent five years teaching English to GCSE."],
    [
      "six years of cardiac step-down experience",
      "I have six years of cardiac step-down experience.",
    ],
    [
      "two years teacher training before I switched",
      "I did two years of teacher training before I switched.",
    ],
    [
      "two years working nights before I had kids",
      "I spent two years working nights before I had kids.",
    ],
  ])("%s", (phrase, sentence) => {
    expect(spanSentence(phrase)).toBe(sentence);
  });

  it("reads a place ending like a role as the place, never the role", () => {
    expect(spanAsRole("five years barbering in Manchester")).toBe(
      "five years barbering in Manchester",
    );
    expect(spanAsRole("two years lab tech in Leeds")).toBe("two years as a lab tech in Leeds");
  });

  it("leaves a span that says nothing of how it was spent", () => {
    expect(spanSentence("three years Sentinel")).toBeNull();
    // A length that describes a course is no span of years.
    expect(spanSentence("two year watchmaking course in Birmingham")).toBe(
      "I did a two-year watchmaking course in Birmingham.",
    );
    expect(spanSentence("two year old van")).toBeNull();
    expect(spanSentence("six years in total")).toBeNull();
    expect(spanSentence("my BSc Diagnostic Radiography")).toBeNull();
  });
});

describe("a span, then what was done for the last part of it", () => {
  it("says the part in the span's unit", () => {
    expect(
      spanThenDeed("4 yrs at an optical chain in Jurong, ran the ortho-k fittings for the last 2"),
    ).toBe(
      "In four years at an optical chain in Jurong, I ran the ortho-k fittings for the last two years.",
    );
    expect(
      spanThenDeed(
        "Four years at an optical chain; ran the ortho-k fittings for the last two (around 150).",
      ),
    ).toBe("In four years at an optical chain, I ran the ortho-k fittings for the last two years.");
  });
});

describe("a span, then the work named bare", () => {
  it("is that much of the work", () => {
    expect(spanOfWork("2 yrs warehouse at keppel, forklift licence")).toBe(
      "2 yrs of warehouse work at keppel, forklift licence",
    );
    expect(spanOfWork("3 yrs experience at a bank")).toBe("3 yrs experience at a bank");
  });
});
