import { describe, expect, it } from "vitest";
import { matchReply, type Correspondence } from "../../../src/core/reply/match.js";
import { mail } from "./mail.js";

const known: Correspondence = {
  sent: [
    {
      outboxItem: 1,
      messageId: "<thanks-dana@example.com>",
      interviewId: 7,
      recipients: ["dana.whitfield@acme.example"],
      sentAt: "2026-11-20T22:00:00.000Z",
    },
    {
      outboxItem: 2,
      messageId: "<thanks-lee@example.com>",
      interviewId: 9,
      recipients: ["lee@gmail.com"],
      sentAt: "2026-11-21T22:00:00.000Z",
    },
  ],
  interviews: [
    {
      interviewId: 7,
      start: "2026-11-20T20:00:00.000Z",
      addresses: ["dana.whitfield@acme.example"],
    },
    { interviewId: 9, start: "2026-11-21T20:00:00.000Z", addresses: ["lee@gmail.com"] },
  ],
  own: ["jordan@example.com"],
};

describe("matchReply", () => {
  it("follows In-Reply-To, then References from the last", () => {
    const stranger = { address: "someone@elsewhere.example", name: "" };
    expect(
      matchReply(
        mail({ from: stranger, inReplyTo: ["<thanks-dana@example.com>"] }),
        "human",
        known,
      ),
    ).toEqual({
      interviewId: 7,
      messageId: "<thanks-dana@example.com>",
      outboxItem: 1,
      by: "thread",
    });
    expect(
      matchReply(
        mail({ from: stranger, references: ["<other@x.example>", "<thanks-lee@example.com>"] }),
        "human",
        known,
      ),
    ).toMatchObject({ interviewId: 9, by: "thread" });
  });

  it("matches an interviewer's address, whatever its case", () => {
    expect(
      matchReply(
        mail({ from: { address: "Dana.Whitfield@ACME.example", name: "" } }),
        "human",
        known,
      ),
    ).toEqual({
      interviewId: 7,
      messageId: "<thanks-dana@example.com>",
      outboxItem: 1,
      by: "sender",
    });
  });

  it("matches a colleague at the company's domain or a subdomain, never at a shared provider", () => {
    expect(
      matchReply(mail({ from: { address: "hr@jobs.acme.example", name: "" } }), "human", known),
    ).toMatchObject({ interviewId: 7, by: "domain" });
    expect(
      matchReply(mail({ from: { address: "stranger@gmail.com", name: "" } }), "human", known),
    ).toBeNull();
  });

  it("never matches a sender at a bare parent of the company's domain, or a sibling under it", () => {
    const british: Correspondence = {
      ...known,
      interviews: [
        { interviewId: 11, start: "2026-11-22T20:00:00.000Z", addresses: ["sam@acme.co.uk"] },
      ],
    };
    const from = (address: string) =>
      matchReply(mail({ from: { address, name: "" } }), "human", british);
    expect(from("anyone@co.uk")).toBeNull();
    expect(from("anyone@uk")).toBeNull();
    expect(from("anyone@rival.co.uk")).toBeNull();
    expect(from("anyone@notacme.co.uk")).toBeNull();
    expect(from("hr@acme.co.uk")).toMatchObject({ interviewId: 11, by: "domain" });
    expect(from("hr@careers.acme.co.uk")).toMatchObject({ interviewId: 11, by: "domain" });
    expect(
      matchReply(mail({ from: { address: "someone@example", name: "" } }), "human", known),
    ).toBeNull();
  });

  it("ignores the candidate's own messages and strangers", () => {
    expect(
      matchReply(mail({ from: { address: "jordan@example.com", name: "" } }), "human", known),
    ).toBeNull();
    expect(
      matchReply(mail({ from: { address: "news@elsewhere.example", name: "" } }), "human", known),
    ).toBeNull();
  });

  it("finds the message a bounce returns by its Message-ID, or by the failed address", () => {
    const daemon = { address: "mailer-daemon@mx.example", name: "" };
    expect(
      matchReply(
        mail({ from: daemon, returnedMessageId: "<thanks-lee@example.com>" }),
        "bounce",
        known,
      ),
    ).toMatchObject({ interviewId: 9, outboxItem: 2, by: "returned" });
    expect(
      matchReply(
        mail({
          from: daemon,
          deliveryStatus: [
            {
              finalRecipient: "dana.whitfield@acme.example",
              action: "failed",
              status: "5.1.1",
              diagnostic: null,
            },
          ],
        }),
        "bounce",
        known,
      ),
    ).toMatchObject({ interviewId: 7, outboxItem: 1, by: "returned" });
  });
});
