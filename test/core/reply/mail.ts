import type { ReceivedMail } from "../../../src/core/reply/received-mail.js";

/** A received message with nothing automatic about it, changed by `fields`. */
export function mail(fields: Partial<ReceivedMail> = {}): ReceivedMail {
  return {
    messageId: "<reply@acme.example>",
    inReplyTo: [],
    references: [],
    from: { address: "dana.whitfield@acme.example", name: "Dana Whitfield" },
    subject: "Re: Thank you",
    date: "2026-11-23T16:00:00.000Z",
    headers: {},
    contentType: "text/plain",
    reportType: null,
    text: "Thanks Jordan, we will be in touch.",
    deliveryStatus: [],
    returnedMessageId: null,
    failedRecipients: [],
    calendar: false,
    ...fields,
  };
}
