import MailComposer from "nodemailer/lib/mail-composer/index.js";

export interface EmlMessage {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  body: string;
  date: Date;
  /** Without angle brackets: "3f2a…@example.com". */
  messageId: string;
  /** Mark the message as not yet sent, so Outlook opens it as a draft ready to send. */
  unsent?: boolean;
}

/**
 * A standard RFC 5322 message: From, To, Subject, Date, Message-ID and MIME-Version headers,
 * one text/plain part in UTF-8. Non-ASCII text goes quoted-printable or base64 (whichever is
 * shorter) and non-ASCII header words are RFC 2047 encoded.
 */
export async function buildEml(message: EmlMessage): Promise<Buffer> {
  const composer = new MailComposer({
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.body,
    date: message.date,
    messageId: `<${message.messageId}>`,
    headers: message.unsent ? { "X-Unsent": "1" } : undefined,
  });
  return composer.compile().build();
}
