import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built page, dist/web, found from this module (src/web/server in the sources, dist/ in the
 * bundle): the first folder upwards that holds dist/web/index.html.
 */
export function findPageDir(): string | null {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 5; level++) {
    const candidate = join(folder, "dist", "web");
    if (existsSync(join(candidate, "index.html"))) return candidate;
    if (existsSync(join(folder, "web", "index.html")) && folder.endsWith("dist"))
      return join(folder, "web");
    folder = dirname(folder);
  }
  return null;
}
