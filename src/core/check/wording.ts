import { DateTime } from "luxon";
import type { MessageKind } from "../message.js";

/** What a finding says. Kept apart from detection so every front end words findings alike. */
export interface Wording {
  message: string;
  suggestion?: string;
}

export interface Moment {
  /** ISO 8601 instant. */
  at: string;
  zone: string;
}

const KIND_NAMES: Record<MessageKind, string> = {
  "thank-you": "thank-you note",
  "status-follow-up": "status follow-up",
  "additional-info": "message with additional information",
  "check-in": "check-in",
  "rejection-reply": "reply to the rejection",
};

/** "Fri 20 Nov, 15:30 CST" in the zone that matters to the recipient. */
export function when(moment: Moment): string {
  return DateTime.fromISO(moment.at, { zone: moment.zone }).toFormat("ccc d LLL, HH:mm ZZZZ");
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, " ")}”`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export const WORDING = {
  placeholder: (p: { found: string; fill: string | null }) => ({
    message: `${quote(p.found)} is a placeholder left in the text.`,
    suggestion: p.fill ?? "Write what belongs here, or delete it.",
  }),

  "fact.company": (p: { found: string; company: string | null }) => ({
    message: `${quote(p.found)} is a company from another of your applications.`,
    suggestion: p.company ?? "Name the company this note is for.",
  }),
  "fact.person": (p: { found: string; company: string | null }) => ({
    message: `${quote(p.found)} is someone you met for another application${p.company ? `, not at ${p.company}` : ""}.`,
    suggestion: "Name only people from this interview.",
  }),
  "fact.greeting": (p: { found: string; recipient: string }) => ({
    message: `The greeting names ${quote(p.found)}, but this note goes to ${p.recipient}.`,
    suggestion: p.recipient,
  }),
  "fact.position": (p: { found: string; position: string }) => ({
    message: `${quote(p.found)} is not the position you interviewed for (${p.position}).`,
    suggestion: p.position,
  }),
  "fact.point": (p: { point: string; owner: string; recipient: string }) => ({
    message: `This cites ${quote(p.point)}, which you discussed with ${p.owner}, not with ${p.recipient}.`,
    suggestion: `Mention something from your conversation with ${p.recipient}, and keep this point for ${p.owner}'s note.`,
  }),

  "missing.greeting": (p: { recipient: string | null }) => ({
    message: "The note does not open by greeting the person by name.",
    suggestion: p.recipient
      ? `Start with “Dear ${p.recipient},”.`
      : "Start with “Dear <their name>,”.",
  }),
  "missing.thanks": (p: { kind: MessageKind }) => ({
    message: `This ${KIND_NAMES[p.kind]} never says thank you.`,
    suggestion:
      p.kind === "rejection-reply"
        ? "Thank them for the opportunity and for letting you know."
        : "Thank them for their time.",
  }),
  "missing.position": (p: { position: string }) => ({
    message: `The note does not name the position (${p.position}).`,
    suggestion: `Mention the ${p.position} role once, early on.`,
  }),
  "missing.company": (p: { company: string }) => ({
    message: `The note does not name the company (${p.company}).`,
    suggestion: `Mention ${p.company} by name.`,
  }),
  "missing.specific-point": (p: { points: string[] }) => ({
    message: "Nothing in the note recalls something specific from your conversation.",
    suggestion:
      p.points.length > 0
        ? `Recall a point you discussed, such as ${quote(p.points[0]!)}.`
        : "Recall one thing you discussed with this person.",
  }),
  "missing.interest": () => ({
    message: "The note does not say you are still interested in the role.",
    suggestion: "Add a sentence on why the role appeals to you after the conversation.",
  }),
  "missing.sign-off": (p: { name: string | null }) => ({
    message: "The note does not end with a closing and your name.",
    suggestion: p.name ? `End with “Best regards,” and ${p.name} on the next line.` : undefined,
  }),
  "missing.interview-reference": () => ({
    message: "The follow-up does not say which interview it is about, or when it was.",
    suggestion: "Mention the role and the day you interviewed.",
  }),
  "missing.timeline-question": () => ({
    message: "The follow-up does not ask about the timeline or the next steps.",
    suggestion: "Ask politely whether there is an update on the timeline.",
  }),
  "missing.offer": () => ({
    message: "The follow-up does not offer anything else they might need.",
    suggestion: "Offer to send anything that would help their decision.",
  }),
  "missing.question-answered": (p: { topics: string[] }) => ({
    message: "The message does not say which question or concern it answers.",
    suggestion:
      p.topics.length > 0
        ? `Name the topic first, e.g. ${quote(p.topics[0]!)}.`
        : "Say which question from the interview you are following up on.",
  }),
  "missing.reason": () => ({
    message: "The check-in gives no reason for writing now.",
    suggestion: "Share something: their news, an article, or an update on your side.",
  }),
  "missing.feedback-request": () => ({
    message: "The reply does not ask for feedback.",
    suggestion: "Ask whether they could share anything you might improve.",
  }),
  "missing.future-interest": () => ({
    message: "The reply does not mention interest in other or future openings.",
    suggestion: "Say you would welcome hearing about future roles.",
  }),

  "length.long": (p: {
    count: number;
    limit: number;
    unit: "words" | "characters";
    what: string;
  }) => ({
    message: `At ${p.count} ${p.unit}, this ${p.what} runs over the ${p.limit} ${p.unit} it should keep to.`,
    suggestion: "Cut what the reader already knows; keep one specific point and the essentials.",
  }),
  "length.short": (p: { count: number; limit: number; what: string }) => ({
    message: `At ${plural(p.count, "word")}, this ${p.what} is shorter than the ${p.limit} words it needs to carry its points.`,
    suggestion: "Add a specific point from the conversation and why it matters to you.",
  }),
  "length.linkedin-limit": (p: { count: number; limit: number; what: string }) => ({
    message: `LinkedIn takes at most ${p.limit} characters in a ${p.what}; this one has ${p.count}.`,
    suggestion: "Keep the name, the thanks and one specific point.",
  }),
  "channel.link": (p: { found: string }) => ({
    message: `A handwritten card cannot carry a link (${quote(p.found)}).`,
    suggestion: "Put the link in the e-mail version instead.",
  }),
  "subject.missing": () => ({
    message: "The e-mail has no subject line.",
    suggestion: "Start the text with “Subject: …”, e.g. “Subject: Thank you for today”.",
  }),
  "subject.long": (p: { count: number; limit: number }) => ({
    message: `The subject has ${p.count} characters; more than ${p.limit} get cut off in most inboxes.`,
    suggestion: "Say it in a few words, e.g. “Thank you for today”.",
  }),

  "tone.pushy": (p: { found: string; instead: string | null }) => ({
    message: `${quote(p.found)} reads as pushy or demanding.`,
    suggestion: p.instead ?? "Ask politely and leave the timing to them.",
  }),
  "tone.desperate": (p: { found: string; instead: string | null }) => ({
    message: `${quote(p.found)} sounds desperate.`,
    suggestion: p.instead ?? "Show interest through what you would bring, not through need.",
  }),
  "tone.guilt": (p: { found: string; instead: string | null }) => ({
    message: `${quote(p.found)} reads as a guilt trip.`,
    suggestion: p.instead ?? "Leave out what the process cost you.",
  }),
  "tone.threat": (p: { found: string; instead: string | null }) => ({
    message: `${quote(p.found)} reads as a threat.`,
    suggestion: p.instead ?? "Delete it: it ends the conversation.",
  }),
  "tone.sarcasm": (p: { found: string; instead: string | null }) => ({
    message: `${quote(p.found)} can read as sarcastic.`,
    suggestion: p.instead ?? "Say it plainly, or leave it out.",
  }),
  "tone.slang": (p: { found: string; instead: string | null }) => ({
    message: `${quote(p.found)} is too casual for this note.`,
    suggestion: p.instead ?? undefined,
  }),
  "tone.text-speak": (p: { found: string; instead: string | null }) => ({
    message: `${quote(p.found)} is text-message shorthand.`,
    suggestion: p.instead ?? "Write the words out.",
  }),
  "tone.exclamation": (p: { count: number }) => ({
    message: `${plural(p.count, "exclamation mark")} in one note: past the first, they read as over-eager.`,
    suggestion: "End this sentence with a full stop.",
  }),
  "tone.all-caps": (p: { found: string }) => ({
    message: `${quote(p.found)} in capitals reads as shouting.`,
    suggestion: p.found.toLowerCase(),
  }),

  "tone.casual-title": (p: { found: string; name: string }) => ({
    message: `${quote(p.found)} is casual beside a title (${p.name}).`,
    suggestion: "Dear",
  }),

  "wording.frame-clause": (p: { found: string; frame: string }) => ({
    message: `${quote(p.found)}: after “${p.frame}” a phrase belongs, not a whole sentence.`,
    suggestion: "Make it a phrase (“about not having led a team”) or a sentence of its own.",
  }),
  "wording.reader-third-person": (p: {
    found: string;
    reader: string | null;
    instead: string;
  }) => ({
    message: p.reader
      ? `${quote(p.found)} speaks of ${p.reader} in the third person, in a note to ${p.reader}.`
      : `${quote(p.found)} points to nobody named in this note but its reader: say “${p.instead}”.`,
    suggestion: p.instead,
  }),
  "wording.doubled-phrase": (p: { found: string; instead: string }) => ({
    message: `${quote(p.found)} says the same words twice.`,
    suggestion: p.instead,
  }),
  "claim.as-promised": (p: { found: string; owner: string | null }) => ({
    message: p.owner
      ? `${quote(p.found)}: what you promised was for ${p.owner}, not for this reader.`
      : `${quote(p.found)}: the interview record holds nothing you promised to send.`,
    suggestion: "Leave it out, or add what you promised to the interview record.",
  }),
  "claim.one-interviewer": (p: { found: string; person: string }) => ({
    message: `${quote(p.found)}: you met only ${p.person} in this interview.`,
    suggestion: "Speak of your conversation with them alone.",
  }),

  "timing.early": (p: { end: Moment }) => ({
    message: `The interview has not ended yet (it ends ${when(p.end)}).`,
    suggestion: "Send it after the interview.",
  }),
  "timing.late": (p: { kind: MessageKind; deadline: Moment }) => ({
    message: `This ${KIND_NAMES[p.kind]} is past its deadline (${when(p.deadline)}).`,
    suggestion: "Send it today, and do not apologise at length.",
  }),
  "timing.missed": (p: { deadline: Moment }) => ({
    message: `More than 48 hours have passed since the interview (they ran out ${when(p.deadline)}).`,
    suggestion:
      "A short note still helps; open with thanks rather than an apology, and consider a status follow-up instead.",
  }),
  "timing.too-soon": (p: { earliest: Moment; reason: string }) => ({
    message: `It is too soon for this: ${p.reason}.`,
    suggestion: `Wait until ${when(p.earliest)}.`,
  }),
  "timing.too-many": (p: { count: number; limit: number; kind: MessageKind }) => ({
    message: `You have already sent ${p.count} of these; ${p.limit} is the most that stays welcome.`,
    suggestion:
      p.kind === "status-follow-up"
        ? "Let this one go, or offer a stay-in-touch check-in in a few weeks."
        : "Let this one go.",
  }),
  "timing.after-reply": (p: { what: string; at: Moment }) => ({
    message: `${p.what} on ${when(p.at)}: a status follow-up now would ask what they already told you.`,
    suggestion: "Answer their message instead.",
  }),
  "timing.duplicate": (p: { to: string; at: Moment; kind: MessageKind }) => ({
    message: `You already sent a ${KIND_NAMES[p.kind]} to ${p.to} on ${when(p.at)}.`,
    suggestion: "Do not send it twice.",
  }),

  "panel.near-copy": (p: { to: string; similarity: number }) => ({
    message: `This note is a near-copy of the one to ${p.to} (${Math.round(p.similarity * 100)}% of their three-word sequences are shared); panels compare notes.`,
    suggestion: `Rewrite it around what you discussed with this person.`,
  }),

  spelling: (p: { word: string; suggestions: string[] }) => ({
    message: `${quote(p.word)} may be misspelled.`,
    suggestion: p.suggestions.length > 0 ? p.suggestions.slice(0, 3).join(", ") : undefined,
  }),
  "spelling.name": (p: { word: string }) => ({
    message: `${quote(p.word)} is in no dictionary; if it is a name, add it to your words and it is no longer flagged.`,
  }),
  "spelling.variety": (p: { found: string; keep: string; variety: string }) => ({
    message: `This note spells the same word two ways; in your English (${p.variety}) it is ${quote(p.keep)}, not ${quote(p.found)}.`,
    suggestion: p.keep,
  }),
  "grammar.repeated-word": (p: { word: string }) => ({
    message: `${quote(p.word)} is repeated.`,
    suggestion: p.word,
  }),
  "grammar.a-an": (p: { found: string; fix: string }) => ({
    message: `Use “${p.fix}” here, not “${p.found}”.`,
    suggestion: p.fix,
  }),
  "grammar.sentence-case": (p: { found: string; fix: string }) => ({
    message: "A sentence should start with a capital letter.",
    suggestion: p.fix,
  }),
  "grammar.capital-i": () => ({
    message: "“I” is always a capital letter.",
    suggestion: "I",
  }),
  "grammar.other": (p: { message: string; suggestions: string[] }) => ({
    message: p.message,
    suggestion: p.suggestions.length > 0 ? p.suggestions.slice(0, 3).join(", ") : undefined,
  }),
} satisfies Record<string, (params: never) => Wording>;
