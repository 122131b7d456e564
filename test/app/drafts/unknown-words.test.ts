import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { unknownWords } from "../../../src/app/drafts/unknown-words.js";
import { minimalInterview, profileFrom } from "../../helpers/compose-records.js";
import { DICTIONARY_ENGINES } from "../../helpers/context.js";

describe("the words of the notes the dictionary does not know", () => {
  it("are found with the real dictionary, in lower case only, and never a name of the record", async () => {
    const base = minimalInterview();
    const interview = {
      ...base,
      company: "Penrhos Sands",
      interviewers: [
        { ...base.interviewers[0]!, name: "Rhian Pryce", discussed: ["the dark sky nights"] },
      ],
      fit: ["five years at a hotel in tenby", "Worked at Glanmor House"],
      nextSteps: "she will ring early next week",
    };
    const words = await unknownWords(
      { engines: DICTIONARY_ENGINES, now: DateTime.fromISO("2026-11-21T15:00:00Z") },
      interview,
      profileFrom("profile.yaml"),
    );
    expect(words).toContain("tenby");
    expect(words).not.toContain("hotel");
    expect(words.some((word) => /glanmor|rhian|penrhos/i.test(word))).toBe(false);
  });
});
