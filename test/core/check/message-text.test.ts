import { describe, expect, it } from "vitest";
import { messageText, readMessage } from "../../../src/core/check/index.js";

const slice = (text: string, span: { start: number; end: number } | null) =>
  span ? text.slice(span.start, span.end) : null;

describe("readMessage", () => {
  it("reads the subject line, greeting, closing and signature with offsets into the text", () => {
    const text =
      "Subject: Thank you\n\nDear Ms. Whitfield,\n\nThanks for Tuesday.\n\nBest regards,\nJordan Rivera\n+1 555 0100";
    const message = readMessage(text);
    expect(message.subject?.text).toBe("Thank you");
    expect(slice(text, message.subject)).toBe("Thank you");
    expect(slice(text, message.greeting?.name ?? null)).toBe("Ms. Whitfield");
    expect(slice(text, message.closing)).toBe("Best regards,");
    expect(slice(text, message.signature)).toBe("Jordan Rivera\n+1 555 0100");
    expect(slice(text, message.content)).toBe("Thanks for Tuesday.");
  });

  it("takes “Subject:” only on the first line", () => {
    expect(readMessage("Dear Dana,\nSubject: not a subject").subject).toBeNull();
    expect(readMessage("subject:   Hello  \n\nHi").subject?.text).toBe("Hello");
  });

  it.each(["With kind regards,", "With warm regards,", "With regards,", "Warmest regards,"])(
    "takes “%s” for a closing",
    (closing) => {
      const text = `Dear Dana,\n\nThank you for the chat.\n\n${closing}\nJordan`;
      expect(slice(text, readMessage(text).closing)).toBe(closing);
    },
  );

  it("reads a closing and name on one line, and a dash signature", () => {
    const inline = "Dana, thanks for the chat. Best, Jordan";
    expect(slice(inline, readMessage(inline).signature)).toBe("Jordan");
    const dash = "Dana, thanks for the chat about Kafka. – Jordan";
    expect(slice(dash, readMessage(dash).signature)).toBe("Jordan");
  });

  it("does not take a “Thanks,” early in the note for the closing", () => {
    const text = `Dear Dana,\n\nThanks,\nfor everything.\n${"Line.\n".repeat(8)}\nKind regards,\nJordan`;
    expect(slice(text, readMessage(text).closing)).toBe("Kind regards,");
  });

  it("does not end a sentence at an honorific", () => {
    const message = readMessage("I met Dr. Okafor today. She was kind.");
    expect(message.sentences.map((span) => slice(message.text, span))).toEqual([
      "I met Dr. Okafor today.",
      "She was kind.",
    ]);
  });

  it("composes the checked text of a draft with a subject", () => {
    expect(messageText("Hello", "Dear Dana,")).toBe("Subject: Hello\n\nDear Dana,");
    expect(messageText(null, "Dear Dana,")).toBe("Dear Dana,");
  });
});
