import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { invocation, withInvocation } from "../../src/cli/invocation.js";
import { run } from "../../src/cli/run.js";
import { tempHome } from "../helpers/temp-home.js";

function clone(): { root: string; entry: string } {
  const root = tempHome();
  mkdirSync(join(root, "bin"));
  const entry = join(root, "bin", "afterword.js");
  writeFileSync(entry, "", { mode: 0o755 });
  return { root, entry };
}

describe("the form of `afterword` the hints use", () => {
  it("is `afterword` when the PATH leads to this very program (npm link)", () => {
    const { root, entry } = clone();
    const bin = join(root, "global-bin");
    mkdirSync(bin);
    symlinkSync(entry, join(bin, "afterword"));
    expect(invocation({ PATH: bin }, entry, root)).toBe("afterword");
  });

  it("is the node command from where the user is when nothing on the PATH runs it", () => {
    const { root, entry } = clone();
    const other = join(root, "other");
    mkdirSync(other);
    writeFileSync(join(other, "afterword"), "", { mode: 0o755 });
    expect(invocation({ PATH: other }, entry, root)).toBe("node bin/afterword.js");
  });

  it("is the npm script or npx when npm started it", () => {
    const { root, entry } = clone();
    expect(invocation({ npm_lifecycle_event: "afterword" }, entry, root)).toBe(
      "npm run afterword --",
    );
    expect(invocation({ npm_command: "exec" }, entry, root)).toBe("npx afterword");
  });

  it("rewrites hints, not the error prefix or prose", () => {
    const text =
      "afterword: no drafts. Write one with `afterword draft 1`; afterword plan 1 shows it.";
    expect(withInvocation(text, "npm run afterword --")).toBe(
      "afterword: no drafts. Write one with `npm run afterword -- draft 1`; npm run afterword -- plan 1 shows it.",
    );
  });

  it("reaches what a command prints", async () => {
    let stdout = "";
    await run(["--home", tempHome(), "drafts"], {
      stdin: Readable.from([""]),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      env: {},
      interactive: false,
      invocation: () => "node bin/afterword.js",
    });
    expect(stdout).toContain("`node bin/afterword.js draft ID`");
  });
});
