import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Refuses any request whose Host or Origin is not this server's own loopback name and port.
 * A page on another site that points its own name at 127.0.0.1 (DNS rebinding) sends its own
 * name as Host, and a page on another origin sends its origin: both are turned away here.
 */
export function loopbackGuard(port: () => number) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const names = ownNames(port());
    const host = request.headers.host?.toLowerCase();
    const origin = request.headers.origin?.toLowerCase();
    const originOk = origin === undefined || names.some((name) => origin === `http://${name}`);
    if (!host || !names.includes(host) || !originOk) {
      await reply
        .code(403)
        .send({ error: "This page only answers to its own address on this computer." });
    }
  };
}

/** The names this server answers to: 127.0.0.1 and localhost, with its port. */
export function ownNames(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}
