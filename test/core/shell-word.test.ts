import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outcomeSuggestion } from "../../src/cli/present/reception.js";
import { shellWord } from "../../src/core/shell-word.js";

/** What the shell makes of a command line: the words it would pass, one per line. */
function wordsOf(line: string): string[] {
  return execFileSync("sh", ["-c", `for word in ${line}; do printf '%s\\n' "$word"; done`], {
    encoding: "utf8",
  })
    .split("\n")
    .slice(0, -1);
}

describe("shellWord", () => {
  it("makes any text one word the shell reads back unchanged, running nothing", () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: "grapheme", minLength: 1 })
          .filter((s) => !s.includes("\0") && !s.includes("\n")),
        (text) => {
          const printed = execFileSync("sh", ["-c", `printf '%s' ${shellWord(text)}`], {
            encoding: "utf8",
          });
          expect(printed).toBe(text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a sender's name in a suggested command cannot run their code", () => {
    const name = `Dana"; touch /tmp/owned; echo "$(id)\`id\`'`;
    const command = outcomeSuggestion(3, { address: "dana@acme.example", name });
    expect(command).toBe(`afterword outcome 3 rejected --from ${shellWord(name)}`);
    expect(wordsOf(command.replace(/^afterword /, ""))).toEqual([
      "outcome",
      "3",
      "rejected",
      "--from",
      name,
    ]);
  });
});
