import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContext, runRules } from "../../../src/core/check/index.js";
import { composeMessage } from "../../../src/core/compose/compose.js";
import type { ComposeRequest } from "../../../src/core/compose/composed-message.js";
import { linkedInLength } from "../../../src/core/compose/linkedin-length.js";
import { wordLimits } from "../../../src/core/length-limits.js";
import {
  interviewAt,
  interviewFrom,
  profileAt,
  profileFrom,
} from "../../helpers/compose-records.js";
import { countWords } from "../../../src/core/words.js";

const GOLDEN = join(import.meta.dirname, "..", "..", "fixtures", "golden");
const interview = interviewFrom("acme-onsite.yaml");
const profile = profileFrom("profile.yaml");
const dana = { name: "Dana Whitfield", email: "dana.whitfield@acme.example" };

function compose(overrides: Partial<ComposeRequest>) {
  const result = composeMessage({
    interview,
    profile,
    kind: "thank-you",
    channel: "linkedin",
    recipient: dana,
    ...overrides,
  });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.value;
}

describe("a LinkedIn connection note", () => {
  it("fits a free account's 200 characters, and no more is asked of it", () => {
    const note = compose({});
    expect(linkedInLength(note.body)).toBeLessThanOrEqual(200);
    expect(note.subject).toBeNull();
    const findings = runRules(
      note.body,
      checkContext({ now: "2026-11-21T15:00:00Z", channel: "linkedin", interview, profile }),
    );
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("may run to 300 characters with Premium", () => {
    const free = compose({});
    const premium = compose({ profile: { ...profile, linkedinAccount: "premium" } });
    expect(linkedInLength(premium.body)).toBeLessThanOrEqual(300);
    expect(linkedInLength(premium.body)).toBeGreaterThan(linkedInLength(free.body));
  });

  it("says so when a note cannot be brought within the limit", () => {
    // A status follow-up must name the interview, renew interest, ask about the timeline and
    // offer more, and this position's name is long.
    const denver = join(GOLDEN, "literacy-coordinator-denver");
    const note = compose({
      interview: {
        ...interviewAt(join(denver, "record.yaml")),
        position: "Senior Coordinator of Community Literacy Programmes and Volunteer Partnerships",
        company:
          "The Open Shelf Community Literacy and Adult Learning Foundation of Greater Denver",
      },
      profile: profileAt(join(denver, "profile.yaml")),
      kind: "status-follow-up",
      recipient: { name: "Marisol", email: "marisol@openshelf.example" },
    });
    expect(linkedInLength(note.body)).toBeGreaterThan(200);
    expect(note.notices.join(" ")).toMatch(/longer than the 200 characters LinkedIn takes/);
    const fits = compose({});
    expect(fits.notices.join(" ")).not.toMatch(/longer than the/);
  });
});

describe("a LinkedIn message to a connection", () => {
  it("reads as the e-mail does, without a subject, and within an e-mail's words", () => {
    const email = compose({ channel: "email" });
    const message = compose({ channel: "linkedin-message" });
    expect(message.channel).toBe("linkedin-message");
    expect(message.subject).toBeNull();
    // Without a subject to name the position, its thanks names it.
    expect(message.body.split("\n\n").slice(2)).toEqual(email.body.split("\n\n").slice(2));
    expect(message.body).toContain(email.subject!.match(/Backend Engineer|Engineer/)?.[0] ?? "");
    expect(countWords(message.body)).toBeLessThanOrEqual(wordLimits("thank-you", "email")!.max);
    expect(linkedInLength(message.body)).toBeGreaterThan(300);
  });

  it("passes the proofreader as a message, where it would be far too long for a note", () => {
    const message = compose({ channel: "linkedin-message" });
    const check = (channel: "linkedin" | "linkedin-message") =>
      runRules(
        message.body,
        checkContext({ now: "2026-11-21T15:00:00Z", channel, interview, profile }),
      ).filter((f) => f.rule === "length.linkedin-limit" || f.rule === "subject.missing");
    expect(check("linkedin-message")).toEqual([]);
    expect(check("linkedin").map((f) => f.rule)).toEqual(["length.linkedin-limit"]);
  });
});
