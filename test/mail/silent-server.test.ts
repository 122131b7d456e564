import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { writeMailConfig } from "../helpers/mail/world.js";
import { tempHome } from "../helpers/temp-home.js";

// eslint-disable-next-line no-control-regex -- the assertion is about control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A server on loopback that accepts every connection and never says a word. */
async function silentServer(): Promise<{
  port: number;
  connections: () => number;
  close: () => Promise<void>;
}> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    connections: () => sockets.length,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const servers: Awaited<ReturnType<typeof silentServer>>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

function account(port: number) {
  return {
    address: "jordan@example.com",
    name: "Jordan Rivera",
    smtp: { host: "127.0.0.1", port, security: "none", user: "jordan" },
    imap: { host: "127.0.0.1", port, security: "none", user: "jordan" },
  };
}

describe("mail servers that misbehave", () => {
  it("a server that accepts the connection and never answers: mail test gives up on time, saying so", async () => {
    const server = await silentServer();
    servers.push(server);
    const home = tempHome();
    writeMailConfig(home, account(server.port));
    const started = Date.now();
    const result = await runCli(["mail", "test", "--json"], {
      home,
      env: { AFTERWORD_MAIL_PASSWORD: "secret", AFTERWORD_MAIL_TIMEOUT: "1" },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.code).toBe(1);
    const check = json<{
      smtp: { ok: boolean; problem: { kind: string; message: string } };
      imap: { ok: boolean; problem: { kind: string; message: string } };
    }>(result);
    expect(check.smtp).toMatchObject({ ok: false, problem: { kind: "timeout" } });
    expect(check.imap).toMatchObject({ ok: false, problem: { kind: "timeout" } });
    expect(check.smtp.problem.message).toContain("did not answer in time");
    expect(check.imap.problem.message).toContain("did not answer in time");
    expect(server.connections()).toBeGreaterThan(0);
    expect(result.stdout + result.stderr).not.toMatch(CONTROL);
  }, 30_000);

  it("a password with a line break is refused with its reason before any connection is made", async () => {
    const server = await silentServer();
    servers.push(server);
    const home = tempHome();
    writeMailConfig(home, account(server.port));
    const result = await runCli(["mail", "test"], {
      home,
      env: { AFTERWORD_MAIL_PASSWORD: "secret\r\nA2 DELETE INBOX", AFTERWORD_MAIL_TIMEOUT: "1" },
    });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain("holds a line break");
    expect(result.stdout + result.stderr).not.toContain("DELETE");
    expect(server.connections()).toBe(0);
  });
});
