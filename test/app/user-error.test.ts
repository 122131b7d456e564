import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { USER_ERROR_CODES, type UserErrorCode } from "../../src/app/user-error.js";
import { EXIT_CODE_OF, ExitCode } from "../../src/cli/exit-code.js";
import type { StoreProblemCode } from "../../src/store/store-problem.js";
import { STATUS_OF } from "../../src/web/server/problem.js";

const APP = join(import.meta.dirname, "..", "..", "src", "app");

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

  it("are worded by the use cases without naming a command: the CLI adds its own hints", () => {
    const naming = readdirSync(APP, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) =>
        readFileSync(join(APP, file), "utf8")
          .split("\n")
          .flatMap((line, i) =>
            /afterword [a-z]/.test(line) ? [`${file}:${i + 1}: ${line}`] : [],
          ),
      );
    expect(naming).toEqual([]);
  });
});
