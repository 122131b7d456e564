import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { DateTime } from "luxon";
import type { AppContext } from "../../app/context.js";
import type { MailAccounts } from "../../app/mail/mail-accounts.js";
import type { LanguageEngines } from "../../core/check/language-engines.js";
import type { Store } from "../../store/store.js";
import { registerEngineAssets } from "./engine-assets.js";
import { loopbackGuard } from "./loopback-guard.js";
import { sendProblem, STATUS_OF } from "./problem.js";
import { StoreProblem } from "../../store/store-problem.js";
import { registerAgendaRoutes } from "./routes/agenda.js";
import { registerDraftRoutes } from "./routes/drafts.js";
import { registerInterviewRoutes } from "./routes/interviews.js";
import { registerMailRoutes } from "./routes/mail.js";
import { registerMailSignInRoutes } from "./routes/mail-signin.js";
import { registerReplyRoutes } from "./routes/replies.js";
import { registerSessionRoutes } from "./routes/session.js";
import { registerSettingsRoutes } from "./routes/settings.js";
import { SESSION_COOKIE, Sessions } from "./session.js";

export interface ServerOptions {
  store: Store;
  /** The moment each request runs at (fixed by --now / AFTERWORD_NOW, else the clock). */
  now: () => DateTime;
  engines: LanguageEngines;
  mail: MailAccounts;
  /** The port the server will listen on; the one it got is used once it listens. */
  port: number;
  /** The built page (index.html and its assets); without it the API still answers. */
  pageDir: string | null;
  sessions?: Sessions;
}

/** What every route is built from. */
export interface RouteDeps {
  /** The use cases' context for one request: the only way routes reach the world. */
  context: () => AppContext;
}

/** Bytes a request may carry: the largest invite or record anyone drops on the page. */
const BODY_LIMIT = 8 * 1024 * 1024;

export interface WebServer {
  app: FastifyInstance;
  sessions: Sessions;
  /** The port in use: the one listened on, else the one asked for. */
  port: () => number;
}

/** The local web server: the page, and the JSON API over the use cases behind its guards. */
export async function buildServer(options: ServerOptions): Promise<WebServer> {
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, trustProxy: false });
  const sessions = options.sessions ?? new Sessions();
  const pageDir = options.pageDir && existsSync(options.pageDir) ? options.pageDir : null;
  const port = () => (app.server.address() as AddressInfo | null)?.port ?? options.port;

  app.addHook("onRequest", loopbackGuard(port));
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // harper.js compiles WebAssembly; no script but the page's own files runs.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        // harper.js starts its Web Worker from a blob it makes itself.
        workerSrc: ["'self'", "blob:"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieKey: "afterword_csrf",
    cookieOpts: { path: "/", httpOnly: true, sameSite: "strict", signed: false },
    getToken: (request) => headerValue(request.headers["x-csrf-token"]),
  });

  // Every API call needs the session cookie, and every write the CSRF token too.
  app.addHook("preHandler", (request, reply, done) => {
    const path = request.url.split("?")[0] ?? "";
    if (!path.startsWith("/api/") || path === "/api/session") return done();
    if (!sessions.isValid(request.cookies[SESSION_COOKIE])) {
      void sendProblem(reply, {
        status: 401,
        error: "Open Afterword with the address `afterword serve` printed.",
        code: "no-session",
      });
      return;
    }
    if (request.method === "GET" || request.method === "HEAD") return done();
    app.csrfProtection(request, reply, done);
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    // The store cannot be used as it is, or for now: the person can act on that.
    if (error instanceof StoreProblem) {
      return sendProblem(reply, {
        status: STATUS_OF[error.code],
        error: error.message,
        code: error.code,
      });
    }
    const status =
      typeof error.statusCode === "number" && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) process.stderr.write(`afterword serve: ${error.stack ?? error.message}\n`);
    return sendProblem(reply, {
      status,
      error:
        status === 500
          ? "Something went wrong that is not your doing; the details are in the terminal that runs Afterword."
          : (error.message ?? "The request was refused."),
      code: status === 500 ? "internal" : (error.code ?? "refused").toLowerCase(),
    });
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || !pageDir || request.method !== "GET") {
      return sendProblem(reply, {
        status: 404,
        error: "There is nothing at this address.",
        code: "not-found",
      });
    }
    // The page routes itself: every other address is the page.
    return reply.type("text/html").sendFile("index.html");
  });

  const { store, engines, mail } = options;
  const deps: RouteDeps = { context: () => ({ store, now: options.now(), engines, mail }) };
  registerSessionRoutes(app, sessions);
  registerAgendaRoutes(app, deps);
  registerInterviewRoutes(app, deps);
  registerDraftRoutes(app, deps);
  registerMailRoutes(app, deps);
  registerMailSignInRoutes(app, deps);
  registerReplyRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  registerEngineAssets(app);
  if (pageDir) await app.register(fastifyStatic, { root: pageDir, index: "index.html" });
  return { app, sessions, port };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
