import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { fail, ok, type Result } from "../core/result.js";
import type { ServerSettings } from "./mail-config.js";
import type { MailProblem } from "./mail-problem.js";
import type { MailTransport, OutgoingMail, SendReceipt } from "./mail-transport.js";
import { smtpProblem } from "./smtp-problem.js";

export interface SmtpTimeouts {
  connectMs: number;
  /** Longest silence in the middle of a conversation. */
  idleMs: number;
}

const DEFAULT_TIMEOUTS: SmtpTimeouts = { connectMs: 20_000, idleMs: 60_000 };

/** MailTransport over SMTP with nodemailer: one connection per message. */
export class SmtpTransport implements MailTransport {
  private transporter: Transporter<SMTPTransport.SentMessageInfo> | null = null;

  constructor(
    private readonly settings: ServerSettings,
    private readonly password: string,
    private readonly timeouts: SmtpTimeouts = DEFAULT_TIMEOUTS,
  ) {}

  async start(): Promise<void> {
    const { host, port, security, user } = this.settings;
    this.transporter = nodemailer.createTransport({
      host,
      port,
      secure: security === "tls",
      requireTLS: security === "starttls",
      ignoreTLS: security === "none",
      auth: { user, pass: this.password },
      connectionTimeout: this.timeouts.connectMs,
      greetingTimeout: this.timeouts.connectMs,
      socketTimeout: this.timeouts.idleMs,
      disableFileAccess: true,
      disableUrlAccess: true,
      logger: false,
    });
  }

  async verify(): Promise<Result<void, MailProblem>> {
    try {
      await this.active().verify();
      return ok(undefined);
    } catch (error) {
      return fail(smtpProblem(this.settings, error));
    }
  }

  async send(mail: OutgoingMail): Promise<Result<SendReceipt, MailProblem>> {
    try {
      const info = await this.active().sendMail({ envelope: mail.envelope, raw: mail.raw });
      const errors = (info as { rejectedErrors?: { recipient?: string; response?: string }[] })
        .rejectedErrors;
      return ok({
        response: info.response,
        accepted: info.accepted.map(String),
        rejected: info.rejected.map((address) => {
          const text = String(address);
          const reason = errors?.find((e) => e.recipient === text)?.response ?? "refused";
          return { address: text, serverSays: reason };
        }),
      });
    } catch (error) {
      return fail(smtpProblem(this.settings, error));
    }
  }

  async stop(): Promise<void> {
    this.transporter?.close();
    this.transporter = null;
  }

  private active(): Transporter<SMTPTransport.SentMessageInfo> {
    if (!this.transporter) throw new Error("SmtpTransport used before start()");
    return this.transporter;
  }
}
