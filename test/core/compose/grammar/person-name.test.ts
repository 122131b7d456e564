import { describe, expect, it } from "vitest";
import {
  addressedInNotes,
  givenName,
  greetingName,
  personName,
} from "../../../../src/core/compose/grammar/person-name.js";

describe("names", () => {
  it.each([
    ["Dana Whitfield", "Dana"],
    ["Dr. Amara Okafor", "Dr. Okafor"],
    ["Ms. Anouk de Vries", "Ms. de Vries"],
    ["Dr. Jan van der Berg", "Dr. van der Berg"],
    ["Prof Li Wei", "Prof Wei"],
    ["Whitfield, Dana", "Dana"],
    ["Dana Whitfield, PhD", "Dana"],
    ["Madonna", "Madonna"],
    ["Siobhán O'Connell", "Siobhán"],
    ["Jean-Luc Picard", "Jean-Luc"],
    ["DANA WHITFIELD", "Dana"],
    ["  dana   whitfield ", "Dana"],
    ["Capt. Rhonda Feld", "Capt. Feld"],
    ["Monica Delgado, OTR/L", "Monica"],
    // Family name first, as Singapore and Korea write it; "Lee Ann Smith" is not.
    ["Dr. Lim Hui Min", "Dr. Lim"],
    ["Tan Wei Ling", "Wei Ling"],
    ["Ms. Park Ji-hoon", "Ms. Park"],
    ["Dr. Lee Ann Smith", "Dr. Smith"],
    ["Kim Jones", "Kim"],
    ["jt alvarez", "JT"],
    ["Ng Wei Ling", "Wei Ling"],
    // Hokkien spellings, as Singapore and Malaysia write them.
    ["Tan Siew Ling", "Siew Ling"],
    ["Goh Hwee Peck", "Hwee Peck"],
    ["Lim Seow Kam", "Seow Kam"],
    ["Lee Sean Smith", "Lee"],
    ["Assoc. Prof. Lin Zhao", "Prof. Zhao"],
    ["Associate Professor Ruth Kelly", "Professor Kelly"],
  ])("greets %j as %j", (name, expected) => {
    expect(greetingName(name)).toBe(expected);
  });

  it.each([
    ["O'BRIEN", "O'Brien"],
    ["MARY-JANE SMITH", "Mary-Jane Smith"],
    ["ludwig van beethoven", "Ludwig van Beethoven"],
    ["Dana Whitfield, PhD", "Dana Whitfield"],
    ["Whitfield, Dana", "Dana Whitfield"],
    ["Zoë d'Arcy", "Zoë d'Arcy"],
  ])("writes %j as %j", (name, expected) => {
    expect(personName(name)).toBe(expected);
  });

  it("signs with a given name, not an honorific", () => {
    expect(givenName("Dr. Jordan Rivera")).toBe("Jordan");
    expect(givenName("Jordan Rivera")).toBe("Jordan");
  });

  it("greets as the notes address the person: title and family name", () => {
    expect(addressedInNotes("Grace Otieno", ["mrs otieno said theyll call by fri"])).toBe(
      "Mrs Otieno",
    );
    expect(addressedInNotes("Tan Siew Ling", ["ms tan showed me the room"])).toBe("Ms Tan");
    expect(addressedInNotes("Grace Otieno", ["grace said theyll call"])).toBeNull();
    expect(addressedInNotes("Dr. Grace Otieno", ["dr otieno said"])).toBeNull();
  });
});
