import type { Readable } from "node:stream";
import { invocation } from "./invocation.js";

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface Io {
  stdin: Readable;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** True when a person is at a terminal, so prompts may be shown. */
  interactive: boolean;
  /** The words that run Afterword here, for hints (default `afterword`); see invocation.ts. */
  invocation?: () => string;
}

export function processIo(): Io {
  let command: string | undefined;
  return {
    invocation: () => (command ??= invocation(process.env, process.argv[1], process.cwd())),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
}

export async function readAll(stream: Readable): Promise<string> {
  return (await readAllBytes(stream)).toString("utf8");
}

/** The stream's bytes, undecoded: an invite's encoding is only known once it is read. */
export async function readAllBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
