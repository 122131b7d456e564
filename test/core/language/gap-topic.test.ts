import { describe, expect, it } from "vitest";
import { gapTopic } from "../../../src/core/language/gap-topic.js";

describe("what a gap of the candidate's is in", () => {
  it.each([
    ["I have no real hoist experience", "hoist experience"],
    ["I have never cooked on a wood-fired grill", "cooking on a wood-fired grill"],
    ["I haven't done enough enterprise and B2B work", "enterprise and B2B work"],
    ["I have not had much crane work", "crane work"],
    ["I have not led a team before", "leading a team"],
    ["I have never used an in-house edger", "using an in-house edger"],
    ["I have no S-212 chainsaw cert", "the S-212 chainsaw cert"],
    ["I have no experience supervising students", "supervising students"],
    ["I have no SAP Ariba experience", "SAP Ariba"],
    ["I have never sold cars", "selling cars"],
    ["I have not had much time on an actual turbine", "time on an actual turbine"],
    ["I have not had much court experience", "court experience"],
    ["I have not had much time on traditional carvel planking", "traditional carvel planking"],
    ["I have not had much exposure to theatre work", "theatre work"],
    ["I have no time management training", "time management training"],
    ["I have never driven a haul truck on a mine site", "driving a haul truck on a mine site"],
    ["I have never flown a drone commercially", "flying a drone commercially"],
    ["I have no pensions experience at all", "pensions experience"],
    ["I haven't used automatic tools much", "using automatic tools"],
    ["I haven't used SAP that much", "using SAP"],
    ["I have never led a team by myself", "leading a team"],
    ["I haven't done retail only hospitality", "retail"],
    ["I havent done payroll myself", "payroll"],
  ])("%s: %s", (gap, topic) => {
    expect(gapTopic(gap)).toBe(topic);
  });

  it("names no topic for what is not a plain gap, or one too long to name", () => {
    expect(gapTopic("most of my books have been memoir")).toBeNull();
    expect(gapTopic("I have no experience with the rota your site uses on weekends")).toBeNull();
    expect(gapTopic("I have not met my manager's team")).toBeNull();
  });

  it("says each deed of a list as the first is said", () => {
    expect(gapTopic("I have never handled permits or worked with LGUs directly")).toBe(
      "handling permits or working with LGUs directly",
    );
    expect(gapTopic("I have never run payroll and invoices")).toBe("running payroll and invoices");
  });
});
