import type { Phrase } from "../phrase-pattern.js";

/**
 * Pushy or demanding lines: they press the reader for an answer or dictate the pace. Each entry is
 * a phrase (syntax in phrase-pattern.ts) and, where one fits, a gentler way to say it.
 */
export const PUSHY: Phrase[] = [
  ["as soon as possible", "when you have a moment"],
  ["asap", "when you have a moment"],
  ["as (quickly|fast) as (possible|you can)", "when you have a moment"],
  ["I need (an|a|your) (answer|response|reply|decision|update)", "I would welcome an update"],
  ["I need to (know|hear) (by|before|today|now|soon|this week)", "I would welcome an update"],
  ["I (expect|require) (an|a|your) (answer|response|reply|decision|update|offer)"],
  ["I (expect|require) to hear (back |)(from you |)(by|before|today|this week|soon)"],
  ["I('d| would) like (an|a|your) (answer|response|reply|decision) (by|before|today|this week)"],
  ["I('m| am) still waiting (for|on)", "I would be glad to hear about the next steps"],
  ["(get back to me|respond|reply) (immediately|right away|today|promptly|quickly)"],
  ["answer me (immediately|right away|today|now|promptly)"],
  [
    "(get back to me|respond|reply|answer|let me know) (by|before|within) (the |)(end of|close of) (the |)(day|business|week)",
  ],
  [
    "(let me know|get back to me|respond|reply|decide) (by|before) (tomorrow|tonight|today|this afternoon)",
  ],
  ["(respond|reply|get back to me|let me know) within * (hours|days)"],
  ["(let me know|tell me) (today|tomorrow|now|immediately|right away)"],
  ["(reply|respond|answer|let me know|decide|a decision|hear back|hear from you) no later than"],
  // A day set for the reader: "get back to me by Friday", "I will need your decision by Monday".
  [
    "(get back to me|respond|reply|let me know|decide|answer me) by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of|end of|close of|noon|midday)",
    "I would be glad to hear when you have news",
  ],
  [
    "(I'll|I will|I would|I'd) need (an|a|your) (answer|response|reply|decision)",
    "I would be glad to hear when you have news",
  ],
  ["at the (latest|very latest)"],
  ["I demand"],
  ["I insist (that|on)"],
  ["you (need|have) to (let me know|decide|tell me|respond|reply|get back to me|answer)"],
  ["you must (let me know|decide|tell me|respond|reply|get back to me|answer)"],
  ["make (a|your|the) decision (quickly|soon|now|today|this week|fast)"],
  [
    "why (haven't|have not|hasn't|has not|didn't|did not) (I|anyone|anybody|you) (heard|hear|responded|replied|gotten back|got back|written back|called)",
  ],
  ["why (is|has) (this|it|the process) taking so long"],
  ["(don't|do not) keep me waiting"],
  ["stop ignoring"],
  ["(this|it) (is|'s) urgent"],
  ["urgently (need|require|request|expect)"],
  [
    "(I'll|I will) (call|phone|ring|email|e-mail) (you|your office) (daily|every day|again tomorrow|every morning)",
  ],
  ["(I'll|I will) keep (calling|emailing|e-mailing|following up) until"],
  ["(reply|respond|answer) (me |)at once"],
  ["chasing (you|this) (up|again)"],
];
