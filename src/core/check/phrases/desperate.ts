import type { Phrase } from "../phrase-pattern.js";

/** Lines that plead rather than persuade: they make the reader uneasy, not keen. */
export const DESPERATE: Phrase[] = [
  ["I (really |desperately |truly |badly |)need (this|the) (job|role|position|offer)"],
  ["I('m| am) begging", "I would welcome the chance"],
  ["I beg (you|of you)"],
  ["please( |, )please"],
  ["(I'll|I will|I would|I'd) do (anything|whatever it takes)"],
  [
    "(I'll|I will|I would|I'd|I('m| am) willing to|I('m| am) happy to) work for (free|nothing|less|any salary|any pay)",
  ],
  ["(I'll|I will|I would|I'd) (take|accept) any (salary|pay|role|position|job|offer|terms)"],
  ["(whatever|any) salary (you|works)"],
  ["(you are|you're|this is|it is|it's) my (last|only|final) (hope|chance|option)"],
  ["I have no other (options|offers|choice|prospects)"],
  ["(unemployed|out of work|jobless) for (so long|months|a year|over a year|* months|* years)"],
  ["please (hire|choose|pick|select) me"],
  ["(please |)give me a (chance|shot)", "I would welcome the chance to contribute"],
  ["I can(no|')t afford (to lose|not to get|to miss)"],
  ["my (family|kids|children) (depend|depends|is depending|are depending) on"],
  ["(pay|cover) (my|the) (rent|bills|mortgage)"],
  ["I('m| am) (so |really |)desperate"],
  ["desperately (want|need|hope|hoping)"],
  ["I (won't|will not) let you down"],
  ["(it|this) would mean the world to me"],
  ["my dream job", "a role I am very excited about"],
  ["I('ll| will) be (devastated|crushed|heartbroken) if"],
  ["(nothing|no one) else (will|would) hire me"],
];
