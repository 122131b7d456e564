import type { Channel, MessageKind } from "../../message.js";
import { analysisOf } from "../analysis.js";
import type { CheckContext } from "../check-context.js";
import type { Span } from "../finding.js";
import type { MessageText } from "../message-text.js";
import {
  companyCore,
  distinctiveCompanyWords,
  containsName,
  nameParts,
  stem,
  titleStems,
  topicStems,
  wordList,
} from "../names.js";
import { anyPhraseTest } from "../phrase-pattern.js";
import {
  ANSWER_CUES,
  CHECK_IN_REASON,
  FEEDBACK_REQUEST,
  FUTURE_INTEREST,
  INTEREST,
  INTERVIEW_REFERENCE,
  OFFER,
  THANKS,
  TIMELINE_QUESTION,
} from "../phrases/elements.js";
import { GENERIC_ADDRESSEES } from "../phrases/generic-greetings.js";
import { defineRule, type Hit, type RuleCode } from "../rule.js";
import { perSentence, sentencesOf, type SentenceText } from "../sentence-text.js";
import { slotsLeft } from "./placeholder.js";
import { namesMatch } from "../../person-match.js";

type Element =
  | "greeting"
  | "thanks"
  | "position"
  | "company"
  | "specific-point"
  | "interest"
  | "sign-off"
  | "interview-reference"
  | "timeline-question"
  | "offer"
  | "question-answered"
  | "reason"
  | "feedback-request"
  | "future-interest";

/** Playbook §2: what each kind of message must contain, per channel. */
const REQUIRED: Record<MessageKind, Partial<Record<Channel, Element[]>> & { email: Element[] }> = {
  "thank-you": {
    email: ["greeting", "thanks", "position", "company", "specific-point", "interest", "sign-off"],
    card: ["greeting", "thanks", "specific-point", "interest", "sign-off"],
    linkedin: ["greeting", "thanks", "specific-point"],
  },
  "status-follow-up": {
    email: [
      "greeting",
      "interview-reference",
      "interest",
      "timeline-question",
      "offer",
      "sign-off",
    ],
  },
  "additional-info": { email: ["greeting", "question-answered", "interest", "sign-off"] },
  "check-in": { email: ["greeting", "reason", "sign-off"] },
  "rejection-reply": {
    email: ["greeting", "thanks", "feedback-request", "future-interest", "sign-off"],
  },
};

export function requiredElements(kind: MessageKind, channel: Channel): Element[] {
  const byChannel = REQUIRED[kind];
  const elements = byChannel[channel] ?? byChannel.email;
  // A connection note arrives under the sender's name and photo: in 200 characters, no sign-off.
  return channel === "linkedin" ? elements.filter((element) => element !== "sign-off") : elements;
}

/**
 * Whether a sentence holds one of the phrases, kept per sentence: a note says a thing when one of
 * its sentences (or its subject line) does, and a keystroke asks again only of the sentence it
 * changed.
 */
function saidIn(list: readonly string[]): (sentence: SentenceText) => boolean {
  const phrases = anyPhraseTest(list);
  return perSentence((text, tokens) => phrases.test(text, tokens));
}

const THANKS_WORDS = saidIn(THANKS);
const INTEREST_WORDS = saidIn(INTEREST);
const TIMELINE_WORDS = saidIn(TIMELINE_QUESTION);
const OFFER_WORDS = saidIn(OFFER);
const REFERENCE_WORDS = saidIn(INTERVIEW_REFERENCE);
const ANSWER_WORDS = saidIn(ANSWER_CUES);
const REASON_WORDS = saidIn(CHECK_IN_REASON);
const FEEDBACK_WORDS = saidIn(FEEDBACK_REQUEST);
const FUTURE_WORDS = saidIn(FUTURE_INTEREST);
const WHEN_WORDS =
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|yesterday|today|last week|last month|this week|this month|earlier this|weeks? ago|days? ago|recently|\d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2})(?![\p{L}])/iu;
/** "our conversation about …", "you mentioned …": a specific point even when the record lists none. */
const SPECIFIC_CUES =
  /(?<![\p{L}])(?:(?:conversation|discussion|chat|talk|exchange) (?:about|on|around|regarding)|you (?:mentioned|described|explained|shared|showed|walked me through|told me|pointed out)|(?:discussing|we discussed|we talked about|talking about|we spoke about)|your (?:point|question|description|example) (?:about|on|of))\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)/giu;
