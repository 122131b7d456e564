// Writes src/core/language/dictionary-names.data.ts: the words dictionary-en knows only with a
// capital ("Bangor", "Brisbane", "Tirol"), so that the composer, which reads no files, can write
// a name the candidate typed in lower case as a name. Run again when dictionary-en is updated;
// a test fails while the data is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nspell from "nspell";

/** Every word of four letters or more the dictionary accepts capitalised but not in lower case. */
export function dictionaryNames() {
  const folder = dirname(createRequire(import.meta.url).resolve("dictionary-en"));
  const aff = readFileSync(join(folder, "index.aff"), "utf8");
  const dic = readFileSync(join(folder, "index.dic"), "utf8");
  const speller = nspell({ aff, dic });
  const stems = dic
    .split("\n")
    .slice(1)
    .map((line) => line.split("/")[0]);
  const names = stems.filter(
    (word) => /^\p{Lu}\p{Ll}{3,}$/u.test(word) && !speller.correct(word.toLowerCase()),
  );
  return [...new Set(names)].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = join(
    dirname(fileURLToPath(import.meta.url)),
    "..",
    "src/core/language/dictionary-names.data.ts",
  );
  writeFileSync(
    target,
    [
      "// Written by scripts/dictionary-names.js from dictionary-en; run it again rather than edit.",
      "/** Words the English dictionary knows only with a capital, separated by spaces. */",
      `export const DICTIONARY_NAMES =`,
      `  "${dictionaryNames().join(" ")}";`,
      "",
    ].join("\n"),
  );
}
