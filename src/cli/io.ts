import type { Readable } from "node:stream";
import { invocation } from "./invocation.js";
import { terminalText } from "./terminal-text.js";

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
  /**
   * Standard output before `terminalSafe`, for the prompt library, which draws with escape
   * sequences of its own; the texts handed to it are made safe by the prompter instead.
   */
  unfilteredStdout?: Io["stdout"];
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

/**
 * The same streams, with every character a terminal would act on made visible: the one
 * boundary all the CLI's output crosses, tables, details, errors and help alike.
 */
export function terminalSafe(io: Io): Io {
  return {
    ...io,
    stdout: {
      write: (text: string) => io.stdout.write(terminalText(text)),
      isTTY: io.stdout.isTTY,
    },
    stderr: { write: (text: string) => io.stderr.write(terminalText(text)) },
    unfilteredStdout: io.stdout,
  };
}

/**
 * The stream's bytes, undecoded (an invite's encoding is only known once it is read), or null
 * once more than `limit` bytes arrive: `cat /dev/zero |` must not fill the memory.
 */
export async function readAllBytes(stream: Readable, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk as Buffer);
    total += bytes.length;
    if (total > limit) {
      stream.destroy();
      return null;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
