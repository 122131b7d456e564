import { accessSync, constants, realpathSync } from "node:fs";
import { delimiter, join, relative } from "node:path";

/**
 * The words that run Afterword where the user is, for the hints it prints: `afterword` once it is
 * on the PATH (`npm link`), otherwise the way this process was started (`npm run afterword --`,
 * `npx afterword`, `node bin/afterword.js`).
 */
export function invocation(
  env: Record<string, string | undefined>,
  entry: string | undefined,
  cwd: string,
): string {
  if (env.npm_lifecycle_event === "afterword") return "npm run afterword --";
  if (env.npm_lifecycle_event === "start") return "npm start --";
  if (env.npm_command === "exec") return "npx afterword";
  if (!entry || onPath(env.PATH ?? "", entry)) return "afterword";
  const path = relative(cwd, entry);
  return `node ${/\s/.test(path) ? JSON.stringify(path) : path}`;
}

/** True when `afterword` on the PATH is this very program (an older install elsewhere is not). */
function onPath(path: string, entry: string): boolean {
  const self = real(entry);
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((folder) => {
      const candidate = join(folder, process.platform === "win32" ? "afterword.cmd" : "afterword");
      try {
        accessSync(candidate, constants.X_OK);
      } catch {
        return false;
      }
      return process.platform === "win32" || real(candidate) === self;
    });
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Rewrites every `afterword COMMAND` hint in a text to the form that runs here. */
export function withInvocation(text: string, command: string): string {
  if (command === "afterword") return text;
  return text.replace(/(?<=^|[\s`(])afterword(?=`| [a-z-])/g, command);
}
