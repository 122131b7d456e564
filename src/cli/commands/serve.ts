import type { Command } from "commander";
import type { FastifyInstance } from "fastify";
import { hasDesktop } from "../../web/server/desktop.js";
import { findPageDir } from "../../web/server/page-dir.js";
import { takeServeLock, updateServeLock } from "../../web/server/serve-lock.js";
import { ExitCode, UsageError } from "../exit-code.js";
import type { Runtime } from "../runtime.js";

/** The port asked for first; when another program has it, any free one is taken. */
export const DEFAULT_PORT = 4317;
const HOST = "127.0.0.1";

interface ServeOptions {
  port?: string;
  open?: boolean;
}

export function registerServe(program: Command, rt: Runtime): void {
  program
    .command("serve")
    .description("open Afterword's page in your browser, served from this computer only")
    .option("--port <port>", `the port to listen on (default ${DEFAULT_PORT}, or a free one)`)
    .option("--open", "open the browser even where no desktop is detected")
    .option("--no-open", "only print the address")
    .action(async (options: ServeOptions) => {
      const port = options.port === undefined ? null : parsePort(options.port);
      const ctx = await rt.context();
      const lock = takeServeLock(rt.home(), { pid: process.pid, url: "" });
      if (!lock.ok) {
        rt.exitCode = ExitCode.refused;
        rt.warn(
          `Afterword is already open for ${rt.home()} at ${lock.holder.url || "an address being chosen"} (process ${lock.holder.pid}). ` +
            "Use that page, or stop it (Ctrl+C where it runs) before starting another.",
        );
        return;
      }
      try {
        // Fastify and its plugins load only for this command, not with every other one.
        const { buildServer } = await import("../../web/server/server.js");
        const pageDir = findPageDir();
        const {
          app,
          sessions,
          port: actualPort,
        } = await buildServer({
          store: ctx.store,
          engines: ctx.engines,
          mail: ctx.mail,
          now: () => rt.now(),
          port: port ?? DEFAULT_PORT,
          pageDir,
        });
        await listen(app, port);
        const base = `http://${HOST}:${actualPort()}/`;
        updateServeLock(rt.home(), { pid: process.pid, url: base });
        const url = `${base}?token=${sessions.pendingToken}`;
        if (!pageDir)
          rt.warn("The page is not built yet: run `npm run build` (the API answers meanwhile).");
        rt.print(
          `Afterword is open at ${url}\nThe address works once, in one browser. Press Ctrl+C to stop.`,
        );
        const wantsBrowser = options.open ?? hasDesktop(rt.io.env, process.platform);
        if (wantsBrowser) {
          const { default: open } = await import("open");
          await open(url).catch(() => rt.warn("Could not open a browser: open the address above."));
        }
        await stopped();
        await app.close();
      } finally {
        lock.release();
      }
    });
}

async function listen(app: FastifyInstance, port: number | null): Promise<void> {
  try {
    await app.listen({ host: HOST, port: port ?? DEFAULT_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    if (port !== null) {
      throw new UsageError(
        `port ${port} is taken by another program: choose another --port, or leave it out.`,
      );
    }
    await app.listen({ host: HOST, port: 0 });
  }
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`--port must be a number from 1 to 65535; got "${text}".`);
  }
  return port;
}

/** Resolves on Ctrl+C or a stop signal. */
function stopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
