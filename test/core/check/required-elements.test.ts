import { describe, expect, it } from "vitest";
import { runRules } from "../../../src/core/check/index.js";
import { requiredElements } from "../../../src/core/check/rules/required-elements.js";
import { codes, danaContext, GOOD_NOTE, withChange } from "../../helpers/check-context.js";

const context = danaContext();
const missing = (text: string, ctx = context) =>
  codes(runRules(text, ctx)).filter((code) => code.startsWith("missing."));

describe("required elements of a thank-you e-mail", () => {
  it("are all present in a good note", () => {
    expect(missing(GOOD_NOTE)).toEqual([]);
  });

  it.each([
    ["missing.greeting", "Dear Dana,\n\n", ""],
    ["missing.greeting", "Dear Dana,", "Dear Hiring Manager,"],
    ["missing.greeting", "Dear Dana,", "Hello again,"],
    ["missing.position", "the Senior Data Engineer role at", "the job at"],
    ["missing.company", " at Northbridge Analytics", ""],
    ["missing.interest", "I am excited about the role. ", ""],
    ["missing.sign-off", "Best regards,\nJordan Rivera", ""],
    ["missing.sign-off", "Best regards,\nJordan Rivera", "Best regards,"],
  ])("finds %s", (code, from, to) => {
    expect(missing(withChange(from, to))).toContain(code);
  });

  it("leaves a company or position held by a placeholder to the placeholder rule", () => {
    const text = withChange(" at Northbridge Analytics", " at [Company Name]").replace(
      "the Senior Data Engineer role",
      "the [Position] role",
    );
    const findings = runRules(text, context);
    expect(findings.filter((f) => f.rule === "placeholder").map((f) => f.suggestion)).toEqual([
      "Senior Data Engineer",
      "Northbridge Analytics",
    ]);
    const found = codes(findings);
    expect(found).not.toContain("missing.company");
    expect(found).not.toContain("missing.position");
    // A slot for something else does not stand in for them.
    const other = withChange(" at Northbridge Analytics", " at [Date]");
    expect(codes(runRules(other, context))).toEqual(
      expect.arrayContaining(["placeholder", "missing.company"]),
    );
  });

  it("finds no thanks in a thank-you note that never says it, and makes that an error", () => {
    const text = withChange("Subject: Thank you for Tuesday", "Subject: Tuesday").replace(
      "Thank you for spending",
      "I enjoyed spending",
    );
    const finding = runRules(text, context).find((f) => f.rule === "missing.thanks");
    expect(finding?.severity).toBe("error");
  });

  it("takes “thx” for thanks, leaving it to the text-speak rule", () => {
    const text = withChange("Subject: Thank you for Tuesday", "Subject: Tuesday").replace(
      "Thank you for spending",
      "Thx for spending",
    );
    const found = codes(runRules(text, context));
    expect(found).not.toContain("missing.thanks");
    expect(found).toContain("tone.text-speak");
  });

  it("finds no specific point when the note could go to anyone", () => {
    const text = withChange(
      "Our conversation about moving the nightly batch jobs to streaming with Kafka stayed with me.",
      "I enjoyed our conversation about the role.",
    ).replace(
      "Keeping late events from corrupting the daily totals is a problem I have solved before, and I would enjoy solving it again with your team.",
      "I would enjoy working with your team.",
    );
    expect(missing(text)).toContain("missing.specific-point");
  });

  it("points at where the element belongs and stays a warning, except thanks", () => {
    const findings = runRules(withChange("Dear Dana,\n\n", ""), context);
    const greeting = findings.find((f) => f.rule === "missing.greeting")!;
    expect(greeting).toMatchObject({ severity: "warning", start: greeting.end });
    expect(GOOD_NOTE.length).toBeGreaterThan(greeting.start);
  });

  it("counts a closing with the name on the same line", () => {
    expect(missing(withChange("Best regards,\nJordan Rivera", "Best, Jordan"))).toEqual([]);
    expect(missing(withChange("Best regards,\nJordan Rivera", "Thanks again,\nJordan"))).toEqual(
      [],
    );
  });
});

