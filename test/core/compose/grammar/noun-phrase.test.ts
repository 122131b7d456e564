import { describe, expect, it } from "vitest";
import {
  firstClause,
  isDirectQuestion,
  phraseInSentence,
  shortenPhrase,
} from "../../../../src/core/compose/grammar/noun-phrase.js";

describe("phraseInSentence", () => {
  it.each([
    [
      "moving the fleet telemetry pipeline to Kafka",
      "moving the fleet telemetry pipeline to Kafka",
    ],
    ["The weekly demo day.", "the weekly demo day"],
    ["Moving the pipeline to Kafka", "moving the pipeline to Kafka"],
    ["Kafka migration", "Kafka migration"],
    ["Spring Boot upgrades", "Spring Boot upgrades"],
    ["Boeing supply chain work", "Boeing supply chain work"],
    ["Weekly planning rituals", "weekly planning rituals"],
    ["API DESIGN REVIEW", "API design review"],
    ["THE TEAM'S ON-CALL ROTATION", "the team's on-call rotation"],
    ["AWS", "AWS"],
    ["- staffing ratios on weekends", "staffing ratios on weekends"],
    ["2) budget forecasting", "budget forecasting"],
    ["  the  café\nloyalty   programme  ", "the café loyalty programme"],
    ["Élodie's roadmap for Q3.", "Élodie's roadmap for Q3"],
    ["I/O bottlenecks", "I/O bottlenecks"],
    ["How we handle incidents", "how we handle incidents"],
    ["The Weekly Demo Day", "the Weekly Demo Day"],
    ["Our partnership with Acme Inc.", "our partnership with Acme Inc."],
  ])("%j reads as %j", (raw, expected) => {
    expect(phraseInSentence(raw)).toBe(expected);
  });

  it("tells a question as asked from a phrase", () => {
    expect(isDirectQuestion("How would you shard the scheduler?")).toBe(true);
    expect(isDirectQuestion("how I would shard the scheduler")).toBe(false);
  });
});

describe("shortening", () => {
  it("keeps the first clause when it can stand alone", () => {
    expect(firstClause("moving the pipeline to Kafka, including the replay tooling")).toBe(
      "moving the pipeline to Kafka",
    );
    expect(firstClause("Kafka, mostly")).toBe("Kafka, mostly");
  });

  it("cuts between words and never ends on a word that needs more", () => {
    const cut = shortenPhrase("the long migration of the billing system to the new platform", 30);
    expect([...cut].length).toBeLessThanOrEqual(30);
    expect(cut).toBe("the long migration");
  });

  it("leaves a short phrase alone", () => {
    expect(shortenPhrase("hiring", 10)).toBe("hiring");
  });
});
