// Bundles the CLI into dist/: an entry that loads only the command it runs (each command module is
// its own chunk), since parsing one 7.5 MB file cost every command about 100 ms before any work.
// Builds the web page into dist/web with Vite: the server only serves files, never builds them.
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
export const bundle = join(dist, "cli.js");

/** Packages loaded from node_modules at run time: native code, or files read from their own folder. */
const EXTERNAL = ["better-sqlite3", "harper.js", "dictionary-en", "@napi-rs/keyring"];

/**
 * zod re-exports every language's error messages (`z.locales`), 600 kB that every command would
 * parse; Afterword writes its own messages and uses only zod's English default, which zod
 * imports directly. The re-export becomes the English one alone.
 */
const englishZodLocales = {
  name: "english-zod-locales",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), "..", "locales", "en.js") }
        : undefined,
    );
  },
};

/** A build older than this is no longer used by any running command and is removed. */
const KEEP_OLD_BUILD_MS = 10 * 60_000;

export async function buildCli() {
  const { build } = await import("esbuild");
  // Each build goes to a folder of its own; dist/cli.js, replaced in one rename, points at the newest,
  // so a command started during a rebuild (or still loading chunks) reads one whole build.
  const name = `build-${Date.now()}-${process.pid}`;
  await build({
    entryPoints: { cli: join(root, "src", "cli", "main.ts") },
    outdir: join(dist, name),
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    // Less text for Node to parse at each start; names are kept, so a crash log still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    // esbuild would rewrite every /\p{…}/u literal as `new RegExp(…)`, built afresh on each call;
    // Node 20 has the property escapes we use.
    supported: { "regexp-unicode-property-escapes": true },
    external: EXTERNAL,
    plugins: [englishZodLocales],
    logLevel: "warning",
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const temporary = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temporary, `import "./${name}/cli.js";\n`);
  renameSync(temporary, bundle);
  removeOldBuilds(name);
}

function removeOldBuilds(current) {
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith("build-") || entry.name === current)
      continue;
    const folder = join(dist, entry.name);
    if (Date.now() - statSync(folder).mtimeMs > KEEP_OLD_BUILD_MS) {
      rmSync(folder, { recursive: true, force: true });
    }
  }
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
  // React's production build whoever builds: under the tests NODE_ENV is "test", which gives the
  // page React's development build, several times slower at every keystroke.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: pageSource,
      base: "/",
      configFile: false,
      logLevel: "warn",
      plugins: [react()],
      build: { outDir: temporary, emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
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
