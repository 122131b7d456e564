// What `npm start` and `npm test` share: installing what is missing before anything runs.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs one step in the repository, passing its output through; a failed step ends this script. */
export function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** node_modules is stale when npm's record of what it installed differs from the lock file. */
export function dependenciesStale(project = root) {
  const installed = join(project, "node_modules", ".package-lock.json");
  if (!existsSync(installed)) return true;
  const wanted =
    JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")).packages ?? {};
  const have = JSON.parse(readFileSync(installed, "utf8")).packages ?? {};
  return Object.entries(wanted).some(
    ([path, pkg]) => path !== "" && !pkg.optional && have[path]?.version !== pkg.version,
  );
}

/** Runs `npm ci` when node_modules is missing or out of date. */
export function installIfStale() {
  if (!dependenciesStale()) return;
  console.log("Installing dependencies (the first time takes a minute or two)…");
  step(npm, ["ci", "--no-audit", "--no-fund"]);
}
