import { describe, expect, it } from "vitest";
import { checkContext, runRules } from "../../../src/core/check/index.js";
import {
  danaContext,
  found,
  GOOD_NOTE,
  northbridge,
  person,
  withChange,
} from "../../helpers/check-context.js";

const context = danaContext();

describe("fact.company", () => {
  it("fires on a company from another application, by full or short name", () => {
    expect(
      found(
        withChange("at Northbridge Analytics", "at Brightwater Capital"),
        context,
        "fact.company",
      ),
    ).toEqual(["Brightwater Capital"]);
    expect(
      found(withChange("with your team", "with the Brightwater team"), context, "fact.company"),
    ).toEqual(["Brightwater"]);
    expect(
      found(
        withChange("at Northbridge Analytics", "at brightwater capital"),
        context,
        "fact.company",
      ),
    ).toEqual(["brightwater capital"]);
  });

  it("suggests the right company and is an error", () => {
    const text = withChange("at Northbridge Analytics", "at Brightwater Capital");
    const finding = runRules(text, context).find((f) => f.rule === "fact.company");
    expect(finding).toMatchObject({ severity: "error", suggestion: "Northbridge Analytics" });
  });

  it("stays quiet on this interview's company, its short name and its possessive", () => {
    expect(found(GOOD_NOTE, context, "fact.company")).toEqual([]);
    expect(
      found(withChange("with your team", "with Northbridge's team"), context, "fact.company"),
    ).toEqual([]);
  });

  it("stays quiet when another company is part of this interview's own record", () => {
    const ctx = danaContext({
      interview: northbridge({
        discussed: ["migrating reports off Brightwater Capital's old feed"],
      }),
    });
    const text = withChange(
      "stayed with me.",
      "stayed with me, as did the plan for migrating reports off Brightwater Capital's old feed.",
    );
    expect(found(text, ctx, "fact.company")).toEqual([]);
  });

  it("stays quiet on a word of another company's name that ends a different name", () => {
    const ctx = danaContext({
      elsewhere: { companies: ["Mercia Harbour"], people: [], positions: [] },
    });
    const at = (phrase: string) =>
      found(withChange("a problem I have solved before", phrase), ctx, "fact.company");
    expect(at("a problem I solved at Halcyon Harbour")).toEqual([]);
    expect(at("a problem I solved (at Port Harbour, twice)")).toEqual([]);
    // The name alone, or after the first word of a sentence or a greeting, is the slip.
    expect(at("a problem I solved. Harbour knows it")).toEqual(["Harbour"]);
    expect(at("a problem I solved for the Harbour team")).toEqual(["Harbour"]);
    expect(at("a problem I solved. Loved Harbour's take")).toEqual(["Harbour's"]);
    expect(at("a problem I solved at Mercia Harbour")).toEqual(["Mercia Harbour"]);
  });

  it("takes a trade word alone for no company: “Freight” is not Mercia Freight", () => {
    const ctx = danaContext({
      elsewhere: { companies: ["Mercia Freight"], people: [], positions: [] },
    });
    const text = withChange("a problem I have solved before", "a problem Freight teams know");
    expect(found(text, ctx, "fact.company")).toEqual([]);
    expect(
      found(withChange("with your team", "with the Mercia team"), ctx, "fact.company"),
    ).toEqual(["Mercia"]);
  });

  it("does not mistake “ASAP” for the company ASAP Logistics", () => {
    expect(
      found(withChange("If it would help", "If it would help, even ASAP"), context, "fact.company"),
    ).toEqual([]);
  });

  it("stays quiet without an interview: nobody knows which company is right", () => {
    const ctx = checkContext({ now: context.now, elsewhere: context.elsewhere });
    expect(
      found(withChange("at Northbridge Analytics", "at Brightwater Capital"), ctx, "fact.company"),
    ).toEqual([]);
  });
});

describe("fact.person", () => {
  it("fires on someone met for another application, by full name or title and surname", () => {
    expect(
      found(withChange("with your team", "with your team and Rahul Mehta"), context, "fact.person"),
    ).toEqual(["Rahul Mehta"]);
    expect(
      found(withChange("with your team", "with your team and Mr. Mehta"), context, "fact.person"),
    ).toEqual(["Mr. Mehta"]);
  });

  it("stays quiet on this interview's people, even when a first name is shared", () => {
    expect(
      found(withChange("with your team", "with Priya Raman and your team"), context, "fact.person"),
    ).toEqual([]);
    expect(
      found(withChange("with your team", "with Rahul from your team"), context, "fact.person"),
    ).toEqual([]);
  });
});

