import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { loadMailAccount } from "../../../app/mail/mail-account.js";
import { signInStatus, startBrowserSignIn, type SignedIn } from "../../../app/mail/mail-signin.js";
import type { OAuthProblem } from "../../../mail/oauth-problem.js";
import { fromCoded, parseInput, sendProblem } from "../problem.js";
import type { RouteDeps } from "../server.js";

/** The sign-in this server has under way or last finished; the tokens stay in the vault. */
type Attempt =
  | { state: "waiting"; address: string }
  | { state: "signed-in"; signedIn: SignedIn }
  | { state: "failed"; problem: OAuthProblem };

const startSchema = z.strictObject({});

/**
 * The Settings page's OAuth sign-in: the browser goes to the provider and comes back to a one-time
 * listener on 127.0.0.1 (PKCE). The page learns the address to open and how it ended, never a token.
 */
export function registerMailSignInRoutes(app: FastifyInstance, deps: RouteDeps): void {
  let attempt: Attempt | null = null;

  app.get("/api/mail/signin", async (_request, reply) => {
    const account = await loadMailAccount(deps.context().mail);
    if (!account.ok) {
      return sendProblem(reply, fromCoded(account.errors[0]!));
    }
    if (!account.value.oauth) return { oauth: null, attempt: null, status: null };
    return {
      oauth: { provider: account.value.oauth.provider },
      attempt,
      status: await signInStatus(deps.context().mail, account.value),
    };
  });

  app.post("/api/mail/signin", async (request, reply) => {
    const body = parseInput(startSchema, request.body ?? {});
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const account = await loadMailAccount(deps.context().mail);
    if (!account.ok) {
      return sendProblem(reply, fromCoded(account.errors[0]!));
    }
    if (!account.value.oauth) {
      return sendProblem(
        reply,
        fromCoded({
          code: "refused",
          message: "This account logs in with a password: there is nothing to sign in to.",
        }),
      );
    }
    // One listener at a time: a second click gets the address already waiting.
    if (attempt?.state === "waiting") return attempt;
    const started = await startBrowserSignIn(deps.context().mail, account.value);
    if (!started.ok) {
      attempt = { state: "failed", problem: started.errors[0]! };
      return attempt;
    }
    const waiting: Attempt = { state: "waiting", address: started.value.address };
    attempt = waiting;
    void started.value.finished.then((result) => {
      if (attempt !== waiting) return;
      attempt = result.ok
        ? { state: "signed-in", signedIn: result.value }
        : { state: "failed", problem: result.errors[0]! };
    });
    return waiting;
  });
}
