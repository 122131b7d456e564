import { describe, expect, it } from "vitest";
import { fillTemplate, placeholdersOf } from "../../../src/core/compose/template.js";

const fact = (text: string, extra = {}) => ({ text, sources: [text], ...extra });

describe("fillTemplate", () => {
  it("fills placeholders and gathers their record fields", () => {
    const filled = fillTemplate("Thank you, {name}, for the {position} role.", {
      name: fact("Dana"),
      position: fact("Analyst"),
    });
    expect(filled).toEqual({
      text: "Thank you, Dana, for the Analyst role.",
      sources: ["Dana", "Analyst"],
    });
  });

  it("capitalises a value that opens a sentence, unless it is literal", () => {
    expect(fillTemplate("{x} works. {x} too.", { x: fact("caching") }).text).toBe(
      "Caching works. Caching too.",
    );
    expect(fillTemplate("{x}", { x: fact("https://a.example", { literal: true }) }).text).toBe(
      "https://a.example",
    );
  });

  it("adds possessives and articles", () => {
    expect(fillTemplate("{company's} team", { company: fact("Acme Robotics") }).text).toBe(
      "Acme Robotics' team",
    );
    expect(fillTemplate("as {a position}", { position: fact("SRE") }).text).toBe("as an SRE");
  });

  it("never doubles punctuation where a value meets the phrasing", () => {
    expect(fillTemplate("We covered {x}.", { x: fact("tools, etc.") }).text).toBe(
      "We covered tools, etc.",
    );
    expect(fillTemplate("I thought about {q}.", { q: fact('"Why?"') }).text).toBe(
      'I thought about "Why?"',
    );
  });

  it("closes an American date with a comma when the sentence goes on", () => {
    const day = fact("Friday, November 20", { closingComma: true });
    expect(fillTemplate("We met on {day} to talk.", { day }).text).toBe(
      "We met on Friday, November 20, to talk.",
    );
    expect(fillTemplate("We met on {day}.", { day }).text).toBe("We met on Friday, November 20.");
  });

  it("refuses to leave a gap", () => {
    expect(() => fillTemplate("Dear {name},", {})).toThrow(/needs a value for \{name\}/);
  });

  it("lists a phrasing's placeholders", () => {
    expect(placeholdersOf("{a position} at {company's} {x}")).toEqual(["position", "company", "x"]);
  });
});