describe("fact.greeting", () => {
  it("fires when the greeting names someone other than the recipient", () => {
    const text = withChange("Dear Dana,", "Dear Priya,");
    const finding = runRules(text, context).find((f) => f.rule === "fact.greeting");
    expect(finding).toMatchObject({ severity: "error", suggestion: "Dana" });
    expect(text.slice(finding!.start, finding!.end)).toBe("Priya");
  });

  it.each([
    "Dear Dana,",
    "Hi Dana,",
    "Dear Ms. Whitfield,",
    "Dear Dana Whitfield,",
    "Hello Dana!",
    "Dana,",
    "Good morning Dana,",
    "Morning Dana,",
  ])("stays quiet on %s", (greeting) => {
    expect(found(withChange("Dear Dana,", greeting), context, "fact.greeting")).toEqual([]);
  });

  it("takes a title written out for the same title shortened", () => {
    const ctx = danaContext({ recipient: { name: "Capt. Robert LeBlanc" } });
    expect(found(withChange("Dear Dana,", "Dear Captain LeBlanc,"), ctx, "fact.greeting")).toEqual(
      [],
    );
    const cook = danaContext({ recipient: { name: "Anita Roy" } });
    expect(found(withChange("Dear Dana,", "Chef Roy,"), cook, "fact.greeting")).toEqual([]);
  });

  it("accepts a short form of the recipient's name", () => {
    const ctx = danaContext({ recipient: { name: "Daniel Reyes" } });
    expect(found(withChange("Dear Dana,", "Dear Dan,"), ctx, "fact.greeting")).toEqual([]);
  });

  it("leaves impersonal greetings to the greeting rule", () => {
    expect(
      found(withChange("Dear Dana,", "Dear Hiring Manager,"), context, "fact.greeting"),
    ).toEqual([]);
  });

  it("without a recipient, fires only on someone from another application", () => {
    const ctx = danaContext({ recipient: null });
    expect(found(withChange("Dear Dana,", "Dear Rahul,"), ctx, "fact.greeting")).toEqual(["Rahul"]);
    expect(found(withChange("Dear Dana,", "Dear Priya,"), ctx, "fact.greeting")).toEqual([]);
    expect(found(withChange("Dear Dana,", "Dear Sam,"), ctx, "fact.greeting")).toEqual([]);
  });
});

describe("fact.position", () => {
  it("fires on another application's position", () => {
    expect(
      found(
        withChange("Senior Data Engineer role", "Operations Coordinator role"),
        context,
        "fact.position",
      ),
    ).toEqual(["Operations Coordinator"]);
  });

  it("fires on a job title that is not this one", () => {
    const text = withChange("the Senior Data Engineer role", "the Frontend Developer role");
    const finding = runRules(text, context).find((f) => f.rule === "fact.position");
    expect(finding).toMatchObject({ severity: "error", suggestion: "Senior Data Engineer" });
    expect(text.slice(finding!.start, finding!.end)).toBe("Frontend Developer");
  });

  it.each([
    "the Data Engineer role",
    "the Senior Data Engineer position",
    "this Data Engineering role",
    "the role",
  ])("stays quiet on %s", (phrase) => {
    expect(
      found(withChange("the Senior Data Engineer role", phrase), context, "fact.position"),
    ).toEqual([]);
  });

  it("stays quiet on a capitalised phrase that is not a job title", () => {
    expect(
      found(
        withChange("the Senior Data Engineer role", "the Kafka Migration project"),
        context,
        "fact.position",
      ),
    ).toEqual([]);
  });
});

describe("fact.point", () => {
  it("fires when the note cites a point from another interviewer's conversation", () => {
    const text = withChange(
      "Our conversation about moving the nightly batch jobs to streaming with Kafka stayed with me.",
      "The schema review checklist you use before a change reaches production stayed with me.",
    );
    expect(found(text, context, "fact.point")).toEqual([
      "The schema review checklist you use before a change reaches production stayed with me.",
    ]);
  });

  it("tells apart two interviewers whose names differ only by an accent", () => {
    const twins = (to: string) =>
      danaContext({
        interview: northbridge({
          interviewers: [
            person("Zoë Martin", ["the schema review checklist you use before a change ships"]),
            person("Zoe Martin", ["moving the nightly batch jobs to streaming with Kafka"]),
          ],
        }),
        recipient: { name: to },
      });
    const text =
      "Dear Zoe,\n\nThe schema review checklist you use before a change ships stayed with me.\n\nBest regards,\nJordan Rivera";
    expect(found(text, twins("Zoe Martin"), "fact.point")).toHaveLength(1);
    expect(found(text, twins("Zoë Martin"), "fact.point")).toEqual([]);
  });

  it("stays quiet when the words are also in what the record shares with the recipient", () => {
    const ctx = danaContext({
      interview: northbridge({
        interviewers: [
          person("Dana Whitfield", ["the welding shop floor"]),
          person("Priya Raman", ["the bend test results on my coupon plates"]),
        ],
        nextSteps: "Dana will send the bend test results on my coupon plates by Friday",
      }),
    });
    const text =
      "Dear Dana,\n\nI look forward to the bend test results on my coupon plates on Friday.\n\nBest regards,\nJordan Rivera";
    expect(found(text, ctx, "fact.point")).toEqual([]);
  });

  it("stays quiet on the recipient's own points and on points shared with everyone", () => {
    expect(found(GOOD_NOTE, context, "fact.point")).toEqual([]);
    const ctx = danaContext({
      interview: northbridge({
        interviewers: [person("Dana Whitfield"), person("Priya Raman", ["the on-call rotation"])],
        discussed: ["the on-call rotation"],
      }),
    });
    expect(
      found(
        withChange("stayed with me.", "stayed with me, as did the on-call rotation."),
        ctx,
        "fact.point",
      ),
    ).toEqual([]);
  });
});
