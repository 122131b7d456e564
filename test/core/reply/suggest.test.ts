import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMail } from "../../../src/core/reply/classify.js";
import type { ReceivedMail } from "../../../src/core/reply/received-mail.js";
import { requestedIn } from "../../../src/core/reply/requested.js";
import { suggestDecision } from "../../../src/core/reply/suggest.js";
import { readReceived } from "../../../src/mail/read-received.js";
import { mail } from "./mail.js";

const REPLIES = join(import.meta.dirname, "..", "..", "fixtures", "mail", "replies");
const suggest = (received: ReceivedMail) => suggestDecision(received, classifyMail(received));
const fixture = async (name: string) =>
  suggest(await readReceived(readFileSync(join(REPLIES, name))));

describe("suggestDecision", () => {
  it.each([
    ["dana-human-threaded.eml", "reply"],
    ["dana-rejection.eml", "rejection"],
    ["dana-offer.eml", "offer"],
    ["dana-next-round-invitation.eml", "invitation"],
    ["sam-asks-for-references.eml", "request"],
    ["dana-automatic-reply-auto-submitted.eml", "auto-reply"],
    ["dana-abwesenheitsnotiz-no-header.eml", "auto-reply"],
    ["careers-ticket-acknowledgement.eml", "auto-reply"],
    ["careers-receipt-no-headers.eml", "auto-reply"],
    ["sam-bounce-user-unknown.eml", "bounce"],
    ["sam-bounce-keeps-re-subject.eml", "bounce"],
  ])("suggests %s as %s", async (file, kind) => {
    expect((await fixture(file)).kind).toBe(kind);
  });

  it("reads a bounce that kept the Re: subject by what it is", async () => {
    const received = await readReceived(
      readFileSync(join(REPLIES, "sam-bounce-keeps-re-subject.eml")),
    );
    expect(received.subject).toMatch(/^Re:/);
    expect(classifyMail(received).evidence.map((e) => e.rule)).toContain("returned-mail-text");
  });

  it("reads a ticket system's receipt without Auto-Submitted or Precedence by its words", async () => {
    const received = await readReceived(
      readFileSync(join(REPLIES, "careers-receipt-no-headers.eml")),
    );
    expect(received.headers["auto-submitted"]).toBeUndefined();
    expect(received.headers["precedence"]).toBeUndefined();
    expect(classifyMail(received).evidence.map((e) => e.rule)).toContain("automated-text");
  });

  it("takes a rejection from a no-reply address as a rejection, never as a person's reply", () => {
    const received = mail({
      from: { address: "no-reply@acme.example", name: "Acme Recruiting" },
      text: "Dear Jordan, unfortunately we have decided not to move forward with your application.",
    });
    expect(classifyMail(received).kind).toBe("auto-reply");
    expect(suggest(received).kind).toBe("rejection");
  });

  it("keeps an out-of-office an auto-reply whatever its text says", () => {
    const received = mail({
      subject: "Out of Office: Thank you",
      text: "I am away until Monday. If you want to schedule an interview, write to Sam.",
    });
    expect(suggest(received).kind).toBe("auto-reply");
  });

  it("never takes an automatic message without a decision in it for a reply or a request", () => {
    const received = mail({
      from: { address: "notifications@acme.example", name: "Acme" },
      text: "Could you please send us your feedback about our hiring process?",
    });
    expect(suggest(received).kind).toBe("auto-reply");
  });

  it("ignores the quoted message", () => {
    const received = mail({
      text: "Thanks, noted!\n\nOn Fri, Nov 20, 2026 at 4:10 PM Jordan wrote:\n> I'm delighted to extend an offer of my time",
    });
    expect(suggest(received).kind).toBe("reply");
  });
});

describe("requestedIn", () => {
  it("reads what to send, in the candidate's words", () => {
    expect(requestedIn("Could you send us your portfolio and your references by Friday?")).toEqual({
      type: "material",
      what: "my portfolio and my references",
    });
  });

  it("reads a question when there is nothing to send", () => {
    expect(requestedIn("Thanks! What is your notice period at the moment?")).toEqual({
      type: "question",
      question: "What is your notice period at the moment?",
    });
  });
});
