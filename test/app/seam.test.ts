import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const APP = join(import.meta.dirname, "..", "..", "src", "app");

/** Every use case's source, by its path under src/app. */
function useCases(): { file: string; text: string }[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => ({ file, text: readFileSync(join(APP, file), "utf8") }));
}

/** The modules a file imports for their values (type-only imports are left out). */
function valueImports(text: string): string[] {
  return [...text.matchAll(/^import (?!type )[^;]*? from "([^"]+)";/gms)].map((match) => match[1]!);
}

describe("use cases reach the world only through their context", () => {
  it("never load an engine, nor read the data folder's files themselves", () => {
    const reaching = useCases().flatMap(({ file, text }) =>
      valueImports(text)
        .filter((module) =>
          /\/engines\/|read-mail-config|write-mail-config|read-secret|token-vault|store\/backups|store-health|data-folder|stored-accounts|secret-seal/.test(
            module,
          ),
        )
        .map((module) => `${file} imports ${module}`),
    );
    expect(reaching).toEqual([]);
  });

  it("are never handed a data folder", () => {
    const folders = useCases().flatMap(({ file, text }) =>
      /\bhome\s*[:,)]|ctx\.home\b/.test(text) ? [file] : [],
    );
    expect(folders).toEqual([]);
  });
});
