import { describe, expect, it } from "vitest";
import { saysAttached } from "../../../src/core/outbox/says-attached.js";

describe("a message that says a file comes with it", () => {
  it.each([
    [
      "Hi Dana,\n\nThank you. I've attached my portfolio, as I said I would.\n\nJo",
      "I've attached my portfolio, as I said I would.",
    ],
    [
      "As promised, I have attached the booking confirmation.",
      "As promised, I have attached the booking confirmation.",
    ],
    ["Please find attached my references.", "Please find attached my references."],
    ["The slides are attached.", "The slides are attached."],
    ["I am attaching the write-up for you.", "I am attaching the write-up for you."],
    ["Attached is the sample.", "Attached is the sample."],
  ])("%s", (body, sentence) => {
    expect(saysAttached(body)).toBe(sentence);
  });

  it("is not a file mentioned otherwise, or words quoted from someone else", () => {
    expect(saysAttached("I'm very attached to the idea of working on site.")).toBeNull();
    expect(saysAttached("Here is the link: https://example.com/case.xlsx")).toBeNull();
    expect(saysAttached("Thanks!\n\n> Please find attached the offer letter.")).toBeNull();
    expect(saysAttached("I will send the sample separately.")).toBeNull();
  });
});