/** What a cue may be followed by without recalling anything in particular. */
const VAGUE_TOPICS = new Set(
  [
    "role",
    "position",
    "job",
    "company",
    "opportunity",
    "organization",
    "organisation",
    "interview",
    "process",
    "culture",
    "things",
    "everything",
    "it",
    "this",
    "that",
  ].map(stem),
);

function element<C extends RuleCode>(
  code: C,
  which: Element,
  summary: string,
  present: (message: MessageText, context: CheckContext) => boolean | null,
  anchor: (message: MessageText) => Span,
  params: (context: CheckContext) => Hit<C>["params"],
) {
  return defineRule({
    code,
    severity: which === "thanks" ? "error" : "warning",
    summary,
    detect(message, context) {
      if (!requiredElements(context.kind, context.channel).includes(which)) return [];
      if (message.body.end === message.body.start) return [];
      if (present(message, context) !== false) return [];
      return [{ ...anchor(message), params: params(context) }];
    },
  });
}

const atStart = (message: MessageText): Span => ({
  start: message.body.start,
  end: message.body.start,
});
const atContent = (message: MessageText): Span => ({
  start: message.content.start,
  end: message.content.start,
});
const atEnd = (message: MessageText): Span => ({ start: message.body.end, end: message.body.end });
/** Whether a sentence of the message (or its subject line) passes the test. */
const says = (test: (sentence: SentenceText) => boolean) => (message: MessageText) =>
  sentencesOf(message).some(({ sentence }) => test(sentence));

export const missingGreeting = element(
  "missing.greeting",
  "greeting",
  "The message does not open by greeting the recipient by name.",
  (message, context) => {
    const name = message.greeting?.name?.text;
    if (context.channel === "linkedin") {
      const opening = message.text.slice(message.body.start, message.body.start + 80);
      if (name) return true;
      return context.recipient
        ? nameParts(context.recipient.name).some((part) => containsName(opening, part))
        : null;
    }
    if (!name) return false;
    // A slot such as "{{first_name}}" is the placeholder rule's finding, not a missing greeting.
    if (/[[\]{}<>]/.test(name)) return true;
    if (!/\p{Lu}/u.test(name)) return false;
    const folded = name.toLowerCase();
    return !GENERIC_ADDRESSEES.some(
      (generic) => folded === generic || folded.endsWith(` ${generic}`),
    );
  },
  atStart,
  (context) => ({ recipient: context.recipient ? greetingName(context.recipient.name) : null }),
);

export const missingThanks = element(
  "missing.thanks",
  "thanks",
  "A thank-you note or a reply to a rejection that never says thank you.",
  says(THANKS_WORDS),
  atContent,
  (context) => ({ kind: context.kind }),
);

