// `npm start`: install what is missing, build the CLI and the page when their sources changed, then
// open Afterword's page (`afterword serve`) on the local SQLite store.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** node_modules is stale when npm's record of what it installed differs from the lock file. */
function dependenciesStale() {
  const installed = join(root, "node_modules", ".package-lock.json");
  if (!existsSync(installed)) return true;
  const wanted = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")).packages ?? {};
  const have = JSON.parse(readFileSync(installed, "utf8")).packages ?? {};
  return Object.entries(wanted).some(
    ([path, pkg]) => path !== "" && !pkg.optional && have[path]?.version !== pkg.version,
  );
}

if (dependenciesStale()) {
  console.log("Installing dependencies (the first time takes a minute or two)…");
  step(npm, ["ci", "--no-audit", "--no-fund"]);
}
const { buildCli, buildPage, isPageStale, isStale } = await import("./build.js");
if (isStale()) await buildCli();
if (isPageStale()) {
  console.log("Building the page…");
  await buildPage();
}
const app = spawnSync(
  process.execPath,
  [join(root, "bin", "afterword.js"), "serve", ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exit(app.status ?? 1);
