// Bundles the CLI into dist/cli.js (one file starts several times faster than the sources do) and
// builds the web page into dist/web with Vite: the server only serves files, never builds them.
import { readdirSync, renameSync, rmSync, statSync } from "node:fs";
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

export const pageDir = join(root, "dist", "web");
const pageSource = join(root, "src", "web", "page");

/** Builds the React page with Vite into dist/web, replacing the previous build whole. */
export async function buildPage() {
  const [{ build }, { default: react }] = await Promise.all([
    import("vite"),
    import("@vitejs/plugin-react"),
  ]);
  const temporary = `${pageDir}.${process.pid}.tmp`;
  await build({
    root: pageSource,
    base: "/",
    configFile: false,
    logLevel: "warn",
    plugins: [react()],
    build: { outDir: temporary, emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 },
  });
  rmSync(pageDir, { recursive: true, force: true });
  renameSync(temporary, pageDir);
}

/** True when the page was never built, or the page, the core or the engines changed since. */
export function isPageStale() {
  let built;
  try {
    built = statSync(join(pageDir, "index.html")).mtimeMs;
  } catch {
    return true;
  }
  const newer = (path) => statSync(path).mtimeMs > built;
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).some((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : newer(join(folder, entry.name)),
    );
  return (
    walk(pageSource) ||
    walk(join(root, "src", "core")) ||
    walk(join(root, "src", "engines")) ||
    newer(join(root, "package-lock.json"))
  );
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  await buildPage();
}
