// Bundles the CLI into dist/cli.js: one file starts several times faster than the sources do.
import { readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const bundle = join(root, "dist", "cli.js");

/** Packages loaded from node_modules at run time: native code, or files read from their own folder. */
const EXTERNAL = ["better-sqlite3", "harper.js", "dictionary-en"];

export async function buildCli() {
  const { build } = await import("esbuild");
  const temporary = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    outfile: temporary,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // esbuild would rewrite every /\p{…}/u literal as `new RegExp(…)`, built afresh on each call;
    // Node 20 has the property escapes we use.
    supported: { "regexp-unicode-property-escapes": true },
    external: EXTERNAL,
    logLevel: "warning",
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  renameSync(temporary, bundle);
}

/** True when the bundle is missing or older than any source file or the lock file. */
export function isStale() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return true;
  }
  const newer = (path) => statSync(path).mtimeMs > built;
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).some((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : newer(join(folder, entry.name)),
    );
  return walk(join(root, "src")) || newer(join(root, "package-lock.json"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
