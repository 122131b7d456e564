import { describe, expect, it } from "vitest";
import {
  lowerCaseWords,
  ownSpellings,
  withOpeningAsTyped,
  withOwnSpellings,
  withPlacesCased,
  withTitleCaseLowered,
} from "../../../src/core/language/own-spellings.js";
import { DICTIONARY_NAMES } from "../../../src/core/language/dictionary-names.data.js";
import { dictionaryNames } from "../../../scripts/dictionary-names.js";

describe("the record's own spellings", () => {
  const spellings = ownSpellings([
    "Fair, I've only used Next.js on side projects",
    "we moved to HubSpot from a McKenzie sheet; iOS and eBay",
    "Step-Down unit, The Bookroom, NHS, tHE caps lock, AND the STEMI criteria",
  ]);

  it("keeps words whose capitals are their own, never a title-cased word or a word typed loudly", () => {
    // "iOS" has the shape caps lock leaves ("tHE"), and is left alone with it.
    expect(spellings.sort()).toEqual(
      ["HubSpot", "McKenzie", "NHS", "Next.js", "STEMI", "eBay"].sort(),
    );
    expect(withOwnSpellings("the stemi bypass criteria", spellings)).toBe(
      "the STEMI bypass criteria",
    );
  });

  it("keeps a name the record capitalises mid-sentence, never an ordinary word", () => {
    const named = ownSpellings(["which should help in Bohol", "I speak Polish", "Sorted"]);
    expect(named).toEqual(["Bohol"]);
    expect(withOwnSpellings("12 sites in bohol, polish the brass", named)).toBe(
      "12 sites in Bohol, polish the brass",
    );
  });

  it("writes a word typed in lower case as the record spells it, and leaves the rest", () => {
    expect(withOwnSpellings("no next.js in prod, hubspot only", spellings)).toBe(
      "no Next.js in prod, HubSpot only",
    );
    expect(withOwnSpellings("the step-down unit and the next step", spellings)).toBe(
      "the step-down unit and the next step",
    );
    expect(withOwnSpellings("see example.com/hubspot", spellings)).toBe("see example.com/hubspot");
  });
});

describe("a word capitalised only to start a note", () => {
  const lower = lowerCaseWords([
    "a quiet word at soundcheck",
    "I haven't handled the input credit side",
    "met grace and the perth team",
  ]);

  it("is lower case when it is a common word of English", () => {
    expect(withOpeningAsTyped("House style is Chicago 17", lower)).toBe(
      "house style is Chicago 17",
    );
    expect(withOpeningAsTyped("Spousal sponsorship files", lower)).toBe(
      "spousal sponsorship files",
    );
    expect(withOpeningAsTyped("Tasting panel on Friday", lower)).toBe("tasting panel on Friday");
  });

  it("is written as the record writes it elsewhere", () => {
    expect(withOpeningAsTyped("Soundcheck test, 30 min", lower)).toBe("soundcheck test, 30 min");
    expect(withOpeningAsTyped("Input credit repayment was 94%", lower)).toBe(
      "input credit repayment was 94%",
    );
  });

  it("keeps a name, a month, a word that is as often a name, and capitals", () => {
    expect(withOpeningAsTyped("Grace runs the rota", lower)).toBe("Grace runs the rota");
    expect(withOpeningAsTyped("Perth office is new", lower)).toBe("Perth office is new");
    expect(withOpeningAsTyped("December is 40% of the year", lower)).toBe(
      "December is 40% of the year",
    );
    expect(withOpeningAsTyped("Will is the lead", lower)).toBe("Will is the lead");
    expect(withOpeningAsTyped("Rose said it's fine", lower)).toBe("Rose said it's fine");
    expect(withOpeningAsTyped("Maersk contract renewals", lower)).toBe("Maersk contract renewals");
    expect(withOpeningAsTyped("SOUNDCHECK first", lower)).toBe("SOUNDCHECK first");
  });
});

describe("a note typed in title case", () => {
  it("has its ordinary words in lower case, and keeps names", () => {
    expect(withTitleCaseLowered("Staff Transport Home After Night Shift")).toBe(
      "staff transport home after night shift",
    );
    expect(withTitleCaseLowered("Will Let Me Know Next Week")).toBe("Will let me know next week");
    expect(withTitleCaseLowered("Royal Free Hospital")).toBe("Royal Free Hospital");
  });
});

