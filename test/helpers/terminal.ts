import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { BIN } from "./cli.js";

/** Runs a command in a real pseudo-terminal (via python3's pty module) so prompts see a TTY. */
const PTY_BRIDGE = `
import fcntl, os, pty, select, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])
inputs = [fd, 0]
while True:
    ready, _, _ = select.select(inputs, [], [])
    if fd in ready:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 4096)
        if data:
            os.write(fd, data)
        else:
            inputs.remove(0)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;

// eslint-disable-next-line no-control-regex -- terminal escape sequences are control characters
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

export const KEY = {
  enter: "\r",
  down: "\x1b[B",
  up: "\x1b[A",
  ctrlC: "\x03",
  backspace: "\x7f",
} as const;

export class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private screen = "";
  private raw = "";
  private seen = 0;
  readonly exited: Promise<number>;

  constructor(args: string[], env: Record<string, string>) {
    this.child = spawn("python3", ["-c", PTY_BRIDGE, process.execPath, BIN, ...args], {
      env: { ...process.env, ...env, TERM: "xterm-256color", FORCE_COLOR: "0" },
    });
    this.child.stdout.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      this.raw += text;
      this.screen += text.replace(ANSI, "");
    });
    this.exited = new Promise((resolve) => this.child.on("close", (code) => resolve(code ?? -1)));
  }

  /** Waits until `text` appears after what was last waited for, then moves past it. */
  async waitFor(text: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const at = this.screen.indexOf(text, this.seen);
      if (at >= 0) {
        this.seen = at + text.length;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(
      `timed out waiting for ${JSON.stringify(text)}; the screen shows:\n${this.screen.slice(-6000)}`,
    );
  }

  /** Types text at the prompt it was asked after, then the given key. */
  async answer(prompt: string, text: string, key: string = KEY.enter): Promise<void> {
    await this.waitFor(prompt);
    await new Promise((resolve) => setTimeout(resolve, 60));
    if (text) this.child.stdin.write(text);
    this.child.stdin.write(key);
  }

  press(key: string): void {
    this.child.stdin.write(key);
  }

  get output(): string {
    return this.screen;
  }

  /** Everything written to the terminal, escape sequences included. */
  get rawOutput(): string {
    return this.raw;
  }

  kill(): void {
    this.child.kill("SIGKILL");
  }
}
