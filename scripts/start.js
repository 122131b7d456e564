// `npm start`: install what is missing, build the CLI and the page when their sources changed, then
// open Afterword's page (`afterword serve`) on the local SQLite store.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { installIfStale, root } from "./dependencies.js";

installIfStale();
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