describe("required elements per kind and channel", () => {
  it("asks less of a LinkedIn note: name, thanks and one point", () => {
    expect(requiredElements("thank-you", "linkedin")).toEqual([
      "greeting",
      "thanks",
      "specific-point",
    ]);
    const ctx = danaContext({ channel: "linkedin" });
    const note =
      "Dana, thank you for Tuesday's conversation about moving the nightly batch jobs to streaming. I would be glad to stay in touch. Jordan";
    expect(missing(note, ctx)).toEqual([]);
    expect(missing("Thanks for Tuesday! Jordan", ctx)).toEqual([
      "missing.greeting",
      "missing.specific-point",
    ]);
  });

  it("checks a status follow-up for the interview and its date, the question, the offer", () => {
    const ctx = danaContext({ kind: "status-follow-up", now: "2026-12-02T15:00:00Z" });
    const good = `Subject: Following up

Dear Dana,

I interviewed for the Senior Data Engineer role on Tuesday, November 17, and I remain very interested in joining the team.

Could you share where things stand with the decision? I am happy to send references if that would help.

Best regards,
Jordan Rivera`;
    expect(missing(good, ctx)).toEqual([]);
    expect(missing(good.replace(" on Tuesday, November 17", ""), ctx)).toContain(
      "missing.interview-reference",
    );
    expect(
      missing(good.replace("Could you share where things stand with the decision? ", ""), ctx),
    ).toContain("missing.timeline-question");
    expect(
      missing(good.replace(" I am happy to send references if that would help.", ""), ctx),
    ).toContain("missing.offer");
  });

  it("checks a reply to a rejection for thanks, a feedback request and future interest", () => {
    const ctx = danaContext({ kind: "rejection-reply" });
    const good = `Dear Dana,

Thank you for letting me know. I would value any feedback you could share, and I hope you will keep me in mind for future openings.

Best regards,
Jordan Rivera`;
    expect(missing(good, ctx)).toEqual([]);
    expect(missing("Dear Dana,\n\nUnderstood.\n\nBest regards,\nJordan Rivera", ctx)).toEqual([
      "missing.feedback-request",
      "missing.future-interest",
      "missing.thanks",
    ]);
  });

  it("hears interest and future interest however a person words them", () => {
    const thanks = danaContext({ kind: "thank-you" });
    const note = (line: string) =>
      `Dear Dana,\n\nThank you for your time today at Northbridge Analytics on the Senior Data Engineer role. ${line}\n\nBest regards,\nJordan Rivera`;
    expect(
      missing(note("I'd really like to work at Northbridge Analytics."), thanks),
    ).not.toContain("missing.interest");
    expect(missing(note("Thanks again."), thanks)).toContain("missing.interest");
    const rejected = danaContext({ kind: "rejection-reply" });
    const reply = (line: string) =>
      `Dear Dana,\n\nThank you for letting me know. Could you share any feedback on my interview? ${line}\n\nBest regards,\nJordan Rivera`;
    expect(
      missing(reply("I'm also very interested in the desk adjuster opening in January."), rejected),
    ).not.toContain("missing.future-interest");
    expect(missing(reply("All the best."), rejected)).toContain("missing.future-interest");
  });

  it("checks a check-in for a reason to write now", () => {
    const ctx = danaContext({ kind: "check-in" });
    expect(
      missing(
        "Dear Dana,\n\nI saw the launch announcement. Congratulations!\n\nBest,\nJordan Rivera",
        ctx,
      ),
    ).toEqual([]);
    expect(missing("Dear Dana,\n\nJust checking in.\n\nBest,\nJordan Rivera", ctx)).toEqual([
      "missing.reason",
    ]);
  });

  it("checks additional information for the question it answers", () => {
    const ctx = danaContext({ kind: "additional-info" });
    expect(
      missing(
        "Dear Dana,\n\nYou asked how I would partition the table. I would hash the tenant. I remain very interested.\n\nBest,\nJordan Rivera",
        ctx,
      ),
    ).toEqual([]);
    expect(
      missing(
        "Dear Dana,\n\nI would hash the tenant. I remain very interested.\n\nBest,\nJordan Rivera",
        ctx,
      ),
    ).toEqual(["missing.question-answered"]);
  });
});
