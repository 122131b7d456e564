import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { parseInput, sendProblem } from "../problem.js";
import { SESSION_COOKIE, type Sessions } from "../session.js";

const exchangeSchema = z.strictObject({ token: z.string().min(1) });

/** The cookie lasts as long as a person keeps the page open across a day of interviews. */
const SESSION_SECONDS = 7 * 24 * 60 * 60;

/**
 * The page trades the one-time token of the printed address for an HttpOnly, SameSite=Strict
 * cookie, and asks for the CSRF token every write then carries.
 */
export function registerSessionRoutes(app: FastifyInstance, sessions: Sessions): void {
  app.get("/api/session", async (request, reply) => {
    if (!sessions.isValid(request.cookies[SESSION_COOKIE])) return { signedIn: false };
    return { signedIn: true, csrfToken: reply.generateCsrf() };
  });

  app.post("/api/session", async (request, reply) => {
    const body = parseInput(exchangeSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const session = sessions.exchange(body.value.token);
    if (!session) {
      return sendProblem(reply, {
        status: 403,
        error:
          "This address was already used, or is not the one Afterword printed. Stop `afterword serve` and start it again for a fresh one.",
        code: "token-spent",
      });
    }
    setSessionCookie(reply, session);
    return { signedIn: true, csrfToken: reply.generateCsrf() };
  });

  // The printed address itself: the token is exchanged with the page's first request, and the
  // browser is sent on to the same address without it, so it leaves no trace in the history.
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" || request.url.startsWith("/api/")) return;
    const url = new URL(request.url, "http://page");
    const token = url.searchParams.get("token");
    if (token === null) return;
    url.searchParams.delete("token");
    const session = sessions.exchange(token);
    if (session) setSessionCookie(reply, session);
    return reply.redirect(`${url.pathname}${url.search}`, 303);
  });
}

function setSessionCookie(reply: FastifyReply, session: string): void {
  reply.setCookie(SESSION_COOKIE, session, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    maxAge: SESSION_SECONDS,
  });
}
