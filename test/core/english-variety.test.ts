import { describe, expect, it } from "vitest";
import { varietyForZone, varietyOf } from "../../src/core/english-variety.js";
import { profileSchema } from "../../src/core/record/profile.js";

describe("the candidate's English", () => {
  it("is the profile's variety when it names one, else guessed from the time zone", () => {
    expect(varietyOf({ english: "en-AU", timeZone: "America/Chicago" })).toBe("en-AU");
    expect(varietyOf({ timeZone: "Asia/Kolkata" })).toBe("en-IN");
    expect(varietyOf({ english: null, timeZone: "Europe/Dublin" })).toBe("en-GB");
    expect(varietyOf(null)).toBe("en-US");
    expect(varietyForZone("America/Toronto")).toBe("en-CA");
    expect(varietyForZone("Pacific/Auckland")).toBe("en-AU");
  });

  it("is a profile field taking the five varieties and nothing else", () => {
    const base = { name: "Aroha Ngata", email: "aroha@mail.example", timeZone: "Pacific/Auckland" };
    expect(profileSchema.parse({ ...base, english: "en-GB" }).english).toBe("en-GB");
    expect(profileSchema.parse(base).english ?? null).toBeNull();
    expect(profileSchema.safeParse({ ...base, english: "en-NZ" }).success).toBe(false);
  });
});