describe("words no dictionary knows, typed in lower case", () => {
  const unknown = new Set(["tenby", "d'urville", "meniscectomy", "llanidloes", "marahau"]);
  it("writes one as a name where a place or a firm is named", () => {
    expect(withPlacesCased("five years at a hotel in tenby", unknown)).toBe(
      "five years at a hotel in Tenby",
    );
    expect(withPlacesCased("grew up in llanidloes", unknown)).toBe("grew up in Llanidloes");
    expect(withPlacesCased("a vault dug out on d'urville island", unknown)).toBe(
      "a vault dug out on D'Urville Island",
    );
    expect(withPlacesCased("day trips out of marahau", unknown)).toBe("day trips out of Marahau");
    expect(withPlacesCased("the soundboard i restored at llanidloes", unknown)).toBe(
      "the soundboard i restored at Llanidloes",
    );
  });
  it("leaves a term of the trade as typed", () => {
    expect(withPlacesCased("menisectomy instead of meniscectomy", unknown)).toBe(
      "menisectomy instead of meniscectomy",
    );
    expect(withPlacesCased("a course of meniscectomy", unknown)).toBe("a course of meniscectomy");
    expect(withPlacesCased("a hotel in tenby")).toBe("a hotel in tenby");
  });
});

describe("places the tagger knows, typed in lower case", () => {
  it("writes a city, a country or a region as a name", () => {
    expect(withPlacesCased("a nursing home in manchester")).toBe("a nursing home in Manchester");
    expect(withPlacesCased("near cape town")).toBe("near Cape Town");
    expect(withPlacesCased("moved from toronto")).toBe("moved from Toronto");
  });

  it("leaves a word that is also a thing as typed", () => {
    expect(withPlacesCased("the china room")).toBe("the china room");
    expect(withPlacesCased("a turkey dinner")).toBe("a turkey dinner");
    expect(withPlacesCased("polish the floor")).toBe("polish the floor");
    expect(withPlacesCased("a set of china")).toBe("a set of china");
  });

  it("writes as a name a place that is also a thing, typed after 'in' or 'from'", () => {
    expect(withPlacesCased("lived in cologne a year")).toBe("lived in Cologne a year");
    expect(withPlacesCased("moved from jersey")).toBe("moved from Jersey");
  });

  it("writes as a name a place the dictionary knows only as one, after a word leading to it", () => {
    expect(withPlacesCased("5 yrs tiling in brisbane")).toBe("5 yrs tiling in Brisbane");
    expect(withPlacesCased("a season in tirol")).toBe("a season in Tirol");
    expect(withPlacesCased("moved from bangor, the english side")).toBe(
      "moved from Bangor, the english side",
    );
    expect(withPlacesCased("fluent in english")).toBe("fluent in English");
  });

  it("leaves the dictionary's names alone where no place is led to, and words also things", () => {
    // "merlin", a bird, is missing from the dictionary in lower case.
    expect(withPlacesCased("the kestrel and merlin surveys")).toBe(
      "the kestrel and merlin surveys",
    );
    expect(withPlacesCased("met on site at the reno")).toBe("met on site at the reno");
    expect(withPlacesCased("worked in reno for a year")).toBe("worked in reno for a year");
    expect(withPlacesCased("quotes in grey")).toBe("quotes in grey");
    expect(withPlacesCased("went to a slater")).toBe("went to a slater");
  });
});

describe("the dictionary's names", () => {
  it("are the words dictionary-en knows only with a capital, as the script writes them", () => {
    expect(DICTIONARY_NAMES.split(" ")).toEqual(dictionaryNames());
  });
});

describe("places said after where a thing is", () => {
  it("cases a place after what it is the place of, and the kind of place with its name", () => {
    expect(withPlacesCased("because next port is houston")).toBe("because next port is Houston");
    expect(withPlacesCased("a law firm in sherwood park")).toBe("a law firm in Sherwood Park");
    expect(withPlacesCased("a walk in the park")).toBe("a walk in the park");
    expect(withPlacesCased("the next step is frank")).toBe("the next step is frank");
  });
});
