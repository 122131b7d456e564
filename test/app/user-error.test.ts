import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import { USER_ERROR_CODES, type UserErrorCode } from "../../src/app/user-error.js";
import { EXIT_CODE_OF, ExitCode } from "../../src/cli/exit-code.js";
import type { StoreProblemCode } from "../../src/store/store-problem.js";
import { STATUS_OF } from "../../src/web/server/problem.js";

const SRC = join(import.meta.dirname, "..", "..", "src");

describe("errors users cause", () => {
  it("each have an exit status and an HTTP status", () => {
    for (const code of USER_ERROR_CODES) {
      expect(Object.values(ExitCode), code).toContain(EXIT_CODE_OF[code]);
      expect(EXIT_CODE_OF[code], code).not.toBe(ExitCode.ok);
      expect(STATUS_OF[code], code).toBeGreaterThanOrEqual(400);
      expect(STATUS_OF[code], code).toBeLessThan(600);
    }
    expect(Object.keys(EXIT_CODE_OF).sort()).toEqual([...USER_ERROR_CODES].sort());
    expect(Object.keys(STATUS_OF).sort()).toEqual([...USER_ERROR_CODES].sort());
    expect(new Set(USER_ERROR_CODES).size).toBe(USER_ERROR_CODES.length);
  });

  it("include every problem of the store", () => {
    expectTypeOf<StoreProblemCode>().toExtend<UserErrorCode>();
    expect(EXIT_CODE_OF.busy).toBe(ExitCode.busy);
    expect(EXIT_CODE_OF.damaged).toBe(ExitCode.store);
    expect(STATUS_OF.busy).toBe(503);
  });

  it("are worded without naming a command or a flag, outside the CLI: it adds its own hints", () => {
    const naming = OUTSIDE_THE_CLI.flatMap((folder) =>
      readdirSync(join(SRC, folder), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts"))
        .flatMap((file) =>
          wordsOf(join(SRC, folder, file))
            .filter((words) => COMMAND_OR_FLAG.test(words))
            .map((words) => `${folder}/${file}: ${words}`),
        ),
    );
    expect(naming).toEqual([]);
  });

  it("would be caught naming one", () => {
    expect(COMMAND_OR_FLAG.test("Sign in again with `afterword mail signin`.")).toBe(true);
    expect(COMMAND_OR_FLAG.test("Choose another with --home DIR.")).toBe(true);
    expect(COMMAND_OR_FLAG.test("Sign in to the mail account again.")).toBe(false);
    expect(COMMAND_OR_FLAG.test("afterword-mail:1:2:name")).toBe(false);
  });
});

/** What a person reads comes from these folders too; the CLI and the web page present it. */
const OUTSIDE_THE_CLI = ["app", "core", "mail", "store", "calendar", "engines"];

/** `afterword COMMAND`, or a flag such as `--home`, anywhere in a text. */
const COMMAND_OR_FLAG = /\bafterword [a-z]|(?:^|[\s(`'"])--[a-z]/;

/** The text of every string and template literal in a source file (its comments are left out). */
function wordsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
