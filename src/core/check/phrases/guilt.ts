import type { Phrase } from "../phrase-pattern.js";

/** Lines that make the reader owe the candidate something for the effort or the wait. */
export const GUILT: Phrase[] = [
  ["after all (the|my) (time|effort|work|preparation)"],
  ["I (took|had to take) (a|the|half a|a half) (day|morning|afternoon) off"],
  ["I (took|had to take) time off (work |)(for|to)"],
  ["I (drove|travelled|traveled|flew|commuted) (for |)(over |)(* hours|hours|all the way)"],
  [
    "I turned down (other|another|an|two|three|several) (offer|offers|interview|interviews|opportunities|opportunity)",
  ],
  ["I('ve| have) (been waiting|waited) (for |)(weeks|days|so long|a long time|forever|ages)"],
  ["it('s| is| has) been (weeks|ages|forever|so long) (since|and|without)"],
  ["the least you (could|can) do"],
  ["you owe (me|it to me)"],
  ["I deserve (an|a|to) (answer|response|reply|know|decision|explanation)"],
  [
    "I (think|feel|believe) I deserve (at least|at the very least) (an|a) (answer|response|reply|call|update|decision)",
  ],
  ["I deserve (at least|at the very least) (an|a) (answer|response|reply|call|update|decision)"],
  ["(I('ve| have) been|I keep|I am|I'm) (checking|refreshing) my (inbox|email|e-mail|phone)"],
  [
    "it('s| is| has) been (two|three|four|five|six|several|a few|many) (days|weeks|months) and (I|I've|I have) (still |)(not heard|haven't heard|have not heard|heard nothing|had no reply|not had a reply)",
  ],
  ["I deserve better"],
  ["it('s| is) only fair"],
  ["(basic|common) courtesy"],
  ["the courtesy of a (reply|response|call|decision)"],
  [
    "I (spent|put in|invested) (hours|days|weeks|so much time|my weekend|the weekend|the whole weekend) (preparing|on|getting ready)",
  ],
  ["I was counting on (you|this|hearing)"],
  ["(you|your recruiter) promised (me|to|that)"],
  ["as (you|your recruiter) promised"],
  ["no one (has |)(bothered|cared) to"],
  ["I cleared my (schedule|calendar) for"],
];
