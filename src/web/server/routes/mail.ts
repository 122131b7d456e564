import type { FastifyInstance } from "fastify";
import { checkMail } from "../../../app/mail/check-mail.js";
import { loadMailAccount } from "../../../app/mail/mail-account.js";
import { cancelOutboxItem, listOutbox } from "../../../app/mail/outbox.js";
import type { ServerSettings } from "../../../mail/mail-config.js";
import { fromCoded, parseInput, sendProblem } from "../problem.js";
import { idParams } from "../params.js";
import type { RouteDeps } from "../server.js";

/** A server's settings without its password, nor even where the password is kept. */
function serverView({ password: _password, ...server }: ServerSettings) {
  return server;
}

export function registerMailRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get("/api/outbox", async () => {
    const items = await listOutbox(deps.context());
    return items.map(({ raw: _raw, leaseOwner: _owner, leaseUntil: _until, ...item }) => item);
  });

  app.post("/api/outbox/:id/cancel", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const cancelled = await cancelOutboxItem(deps.context(), params.value.id);
    if (!cancelled.ok) {
      return sendProblem(reply, fromCoded(cancelled.errors[0]!));
    }
    const { raw: _raw, leaseOwner: _owner, ...item } = cancelled.value;
    return item;
  });

  app.get("/api/inbox", async () => {
    const ctx = deps.context();
    return ctx.store.received.list();
  });

  /** The mail account as mail.yaml sets it; the password never leaves the server. */
  app.get("/api/mail", async () => {
    const account = await loadMailAccount(deps.context().mail);
    if (!account.ok) return { ready: false, problem: account.errors[0]!.message };
    const { smtp, imap, ...rest } = account.value;
    return {
      ready: true,
      account: { ...rest, smtp: serverView(smtp), imap: imap && serverView(imap) },
    };
  });

  app.post("/api/mail/test", async () => checkMail(deps.context().mail));
}
