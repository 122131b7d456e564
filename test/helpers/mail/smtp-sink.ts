import type { Socket } from "node:net";
import { ImapFlow } from "imapflow";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import type { Dovecot, DovecotOAuth } from "./dovecot.js";

/** What the sink does to the next message instead of accepting it. */
export type SinkFault =
  | { stage: "mail" | "rcpt" | "data"; code: number; message: string }
  | { stage: "data"; drop: true };

export interface SmtpSinkOptions {
  dovecot: Dovecot;
  /** Which Dovecot user receives mail for each address (lower-case). Others are refused at RCPT. */
  mailboxes: Record<string, string>;
  /** The login the sink asks for; its password is Dovecot's. */
  user: string;
  /** Also accept XOAUTH2, each token checked with the OAuth server as Dovecot checks it. */
  oauth?: DovecotOAuth;
}

export interface SmtpSink {
  host: string;
  port: number;
  /** Faults applied in order, one per SMTP transaction that reaches their stage. */
  faults: SinkFault[];
  /** Milliseconds the sink waits before delivering each message, to keep senders busy. */
  delayMs: number;
  /** How many messages the sink began to receive (DATA), accepted or not. */
  receiving: number;
  /** Every message accepted and delivered, in order. */
  accepted: { from: string; to: string[]; raw: Buffer }[];
  stop(): Promise<void>;
}

/**
 * An SMTP server on loopback that delivers what it accepts into Dovecot by IMAP APPEND, before it
 * answers 250: once the client hears "accepted", the message is in the recipient's mailbox.
 */
export async function startSmtpSink(options: SmtpSinkOptions): Promise<SmtpSink> {
  const faults: SinkFault[] = [];
  const accepted: SmtpSink["accepted"] = [];
  const sockets = new Map<number, Socket>();
  const delivery = new Delivery(options.dovecot);
  const sink: SmtpSink = {
    host: "127.0.0.1",
    port: 0,
    faults,
    accepted,
    receiving: 0,
    delayMs: 0,
    stop: async () => {
      for (const socket of sockets.values()) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await delivery.close();
    },
  };

  const takeFault = (stage: SinkFault["stage"]) =>
    faults[0]?.stage === stage ? faults.shift() : undefined;
  const refusal = (fault: SinkFault | undefined) => {
    if (!fault || !("code" in fault)) return null;
    return Object.assign(new Error(fault.message), { responseCode: fault.code });
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: options.oauth ? ["PLAIN", "LOGIN", "XOAUTH2"] : ["PLAIN", "LOGIN"],
    banner: "afterword test sink",
    logger: false,
    size: 10 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      if (auth.method === "XOAUTH2" && options.oauth) {
        void tokenAccepted(options.oauth, auth.accessToken ?? "", auth.username ?? "").then(
          (accepted) =>
            accepted
              ? callback(null, { user: auth.username })
              : callback(
                  Object.assign(new Error("5.7.8 Username and token not accepted"), {
                    responseCode: 535,
                  }),
                ),
        );
        return;
      }
      if (auth.username === options.user && auth.password === options.dovecot.password) {
        callback(null, { user: auth.username });
      } else {
        callback(
          Object.assign(new Error("5.7.8 Authentication credentials invalid"), {
            responseCode: 535,
          }),
        );
      }
    },
    onMailFrom(_address, _session, callback) {
      callback(refusal(takeFault("mail")));
    },
    onRcptTo(address, _session, callback) {
      const fault = refusal(takeFault("rcpt"));
      if (fault) return callback(fault);
      if (!options.mailboxes[address.address.toLowerCase()]) {
        return callback(
          Object.assign(
            new Error(
              `5.1.1 <${address.address}>: Recipient address rejected: User unknown in local recipient table`,
            ),
            { responseCode: 550 },
          ),
        );
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      sink.receiving++;
      const fault = takeFault("data");
      if (fault && "drop" in fault) {
        stream.once("data", () => sockets.get(session.remotePort)?.destroy());
        stream.on("error", () => undefined);
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      // A client gone before the final dot: the message is dropped, as a real server drops it.
      stream.on("error", () => undefined);
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const refused = refusal(fault);
        if (refused) return callback(refused);
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const users = [...new Set(to.map((address) => options.mailboxes[address]!))];
        const wait = new Promise((resolve) => setTimeout(resolve, sink.delayMs));
        wait
          .then(() => delivery.deliver(users, raw))
          .then(
            () => {
              accepted.push({ from, to, raw });
              callback(null, "2.0.0 Ok: queued");
            },
            (error: Error) =>
              callback(
                Object.assign(new Error(`4.3.0 Delivery failed: ${error.message}`), {
                  responseCode: 451,
                }),
              ),
          );
      });
    },
  });
  // A client killed mid-conversation resets its socket: nothing to report.
  server.on("error", () => undefined);
  server.server.on("connection", (socket: Socket) => {
    const port = socket.remotePort ?? 0;
    sockets.set(port, socket);
    socket.once("close", () => sockets.delete(port));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  sink.port = port;
  return sink;
}

/** What Dovecot's oauth2 passdb checks: active, issued to this user, for this audience. */
async function tokenAccepted(oauth: DovecotOAuth, token: string, user: string): Promise<boolean> {
  const response = await fetch(oauth.introspection, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${oauth.client.id}:${oauth.client.secret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ token }),
  });
  const claims = (await response.json()) as { active?: boolean; sub?: string; aud?: unknown };
  const audiences = [claims.aud].flat();
  return claims.active === true && claims.sub === user && audiences.includes(oauth.audience);
}

/** One logged-in IMAP connection per mailbox user, each appending one message at a time. */
class Delivery {
  private readonly clients = new Map<string, Promise<ImapFlow>>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly dovecot: Dovecot) {}

  async deliver(users: string[], raw: Buffer): Promise<void> {
    await Promise.all(users.map((user) => this.deliverTo(user, raw)));
  }

  private deliverTo(user: string, raw: Buffer): Promise<void> {
    const work = (this.queues.get(user) ?? Promise.resolve()).then(async () => {
      await (await this.client(user)).append("INBOX", raw);
    });
    this.queues.set(
      user,
      work.catch(() => undefined),
    );
    return work;
  }

  private client(user: string): Promise<ImapFlow> {
    let client = this.clients.get(user);
    if (!client) {
      client = connectImap(this.dovecot, user);
      this.clients.set(user, client);
    }
    return client;
  }

  async close(): Promise<void> {
    for (const client of this.clients.values())
      await (await client).logout().catch(() => undefined);
  }
}

export async function connectImap(dovecot: Dovecot, user: string): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  return client;
}

/** How many messages in the user's folder carry this Message-ID. */
export async function countMessageId(
  dovecot: Dovecot,
  user: string,
  folder: string,
  messageId: string,
): Promise<number> {
  const client = await connectImap(dovecot, user);
  try {
    await client.mailboxOpen(folder, { readOnly: true });
    const uids = await client.search({ header: { "message-id": messageId } }, { uid: true });
    return uids ? uids.length : 0;
  } finally {
    await client.logout();
  }
}

/** Every message of the user's folder, raw, in UID order. */
export async function readFolder(
  dovecot: Dovecot,
  user: string,
  folder: string,
): Promise<Buffer[]> {
  const client = await connectImap(dovecot, user);
  try {
    await client.mailboxOpen(folder, { readOnly: true });
    const messages: Buffer[] = [];
    if ((client.mailbox && client.mailbox.exists) === 0) return messages;
    for await (const message of client.fetch("1:*", { source: true })) {
      if (message.source) messages.push(message.source);
    }
    return messages;
  } finally {
    await client.logout();
  }
}
