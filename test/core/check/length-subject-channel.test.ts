import { describe, expect, it } from "vitest";
import { runRules } from "../../../src/core/check/index.js";
import { danaContext, GOOD_NOTE, withChange } from "../../helpers/check-context.js";

const context = danaContext();
const ofRule = (text: string, rule: string, ctx = context) =>
  runRules(text, ctx).filter((finding) => finding.rule === rule);
const words = (n: number) =>
  Array.from({ length: n }, (_, i) => `word${i % 10 === 0 ? "" : "s"}`).join(" ");

describe("length", () => {
  it("warns when a thank-you e-mail runs past 200 words, and not at 200", () => {
    const long = withChange(
      "I am excited about the role.",
      `I am excited about the role. ${words(150)}.`,
    );
    expect(ofRule(long, "length.long")).toHaveLength(1);
    expect(ofRule(long, "length.long")[0]!.message).toMatch(/over the 200 words/);
    expect(ofRule(GOOD_NOTE, "length.long")).toEqual([]);
  });

  it("warns when a thank-you e-mail is under 60 words", () => {
    const short =
      "Subject: Thanks\n\nDear Dana,\n\nThank you for Tuesday at Northbridge Analytics.\n\nBest regards,\nJordan Rivera";
    expect(ofRule(short, "length.short")).toHaveLength(1);
    expect(ofRule(GOOD_NOTE, "length.short")).toEqual([]);
  });

  it("does not count the signature", () => {
    const signed = withChange("Jordan Rivera", `Jordan Rivera\n${words(150)}`);
    expect(ofRule(signed, "length.long")).toEqual([]);
  });

  it("holds a card to 120 words", () => {
    const ctx = danaContext({ channel: "card" });
    const card = `Dear Dana,\n\nThank you for Tuesday. ${words(130)}.\n\nWarmly,\nJordan`;
    expect(ofRule(card, "length.long", ctx)).toHaveLength(1);
  });

  const premium = { name: "Jordan Rivera", linkedinAccount: "premium" as const };
  const note = `Dana, thank you for Tuesday. ${"More about the Kafka migration. ".repeat(10)}Jordan`;

  it("makes a connection note over 200 characters an error on a free account", () => {
    const ctx = danaContext({ channel: "linkedin" });
    const [finding] = ofRule(note, "length.linkedin-limit", ctx);
    expect(finding).toMatchObject({ severity: "error", start: 200, end: note.length });
    expect(finding!.message).toMatch(/200 characters in a connection note/);
    expect(ofRule(note.slice(0, 200), "length.linkedin-limit", ctx)).toEqual([]);
  });

  it("lets a Premium account's connection note run to 300 characters, marking what does not fit", () => {
    const ctx = danaContext({ channel: "linkedin", profile: premium });
    const [finding] = ofRule(note, "length.linkedin-limit", ctx);
    expect(finding).toMatchObject({ severity: "error", start: 300, end: note.length });
    expect(ofRule(note.slice(0, 290), "length.linkedin-limit", ctx)).toEqual([]);
  });

  it("holds a LinkedIn message to LinkedIn's 8,000 characters and to an e-mail's words", () => {
    const ctx = danaContext({ channel: "linkedin-message" });
    expect(ofRule(note, "length.linkedin-limit", ctx)).toEqual([]);
    const huge = `Dana, ${"a".repeat(8001)}`;
    expect(ofRule(huge, "length.linkedin-limit", ctx)[0]?.message).toMatch(
      /8000 characters in a message/,
    );
    const long = withChange("I am excited about the role.", `I am excited. ${words(150)}.`).replace(
      "Subject: Thank you for Tuesday\n\n",
      "",
    );
    expect(ofRule(long, "length.long", ctx)).toHaveLength(1);
    expect(ofRule(long, "subject.missing", ctx)).toEqual([]);
  });
});

describe("subject", () => {
  it("warns when an e-mail has no subject line", () => {
    expect(
      ofRule(GOOD_NOTE.replace("Subject: Thank you for Tuesday\n\n", ""), "subject.missing"),
    ).toHaveLength(1);
    expect(ofRule(GOOD_NOTE, "subject.missing")).toEqual([]);
  });

  it("does not ask a card or a LinkedIn note for a subject", () => {
    const body = GOOD_NOTE.replace("Subject: Thank you for Tuesday\n\n", "");
    expect(ofRule(body, "subject.missing", danaContext({ channel: "card" }))).toEqual([]);
  });

  it("warns on a subject longer than 60 characters, pointing at the subject", () => {
    const subject = "Thank you so much for the onsite interview on Tuesday afternoon in Chicago";
    const text = withChange("Thank you for Tuesday", subject);
    const [finding] = ofRule(text, "subject.long");
    expect(text.slice(finding!.start, finding!.end)).toBe(subject);
  });
});

describe("channel.link", () => {
  it("warns about a link on a handwritten card, not in an e-mail", () => {
    const text = withChange(
      "I am excited about the role.",
      "My notes are at https://jordan.example/kafka.",
    );
    expect(
      ofRule(text, "channel.link", danaContext({ channel: "card" })).map((f) =>
        text.slice(f.start, f.end),
      ),
    ).toEqual(["https://jordan.example/kafka."]);
    expect(ofRule(text, "channel.link")).toEqual([]);
  });
});
