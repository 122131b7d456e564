/** One received message, reduced to what matching and classification read. Pure data. */
export interface MailAddress {
  address: string;
  name: string;
}

/** One recipient block of a delivery status report (RFC 3464). */
export interface DeliveryStatus {
  finalRecipient: string | null;
  /** failed, delayed, delivered, relayed, expanded. */
  action: string | null;
  /** The enhanced status code, e.g. 5.1.1. */
  status: string | null;
  diagnostic: string | null;
}

export interface ReceivedMail {
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  from: MailAddress | null;
  subject: string;
  /** The Date header as an ISO 8601 instant, when it is readable. */
  date: string | null;
  /** Every header, by lower-case name, each value unfolded. */
  headers: Record<string, string[]>;
  /** The top-level media type, lower-case, e.g. "multipart/report". */
  contentType: string;
  /** The report-type parameter of a multipart/report. */
  reportType: string | null;
  /** The readable text of the message (the HTML part as text when there is no plain part). */
  text: string;
  deliveryStatus: DeliveryStatus[];
  /** The Message-ID of the message a report returns, from its attached copy or headers. */
  returnedMessageId: string | null;
  /** Addresses a report says failed, from X-Failed-Recipients and the like. */
  failedRecipients: string[];
  /** The message carries a calendar part (text/calendar or an .ics file): an invitation. */
  calendar: boolean;
}

/** The Message-ID this message answers: the In-Reply-To, else the last References entry. */
export function answeredMessageId(mail: Pick<ReceivedMail, "inReplyTo" | "references">) {
  return mail.inReplyTo[0] ?? mail.references.at(-1) ?? null;
}

export function header(mail: Pick<ReceivedMail, "headers">, name: string): string[] {
  return mail.headers[name.toLowerCase()] ?? [];
}
