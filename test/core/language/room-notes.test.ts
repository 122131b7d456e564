import { describe, expect, it } from "vitest";
import { typedOut } from "../../../src/core/language/piece.js";
import {
  answerAsWritten,
  isRoomNote,
  withoutRoomAside,
} from "../../../src/core/language/room-notes.js";

const written = (typed: string) => answerAsWritten(typedOut(typed));

describe("answerAsWritten", () => {
  it.each([
    // How the room went stays in the notes.
    [
      "i froze a bit. should have said footfall per hour + basket size",
      "I should have said footfall per hour and basket size.",
    ],
    [
      "i said 12 but its actually 15 on the new spec, i got mixed up with the old one",
      "I said 12, but it's actually 15 on the new spec.",
    ],
    ["i passed on the 2nd go, she seemed fine with it", "I passed on the second go."],
    ["did the course last spring, marek said thats fine", "I did the course last spring."],
    // What was told to the reader is said again, not reported.
    [
      "i told her i'm happy to do earlies if the rota is fixed",
      "I'm happy to do earlies if the rota is fixed.",
    ],
    [
      "i said i know the kit is different but i learn fast",
      "I know the kit is different but I learn fast.",
    ],
    ["i said yes its fine, the commute is 20 min", "Yes, it's fine; the commute is 20 minutes."],
    // A fragment gets its subject back.
    ["can send", "I can send it."],
    ["will confirm by this week", "I'll confirm this week."],
    ["willing to learn", "I'm willing to learn."],
    ["should've said check the earth first", "I should have said: check the earth first."],
    // The point granted, and the yes, as a letter sets them off.
    [
      "tbh thats fair but i ran the night desk for a year",
      "That's fair, but I ran the night desk for a year.",
    ],
    ["yeah i did the whole audit in excel", "Yes, I did the whole audit in Excel."],
    ["fair, i said i'm booking the refresher", "That's fair; I'm booking the refresher."],
    // Joins typed in a hurry.
    [
      "i shipped it in 2024, just didnt put it in my cv",
      "I shipped it in 2024; I just didn't put it in my cv.",
    ],
    [
      'said "bailiff", which is ok but it depends on if the court is civil',
      'I said "bailiff", which is OK, but it depends on whether the court is civil.',
    ],
    // What the reader said back, and what the candidate thinks of how it went.
    [
      "i said the stores are cold so i layer up. she said thats what they need. i think it went ok",
      "The stores are cold so I layer up.",
    ],
    [
      "i didnt really answer, talked about principles. what id actually do is call the parents first",
      "What I'd actually do is call the parents first.",
    ],
    [
      "said im not sure. checked after - the limit is 10,000 cycles. didnt know this",
      "The limit is 10,000 cycles.",
    ],
    [
      'i said "move it" which is lame. better answer - ask why, then move it',
      'I said "move it". A better answer: ask why, then move it.',
    ],
    ["i said yes, should have asked first", "Yes, I should have asked first."],
    [
      "i said the firm got bought and payroll is moving to leeds. true but i sounded defensive",
      "The firm got bought and payroll is moving to leeds.",
    ],
    ["i said check the rota first which is obvious", "I said check the rota first."],
    // What the candidate should have said, said; a mention of it alone stays in the notes.
    ["said i wasnt sure. should've said i'd loop in finance first", "I'd loop in finance first."],
    [
      "i did the commercial side for 5 yrs. should have mentioned the hospital job",
      "I did the commercial side for five years.",
    ],
    [
      "its 1.37 ohms. should have just said i check the tables which i do",
      "It's 1.37 ohms. I check the tables.",
    ],
    [
      "checked, its 1 month. ask my supervisor if he'd let me go early",
      "It's one month. I'll ask my supervisor if he'd let me go early.",
    ],
    ["yes, hand tools only. no jetter", "Yes, hand tools only. No jetter."],
    ["yes, grew up there, no problem", "Yes, I grew up there."],
    [
      "i said talk to him after. wrong order i think. should be tell him to stop first",
      "I said talk to him after. I should have said: tell him to stop first.",
    ],
  ])("%s", (typed, expected) => {
    expect(written(typed)).toBe(expected);
  });

  it.each([
    "I've run four crane lifts on my own. I can show you the log.",
    "Blood cultures first, then antibiotics within the hour.",
    "Start from the contract rates and work back to the margin.",
    "It should be below 40% for mixed metals.",
    "Would depend on the load, but usually a 3-tonne sling.",
    "Not on the scheme side, but I've done two on the commercial side.",
    "My partner works days, so nights suit us.",
    "Made to measure is most of what we sell.",
    "Phished staff credentials are the most likely way in.",
    "My application went in on 3 November, and CORU told me to expect a decision within eight weeks.",
    "I'd offer a short survey as a follow-on if they still want numbers.",
    "Learning traditional work properly is a big part of why I applied.",
    "Flexible groups that change every unit, and children choosing their starting challenge.",
    "It should be spun within four hours. Left longer, the potassium can read falsely high.",
    "Not yet, but I'd really like to learn.",
    "I'm not after the supermarket hours, I'm after the trade.",
    "Alpine isn't Svalbard, I know.",
    "No. The acceleration is still 9.8 m/s² downwards the whole way.",
    "Knowing your customers are on YouTube, I'd move most of the paid budget there.",
  ])("leaves an answer that is already written alone: %s", (typed) => {
    expect(answerAsWritten(typed)).toBe(typed);
  });

  it("keeps the text when every sentence is about the room", () => {
    expect(answerAsWritten("I blanked.")).toBe("I blanked.");
  });
});

describe("isRoomNote", () => {
  it.each([
    "I blanked a bit",
    "I kinda rambled",
    "she seemed ok with it",
    "You said that's fine",
    "he nodded",
  ])("%s is about the room", (clause) => expect(isRoomNote(clause)).toBe(true));
  it.each([
    "I froze on the fire question, so I've since read the code",
    "it seemed ok with it",
    "I sounded a bit negative about the founders",
    "I went to the site on Monday",
  ])("%s says more", (clause) => expect(isRoomNote(clause)).toBe(false));
});

describe("withoutRoomAside", () => {
  it.each([
    ["asked if i'm ok with heights as i went a bit quiet", "asked if i'm ok with heights"],
    ["my notice period is 90 days which is long", "my notice period is 90 days"],
    ["asked if i drive because the site is remote", "asked if i drive because the site is remote"],
  ])("%s", (typed, expected) => expect(withoutRoomAside(typed)).toBe(expected));
});
