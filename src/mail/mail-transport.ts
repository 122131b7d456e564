import type { Result } from "../core/result.js";
import type { MailProblem } from "./mail-problem.js";

/** A message ready for the wire: its bytes are final, the envelope says who receives it. */
export interface OutgoingMail {
  messageId: string;
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

export interface SendReceipt {
  /** The server's reply to the message, e.g. "250 2.0.0 Ok: queued as 4F2…". */
  response: string;
  accepted: string[];
  /** Recipients the server refused while taking the message for the others. */
  rejected: { address: string; serverSays: string }[];
}

/**
 * Sends mail. `start` before the first send, `stop` when done; a send either returns the server's
 * receipt or the problem in the project's words.
 */
export interface MailTransport {
  start(): Promise<void>;
  /** Connects and logs in without sending, to check the settings. */
  verify(): Promise<Result<void, MailProblem>>;
  send(mail: OutgoingMail): Promise<Result<SendReceipt, MailProblem>>;
  stop(): Promise<void>;
}
