import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { tempHome } from "../helpers/temp-home.js";

const MODULE = pathToFileURL(join(import.meta.dirname, "..", "..", "scripts", "dependencies.js"));

/** What the install check shared by `npm start` and `npm test` says about a project folder. */
function stale(project: string): boolean {
  const script = `import { dependenciesStale } from ${JSON.stringify(MODULE.href)};
process.stdout.write(String(dependenciesStale(${JSON.stringify(project)})));`;
  return (
    execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
    }) === "true"
  );
}

function project(installed: Record<string, { version: string }> | null): string {
  const folder = tempHome();
  const lock = { packages: { "": {}, "node_modules/zod": { version: "4.1.0" } } };
  writeFileSync(join(folder, "package-lock.json"), JSON.stringify(lock));
  if (installed) {
    mkdirSync(join(folder, "node_modules"));
    writeFileSync(
      join(folder, "node_modules", ".package-lock.json"),
      JSON.stringify({ packages: installed }),
    );
  }
  return folder;
}

describe("the install check before start and test", () => {
  it("calls a fresh clone (no node_modules) stale", () => {
    expect(stale(project(null))).toBe(true);
  });

  it("calls node_modules stale when a locked version differs from the installed one", () => {
    expect(stale(project({ "node_modules/zod": { version: "4.0.0" } }))).toBe(true);
  });

  it("calls node_modules current when every locked package is installed at its version", () => {
    expect(stale(project({ "node_modules/zod": { version: "4.1.0" } }))).toBe(false);
  });
});
