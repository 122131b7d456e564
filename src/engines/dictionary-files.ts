import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { DictionaryFiles } from "./nspell.engine.js";

/**
 * Reads dictionary-en's Hunspell files from its package folder. dictionary-en's own module reads
 * them with top-level await on import, which a bundle cannot carry; locating the folder through
 * its package.json works from the sources and from dist/cli.js alike.
 */
export async function readEnglishDictionary(): Promise<DictionaryFiles> {
  const folder = dirname(createRequire(import.meta.url).resolve("dictionary-en"));
  const [aff, dic] = await Promise.all([
    readFile(join(folder, "index.aff"), "utf8"),
    readFile(join(folder, "index.dic"), "utf8"),
  ]);
  return { aff, dic };
}
