import { describe, expect, it } from "vitest";
import { companyName } from "../../../src/core/compose/record-facts.js";

describe("the company as a note names it", () => {
  it.each([
    ["Hauraki Subsea Ltd", "Hauraki Subsea"],
    ["Town of Millbrook Falls", "the Town of Millbrook Falls"],
    // What it belongs to, in brackets or after a comma, is not said in a sentence.
    ["Department for Work and Pensions (Jobcentre Plus)", "the Department for Work and Pensions"],
    [
      "Nechako Tree-Ring Laboratory, University of the North Interior",
      "the Nechako Tree-Ring Laboratory",
    ],
    ["Waikato Equine Veterinary Centre", "the Waikato Equine Veterinary Centre"],
    ["Gallatin Valley Well & Pump", "Gallatin Valley Well & Pump"],
    ["Smith, Jones & Co", "Smith, Jones & Co"],
    ["Harrington family", "the Harrington family"],
    ["Hartley, Moss LLP", "Hartley, Moss"],
    ["St Bride's Primary School, Renfrewshire Council", "St Bride's Primary School"],
    ["Riverside MSK, Northumbria Healthcare NHS Foundation Trust", "Riverside MSK"],
    ["Greenline Grounds Maintenance Ltd, a subsidiary of Idverde", "Greenline Grounds Maintenance"],
  ])("%s is %s", (raw, said) => {
    expect(companyName(raw)).toBe(said);
  });
});
