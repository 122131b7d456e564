import type { Phrase } from "../phrase-pattern.js";

/** Lines that say one thing and mean another; on paper they read as contempt. */
export const SARCASM: Phrase[] = [
  [
    "(thanks|thank you) for (finally|eventually) (getting back|replying|responding|answering|writing|calling)",
    "Thank you for getting back to me",
  ],
  ["(nice|good|great) (of you |)to (finally|eventually) (hear|respond|reply|get back)"],
  ["better late than never"],
  ["what a surprise"],
  ["(big|no) surprise there"],
  ["(as|like) I (already |)(said|wrote|told you) (before|already|earlier|previously|twice)"],
  ["(per|as per) my (last|previous|earlier) (email|e-mail|message|note)"],
  ["in case you missed (it|my|this)"],
  [
    "in case my (last |previous |earlier |)(email|e-mail|message|note) (got lost|was lost|went missing|got buried)",
  ],
  ["(is it|is that|that's|it's) too much to ask"],
  ["radio silence"],
  ["(still alive|fell off the face of the earth|dropped off the planet)"],
  ["I guess (I'll|I will|I should) (just |)(keep |)(wait|waiting)"],
  ["not that it matters"],
  ["(clearly|obviously) (you|your team) (are|were|have been) (busy|swamped|too busy)"],
  ["thanks for nothing"],
  ["surprise, surprise"],
];