export const missingPosition = element(
  "missing.position",
  "position",
  "A thank-you e-mail that does not name the position.",
  (message, context) => {
    if (!context.interview) return null;
    if (slotsLeft(message, context).has("position")) return true;
    const core = (
      context.interview.position.split(/\s*(?:,|\(|\s[-–—]\s|\bat\b|\bfor\b)\s*/u)[0] ?? ""
    ).replace(/\s+(?:role|position|job|opening|vacancy)$/iu, "");
    const wanted = titleStems(core);
    if (wanted.length === 0) return null;
    // The subject line names the position as well as the body can ("Thank you - ICU RN interview").
    const inSubject = new Set(message.subject ? titleStems(message.subject.text) : []);
    const { stems } = analysisOf(message, context);
    const has = (part: string) => stems.has(part) || inSubject.has(part);
    const found = wanted.filter(has);
    return has(wanted[wanted.length - 1]!) && found.length * 2 >= wanted.length;
  },
  atContent,
  (context) => ({ position: context.interview?.position ?? "" }),
);

export const missingCompany = element(
  "missing.company",
  "company",
  "A thank-you e-mail that does not name the company.",
  (message, context) => {
    if (!context.interview) return null;
    if (slotsLeft(message, context).has("company")) return true;
    const company = context.interview.company;
    const core = companyCore(company);
    if (containsName(message.text, core, { ignoreCase: true })) return true;
    if (
      distinctiveCompanyWords(core).some((word) =>
        containsName(message.text, word, { ignoreCase: true }),
      )
    ) {
      return true;
    }
    const initials = wordList(core)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join("");
    return initials.length >= 2 && containsName(message.text, initials);
  },
  atContent,
  (context) => ({ company: context.interview?.company ?? "" }),
);

export const missingSpecificPoint = element(
  "missing.specific-point",
  "specific-point",
  "Nothing recalls a specific point from the conversation with this interviewer.",
  (message, context) => {
    if (says(CITES_SOMETHING)(message)) return true;
    const points = pointsFor(context);
    if (points.length === 0) return null;
    const { stems } = analysisOf(message, context);
    return points.some((point) => {
      const wanted = topicStems(point);
      const found = wanted.filter((part) => stems.has(part)).length;
      return found >= Math.min(2, wanted.length) && found * 3 >= wanted.length;
    });
  },
  atContent,
  (context) => ({ points: pointsFor(context).slice(0, 1) }),
);

export const missingInterest = element(
  "missing.interest",
  "interest",
  "The message does not renew your interest in the role.",
  says(INTEREST_WORDS),
  atContent,
  () => ({}),
);

export const missingSignOff = element(
  "missing.sign-off",
  "sign-off",
  "The message does not end with a closing and your name.",
  (message, context) => {
    if (!message.closing || !message.signature) return false;
    const signature = message.text.slice(message.signature.start, message.signature.end);
    if (!context.profile) return /\p{Lu}/u.test(signature);
    const parts = nameParts(context.profile.name);
    return parts.some((part) => containsName(signature, part, { ignoreCase: true }));
  },
  atEnd,
  (context) => ({ name: context.profile?.name ?? null }),
);

export const missingInterviewReference = element(
  "missing.interview-reference",
  "interview-reference",
  "A status follow-up that does not say which interview it follows, or when it was.",
  (message) => says(REFERENCE_WORDS)(message) && says(SAYS_WHEN)(message),
  atContent,
  () => ({}),
);

export const missingTimelineQuestion = element(
  "missing.timeline-question",
  "timeline-question",
  "A status follow-up that does not ask about the timeline or next steps.",
  says(TIMELINE_WORDS),
  atContent,
  () => ({}),
);

export const missingOffer = element(
  "missing.offer",
  "offer",
  "A status follow-up that does not offer anything else they might need.",
  says(OFFER_WORDS),
  atContent,
  () => ({}),
);

export const missingQuestionAnswered = element(
  "missing.question-answered",
  "question-answered",
  "A message with additional information that does not say which question or concern it answers.",
  (message, context) => {
    if (says(ANSWER_WORDS)(message)) return true;
    const topics = topicsFor(context);
    const { stems } = analysisOf(message, context);
    return topics.some((topic) => {
      const wanted = topicStems(topic);
      return (
        wanted.filter((part) => stems.has(part)).length * 2 >= wanted.length && wanted.length > 0
      );
    });
  },
  atContent,
  (context) => ({ topics: topicsFor(context).slice(0, 1) }),
);

export const missingReason = element(
  "missing.reason",
  "reason",
  "A check-in with no reason to write now (their news, an article, an update).",
  says(REASON_WORDS),
  atContent,
  () => ({}),
);

export const missingFeedbackRequest = element(
  "missing.feedback-request",
  "feedback-request",
  "A reply to a rejection that does not ask for feedback.",
  says(FEEDBACK_WORDS),
  atContent,
  () => ({}),
);

export const missingFutureInterest = element(
  "missing.future-interest",
  "future-interest",
  "A reply to a rejection that does not mention other or future openings.",
  says(FUTURE_WORDS),
  atContent,
  () => ({}),
);

/** "our conversation about the pipeline": a cue, and a topic after it that is not a vague one. */
const CITES_SOMETHING = perSentence((text) =>
  [...text.matchAll(SPECIFIC_CUES)].some((match) =>
    topicStems(match[1] ?? "").some((part) => !VAGUE_TOPICS.has(part)),
  ),
);

const SAYS_WHEN = perSentence((text) => WHEN_WORDS.test(text));

/** The points this recipient discussed, then those discussed with everyone. */
function pointsFor(context: CheckContext): string[] {
  const interview = context.interview;
  if (!interview) return [];
  const recipient = context.recipient ? nameParts(context.recipient.name) : null;
  const theirs = recipient
    ? interview.interviewers
        .filter((person) => namesMatch(nameParts(person.name), recipient))
        .flatMap((person) => person.discussed)
    : interview.interviewers.flatMap((person) => person.discussed);
  return [...theirs, ...interview.discussed, ...interview.impressed];
}

function topicsFor(context: CheckContext): string[] {
  const interview = context.interview;
  if (!interview) return [];
  return [
    ...interview.concerns.map((item) => item.concern),
    ...interview.unanswered.map((item) => item.question),
    ...interview.promised.map((item) => item.what),
  ];
}

/** How a greeting names the person: the first name. */
function greetingName(name: string): string {
  return nameParts(name)[0] ?? name;
}
