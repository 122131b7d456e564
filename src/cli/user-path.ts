import { homedir } from "node:os";
import { join } from "node:path";

/**
 * A file path as people give it: wrapped in quotes or with escaped spaces (what dragging a file
 * onto a terminal pastes), or starting with ~ for the home folder, which a quoted path keeps.
 */
export function userPath(text: string, home: string = homedir()): string {
  let path = text.trim();
  const quoted = /^(['"])(.*)\1$/s.exec(path);
  if (quoted) path = quoted[2]!;
  else path = path.replace(/\\([ ()'"&])/g, "$1");
  if (path === "~") return home;
  if (path.startsWith("~/")) return join(home, path.slice(2));
  return path;
}
