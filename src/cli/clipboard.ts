import { spawnSync } from "node:child_process";

/** How a text reached the clipboard: a program of the system's, or the terminal itself. */
export type CopiedBy = "system" | "terminal";

/** The clipboard programs tried in turn, the system's own first. */
const PROGRAMS: Record<string, [string, ...string[]][]> = {
  darwin: [["pbcopy"]],
  win32: [["clip"]],
  other: [["wl-copy"], ["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]],
};

/**
 * Puts `text` on the clipboard: through the system's clipboard program where there is one, else
 * by asking the terminal (the OSC 52 sequence, which most terminals and tmux honour, also over ssh).
 */
export function copyToClipboard(
  text: string,
  terminal: { write(text: string): unknown },
  env: Record<string, string | undefined>,
): CopiedBy {
  const graphical = Boolean(env.WAYLAND_DISPLAY || env.DISPLAY);
  const programs =
    PROGRAMS[process.platform] ?? (graphical && !env.SSH_CONNECTION ? PROGRAMS.other! : []);
  for (const [program, ...args] of programs) {
    const result = spawnSync(program, args, { input: text, stdio: ["pipe", "ignore", "ignore"] });
    if (!result.error && result.status === 0) return "system";
  }
  terminal.write(`\x1b]52;c;${Buffer.from(text, "utf8").toString("base64")}\x07`);
  return "terminal";
}
