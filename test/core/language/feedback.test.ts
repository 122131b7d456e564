import { describe, expect, it } from "vitest";
import { adviceTaken } from "../../../src/core/language/feedback.js";

describe("advice the interviewer gave, as what the candidate will work on", () => {
  it.each([
    ["she said my temps were good but i need to wipe plates faster", "wiping plates faster"],
    ["he said I should slow down in the intro", "slowing down in the intro"],
    ["Paul said I should be more concise next time", "being more concise"],
    ["feedback: talk more about outcomes", "talking more about outcomes"],
    [
      "said my portfolio was strong but I could show more process work",
      "showing more process work",
    ],
  ])("%s: %s", (said, advice) => {
    expect(adviceTaken(said)).toBe(advice);
  });

  it("reads no advice in an instruction, a request or advice about someone else", () => {
    expect(adviceTaken("told me to bring my passport")).toBeNull();
    expect(adviceTaken("asked me to read a drawing and tell him the setup")).toBeNull();
    expect(adviceTaken("she said I need to meet her team next")).toBeNull();
    expect(adviceTaken("the team is moving to SystmOne next spring")).toBeNull();
  });
});
