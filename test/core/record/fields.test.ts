import { describe, expect, it } from "vitest";
import { profileSchema } from "../../../src/core/record/profile.js";

const base = { name: "Jordan Rivera", email: "jordan@example.com", timeZone: "America/New_York" };

describe("profile fields as people write them", () => {
  it("completes a LinkedIn address written without https://", () => {
    const parsed = profileSchema.parse({ ...base, linkedin: "linkedin.com/in/jordanrivera" });
    expect(parsed.linkedin).toBe("https://linkedin.com/in/jordanrivera");
    const www = profileSchema.parse({ ...base, linkedin: "www.linkedin.com/in/jordanrivera/" });
    expect(www.linkedin).toBe("https://www.linkedin.com/in/jordanrivera/");
  });

  it("still refuses what is no web address", () => {
    expect(profileSchema.safeParse({ ...base, linkedin: "jordan rivera" }).success).toBe(false);
  });

  it("suggests the IANA zone for a city or an abbreviation", () => {
    const city = profileSchema.safeParse({ ...base, timeZone: "Boston" });
    expect(city.error?.issues[0]?.message).toBe(
      "an IANA time zone: for Boston, write America/New_York",
    );
    const abbreviation = profileSchema.safeParse({ ...base, timeZone: "CET" });
    expect(abbreviation.error?.issues[0]?.message).toContain("such as Europe/Paris");
  });
});
