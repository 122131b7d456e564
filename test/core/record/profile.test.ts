import { describe, expect, it } from "vitest";
import { profileSchema } from "../../../src/core/record/profile.js";

const BASE = { name: "Jordan Rivera", email: "jordan@example.com", timeZone: "America/New_York" };

describe("the profile's cards and LinkedIn account", () => {
  it("offers cards as the playbook says and counts a free account's 200 characters by default", () => {
    const profile = profileSchema.parse(BASE);
    expect(profile.cards).toBe("auto");
    expect(profile.linkedinAccount).toBe("free");
  });

  it("takes cards always or never, and a Premium account", () => {
    const profile = profileSchema.parse({ ...BASE, cards: "never", linkedinAccount: "premium" });
    expect([profile.cards, profile.linkedinAccount]).toEqual(["never", "premium"]);
    expect(profileSchema.parse({ ...BASE, cards: "always" }).cards).toBe("always");
  });

  it("refuses a setting it does not know, naming the field", () => {
    const cards = profileSchema.safeParse({ ...BASE, cards: "sometimes" });
    expect(cards.success).toBe(false);
    expect(cards.error?.issues[0]?.path).toEqual(["cards"]);
    const account = profileSchema.safeParse({ ...BASE, linkedinAccount: "gold" });
    expect(account.error?.issues[0]?.path).toEqual(["linkedinAccount"]);
  });
});
