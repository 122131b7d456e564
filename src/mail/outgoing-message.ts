export interface Person {
  name: string | null;
  email: string;
}

/** Everything a message is built from; the Message-ID was fixed when it was queued. */
export interface MessageFields {
  messageId: string;
  from: Person;
  to: Person[];
  subject: string;
  text: string;
  date: Date;
  inReplyTo: string | null;
  references: string[];
}

const mailbox = (person: Person) =>
  person.name ? { name: person.name, address: person.email } : person.email;

/**
 * The message as RFC 5322 bytes: UTF-8 text in quoted-printable, headers encoded where needed, so
 * the result is 7-bit and any server or folder takes it unchanged.
 */
export async function buildMessage(fields: MessageFields): Promise<Buffer> {
  const { default: MailComposer } = await import("nodemailer/lib/mail-composer/index.js");
  const composer = new MailComposer({
    from: mailbox(fields.from),
    to: fields.to.map(mailbox),
    subject: fields.subject,
    text: fields.text,
    messageId: fields.messageId,
    date: fields.date,
    inReplyTo: fields.inReplyTo ?? undefined,
    references: fields.references.length > 0 ? fields.references : undefined,
    textEncoding: "quoted-printable",
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Promise((resolve, reject) =>
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
}
