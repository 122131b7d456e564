import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built page, dist/web: found from this module, which is src/web/server/ in the sources and
 * dist/ in the CLI's bundle.
 */
export function findPageDir(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "web"), join(here, "..", "..", "..", "dist", "web")]) {
    if (existsSync(join(candidate, "index.html"))) return candidate;
  }
  return null;
}
