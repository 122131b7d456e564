import { describe, expect, it } from "vitest";
import { americanForms } from "../../../src/core/check/variant-spellings.js";

describe("americanForms", () => {
  it("gives the American spelling of British, Australian, Canadian and Indian ones", () => {
    const pairs: [string, string][] = [
      ["colour", "color"],
      ["behavioural", "behavioral"],
      ["favourite", "favorite"],
      ["organisation", "organization"],
      ["realised", "realized"],
      ["analyse", "analyze"],
      ["travelled", "traveled"],
      ["counsellor", "counselor"],
      ["enrolment", "enrollment"],
      ["fulfil", "fulfill"],
      ["centre", "center"],
      ["kilometres", "kilometers"],
      ["catalogue", "catalog"],
      ["catalogued", "cataloged"],
      ["licence", "license"],
      ["defence", "defense"],
      ["practised", "practiced"],
      ["paediatric", "pediatric"],
      ["oesophagus", "esophagus"],
      ["programme", "program"],
      ["cheque", "check"],
      ["jewellery", "jewelry"],
      ["Colour", "color"],
    ];
    for (const [commonwealth, american] of pairs) {
      expect(americanForms(commonwealth), commonwealth).toContain(american);
    }
  });

  it("turns no typo and no other word into a word", () => {
    // Typos a spelling rule could hide: "bettre" (better), "haerd" (heard), "raed" (read).
    for (const typo of ["bettre", "lettre", "haerd", "raed", "paer"]) {
      expect(americanForms(typo), typo).not.toContain(typo.replace(/re$/, "er"));
    }
    expect(americanForms("haerd")).not.toContain("herd");
    expect(americanForms("raed")).not.toContain("red");
    // Words that are no Commonwealth spelling at all.
    expect(americanForms("filled")).not.toContain("filed");
    expect(americanForms("four")).toEqual([]);
    expect(americanForms("your")).toEqual([]);
    expect(americanForms("color")).toEqual([]);
  });
});
