import { describe, expect, it } from "vitest";
import { userPath } from "../../src/cli/user-path.js";

describe("paths as people give them", () => {
  it("reads a path wrapped in quotes, as dragging a file onto a terminal pastes it", () => {
    expect(userPath("'/Users/jo/Interview with Acme.ics' ")).toBe(
      "/Users/jo/Interview with Acme.ics",
    );
    expect(userPath('"/tmp/a b.yaml"')).toBe("/tmp/a b.yaml");
  });

  it("reads spaces escaped with a backslash", () => {
    expect(userPath("/Users/jo/Interview\\ with\\ Acme.ics")).toBe(
      "/Users/jo/Interview with Acme.ics",
    );
  });

  it("expands ~ to the home folder, quoted or not", () => {
    expect(userPath("~/notes/acme.yaml", "/home/jo")).toBe("/home/jo/notes/acme.yaml");
    expect(userPath('"~/acme.yaml"', "/home/jo")).toBe("/home/jo/acme.yaml");
  });

  it("leaves - (standard input) and plain paths alone", () => {
    expect(userPath("-")).toBe("-");
    expect(userPath("acme.yaml")).toBe("acme.yaml");
  });
});
