// `npm start`: install what is missing, build, then open Afterword on the local SQLite store.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { installIfStale, npm, root, step } from "./dependencies.js";

installIfStale();
step(npm, ["run", "--silent", "build"]);
const app = spawnSync(
  process.execPath,
  [join(root, "bin", "afterword.js"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(app.status ?? 1);
