import type { Rule } from "../rule.js";
import { casualTitle } from "./casual-title.js";
import { linkOnCard } from "./channel.js";
import { doubledPhrase } from "./doubled-phrase.js";
import { frameClause } from "./frame-clause.js";
import { overLinkedInLimit, tooLong, tooShort } from "./length.js";
import { nearCopy } from "./panel.js";
import { placeholder } from "./placeholder.js";
import {
  missingCompany,
  missingFeedbackRequest,
  missingFutureInterest,
  missingGreeting,
  missingInterest,
  missingInterviewReference,
  missingOffer,
  missingPosition,
  missingQuestionAnswered,
  missingReason,
  missingSignOff,
  missingSpecificPoint,
  missingThanks,
  missingTimelineQuestion,
} from "./required-elements.js";
import { readerThirdPerson } from "./reader-third-person.js";
import { subjectLong, subjectMissing } from "./subject.js";
import { mixedSpelling } from "./variety.js";
import { afterReply, duplicate, early, late, missed, tooMany, tooSoon } from "./timing.js";
import {
  allCaps,
  desperate,
  exclamations,
  guilt,
  pushy,
  sarcasm,
  slang,
  textSpeak,
  threat,
} from "./tone.js";
import { unsupportedPromise, unsupportedTeam } from "./unsupported-claims.js";
import {
  othersPoint,
  wrongCompany,
  wrongGreeting,
  wrongPerson,
  wrongPosition,
} from "./wrong-facts.js";

/**
 * Every rule of our own, in the order the documentation lists them. Spelling and grammar come from
 * the engines. Each rule's definition says what it reads (`reads`): one sentence at a time, or the
 * whole note.
 */
export const RULES: readonly Rule[] = [
  placeholder,
  wrongCompany,
  wrongPerson,
  wrongGreeting,
  wrongPosition,
  othersPoint,
  missingGreeting,
  missingThanks,
  missingPosition,
  missingCompany,
  missingSpecificPoint,
  missingInterest,
  missingSignOff,
  missingInterviewReference,
  missingTimelineQuestion,
  missingOffer,
  missingQuestionAnswered,
  missingReason,
  missingFeedbackRequest,
  missingFutureInterest,
  tooLong,
  tooShort,
  overLinkedInLimit,
  linkOnCard,
  subjectMissing,
  subjectLong,
  pushy,
  desperate,
  guilt,
  threat,
  sarcasm,
  slang,
  textSpeak,
  exclamations,
  allCaps,
  frameClause,
  readerThirdPerson,
  doubledPhrase,
  casualTitle,
  unsupportedPromise,
  unsupportedTeam,
  early,
  late,
  missed,
  tooSoon,
  tooMany,
  afterReply,
  duplicate,
  nearCopy,
  mixedSpelling,
];
