import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { fail, ok, type Result } from "../core/result.js";
import type { Credential, ServerSettings } from "./mail-config.js";
import { MailFailure, withToken, type MailProblem } from "./mail-problem.js";
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
    private readonly credential: Credential,
    private readonly timeouts: SmtpTimeouts = DEFAULT_TIMEOUTS,
  ) {}

  private started = false;

  async start(): Promise<void> {
    this.started = true;
    // With a token, each message logs in with the one current then (see renew).
    if ("pass" in this.credential)
      this.build({ user: this.settings.user, pass: this.credential.pass });
  }

  private build(
    auth: { user: string; pass: string } | { type: "OAuth2"; user: string; accessToken: string },
  ) {
    this.transporter?.close();
    const { host, port, security } = this.settings;
    this.transporter = nodemailer.createTransport({
      host,
      port,
      secure: security === "tls",
      requireTLS: security === "starttls",
      ignoreTLS: security === "none",
      auth,
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
      await this.withToken(() => this.active().verify());
      return ok(undefined);
    } catch (error) {
      if (error instanceof MailFailure) return fail(error.problem);
      return fail(this.problemOf(error));
    }
  }

  async send(mail: OutgoingMail): Promise<Result<SendReceipt, MailProblem>> {
    try {
      const info = await this.withToken(() =>
        this.active().sendMail({ envelope: mail.envelope, raw: mail.raw }),
      );
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
      if (error instanceof MailFailure) return fail(error.problem);
      return fail(this.problemOf(error));
    }
  }

  async stop(): Promise<void> {
    this.started = false;
    this.transporter?.close();
    this.transporter = null;
  }

  /** A token may have been renewed since the last message: each message logs in with the current one. */
  private async renew(force = false): Promise<void> {
    if (!this.started || "pass" in this.credential) return;
    const accessToken = await this.credential.accessToken(force);
    this.build({ type: "OAuth2", user: this.settings.user, accessToken });
  }

  /**
   * Runs the work logged in with the current token; a token the server refuses before its time
   * is renewed once and the work done again. A refused login hands nothing over, so this is safe.
   */
  private async withToken<T>(work: () => Promise<T>): Promise<T> {
    await this.renew();
    try {
      return await work();
    } catch (error) {
      const refused =
        !(error instanceof MailFailure) && smtpProblem(this.settings, error).kind === "auth";
      if ("pass" in this.credential || !refused) throw error;
      await this.renew(true);
      return work();
    }
  }

  private problemOf(error: unknown): MailProblem {
    const problem = smtpProblem(this.settings, error);
    return "pass" in this.credential ? problem : withToken(problem);
  }

  private active(): Transporter<SMTPTransport.SentMessageInfo> {
    if (!this.transporter) throw new Error("SmtpTransport used before start()");
    return this.transporter;
  }
}
