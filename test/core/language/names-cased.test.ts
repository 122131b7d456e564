import { describe, expect, it } from "vitest";
import { withNamesCased } from "../../../src/core/language/names-cased.js";
import { isHardNews } from "../../../src/core/language/hard-news.js";
import { nextContact } from "../../../src/core/language/next-contact.js";

describe("names typed in lower case", () => {
  const people = ["Luis Ortega", "Prof. Nadia Rahman", "Monica Delgado, OTR/L"];

  it("writes the record's names as names, with their titles", () => {
    expect(withNamesCased("luis asked if ive dealt with union drivers", people)).toBe(
      "Luis asked if ive dealt with union drivers",
    );
    expect(withNamesCased("prof rahman said decision early april", people)).toBe(
      "Prof Rahman said decision early april",
    );
  });

  it("leaves out the sir or ma'am a name was said with in the room", () => {
    expect(withNamesCased("sir jerome said offer or regret by email", ["Jerome Villanueva"])).toBe(
      "Jerome said offer or regret by email",
    );
    expect(withNamesCased("maam joanna liked the song", ["Joanna Reyes"])).toBe(
      "Joanna liked the song",
    );
  });

  it("writes a name typed with its possessive as a name", () => {
    expect(withNamesCased("tasha's anesthesia charts", ["Tasha Greene"])).toBe(
      "Tasha's anesthesia charts",
    );
  });

  it("writes a name's possessive typed without its apostrophe", () => {
    expect(withNamesCased("toms team plans together", ["Tom Becker"])).toBe(
      "Tom's team plans together",
    );
    expect(withNamesCased("she marks every test", ["Mark Ellis"])).toBe("she marks every test");
  });

  it("leaves every other word alone", () => {
    expect(withNamesCased("the mobile library van", ["Gwen Ashby"])).toBe("the mobile library van");
    expect(withNamesCased("al said yes", ["Al Green"])).toBe("al said yes");
    expect(withNamesCased("see example.com/luis or luis@example.com", people)).toBe(
      "see example.com/luis or luis@example.com",
    );
  });
});

describe("hard news", () => {
  it.each([
    "the mobile library van being cut",
    "her grant ends in 2027",
    "dock scheduling is a mess",
    "you're losing the banner account",
    "she said winter is dead, nothing till march",
    "no hiring til spring",
  ])("%s is hard news", (text) => {
    expect(isHardNews(text)).toBe(true);
  });

  it.each([
    "the audit backlog",
    "the weekly demo day",
    "the new clinic opening in March",
    "dead keen to get me started",
    "they work with frozen food mostly",
    "put the call on hold to check",
    "no hiring manager, just the owner",
    "nothing until it's checked goes out",
  ])("%s is not", (text) => {
    expect(isHardNews(text)).toBe(false);
  });
});

describe("when the candidate will hear, not when the job starts", () => {
  it.each([
    ["marcus said theyll email offers fri or early next wk, class starts apr 6", "on Friday"],
    ["she'll let me know by wed. they need someone by july 1", "by Wednesday"],
    ["kerry said start monday 16th if its a yes, steve will phone tmrw", "tomorrow"],
    ["priya's gonna text me by monday", "by Monday"],
  ])("%s → %s", (said, when) => {
    expect(nextContact(said)?.when).toBe(when);
  });
});
