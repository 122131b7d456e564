import { writtenOut } from "./shorthand.js";
import { quotedFromTheirSide } from "./to-reader.js";

/**
 * What the notes say of a rejection, for a reply that answers it: whom they chose ("someone with
 * more CAT experience"), kind words about the candidate ("my cold call was the best she heard all
 * week"), an opening to come ("the March intake"), feedback offered, and when to get back in
 * touch. Each is null when the notes do not say it plainly.
 */
export interface RejectionNews {
  /** "someone with more CAT experience", "someone already registered". */
  chosen: string | null;
  /** "three gilded windows booked in January", from "because they have…": why they chose so. */
  chosenBecause: string | null;
  /** "my cold call was the best she heard all week", "it was a close call". */
  praise: string | null;
  /** "the March intake", "the desk adjuster job", "the urban projects team". */
  opening: string | null;
  /** They offered a call or a word of feedback. */
  feedbackOffered: boolean;
  /** "once my registration comes through": when they asked the candidate to write again. */
  touchAgain: string | null;
  /** "in spring", from "they'll likely hire again in spring": when they expect to hire again. */
  hiringAgain: string | null;
  /** "keep practicing the downstrokes": advice they gave, for the candidate to take up. */
  advice: string | null;
  /** "when they add a second van next year", from "she'd keep my details for when…". */
  detailsKeptFor: string | null;
  /** "your casual pool", from "i can join their casual pool if i want": a place offered now. */
  placeOffered: string | null;
  /** "weekend lockout calls part time for now", from "asked if id do…": work offered now. */
  workOffered: string | null;
  /** "the UIF cap", from "my test was strong apart from the UIF cap": feedback already given. */
  feedbackOn: string | null;
  /** "the manager at an estate in the Dooars", from "he offered to introduce me to…". */
  introductionOffered: string | null;
}

export function rejectionNews(notes: string): RejectionNews {
  const text = writtenOut(
    notes
      .replace(/\s+/g, " ")
      .replace(/["“”]/g, "")
      .replace(QUOTED, (_, words: string) => quotedFromTheirSide(words, "you")),
  );
  const kind = praiseIn(text);
  // "my test was strong apart from the UIF cap": the praise, and what it was given on apart.
  const apart = kind && /^(.+?)\s+(?:apart from|except(?:\s+for)?|other than)\s+(.+)$/u.exec(kind);
  return {
    chosen:
      first(text, CHOSEN)
        // "…an hgv licence and he said i should get mine": whom they chose, not what came after.
        ?.replace(/\s+(?:and|but)\s+(?:he|she|they|we|I|i)\s.*$/u, "")
        .replace(/\s+(?:instead|this time)$/i, "")
        .replace(/^(?:An?|Someone)\b/, (word) => word.toLowerCase()) ?? null,
    chosenBecause: first(text, CHOSEN_BECAUSE),
    praise: apart ? apart[1]! : kind,
    feedbackOn: apart ? apart[2]! : first(text, NEEDS_MORE),
    opening: openingIn(text),
    feedbackOffered: FEEDBACK_OFFERED.test(text),
    touchAgain: first(text, TOUCH_AGAIN),
    hiringAgain: first(text, HIRING_AGAIN),
    advice:
      sayableAdvice(first(text, ADVICE))
        ?.replace(/\byour\b/gi, "my")
        // "the tailoring course you mentioned", in their words: the one the candidate mentioned.
        .replace(/\byou\s+(mentioned|said|talked about|brought up)\b/gi, "I $1") ?? null,
    detailsKeptFor: first(text, DETAILS_KEPT),
    placeOffered: first(text, PLACE_OFFERED)?.replace(/^(?:their|the|our)\b/i, "your") ?? null,
    // "be open to a 3 month contract": taken, as the offer is answered.
    workOffered:
      first(text, WORK_OFFERED)
        ?.replace(/^be\s+open\s+to\s+/u, "take ")
        .replace(
          /^(?=(?:volunteer|voluntary|casual|relief|temp|temporary|part|seasonal|paid|unpaid|summer|bank)\b\S*\s+(?:spot|place|role|position|post|placement|internship|shift)\b)/iu,
          "take the ",
        ) ?? null,
    introductionOffered:
      first(text, INTRODUCTION_OFFERED)
        ?.replace(/^(?:an?)\s+(?=\S+\s+(?:at|from|in)\b)/iu, "the ")
        // "the practice manager at her old surgery": the reader's, said to them.
        .replace(/\b(?:her|his)\b/giu, "your") ?? null,
  };
}

/** "he offered to introduce me to the manager at an estate…", "said she'd put me in touch with…". */
const INTRODUCTION_OFFERED = [
  /\b(?:offered|happy|glad|willing|said\s+(?:she|he|they)['’]?d|could)\s+(?:to\s+)?(?:introduce\s+me|put\s+me\s+in\s+touch)\s+(?:to|with)\s+([^.;]+)/iu,
];

/** "get mine": advice whose thing only the notes before it could name is not said. */
function sayableAdvice(advice: string | null): string | null {
  return advice && !/\b(?:mine|it|one|them|that|this)$/iu.test(advice) ? advice : null;
}

/** "his words 'please apply again when we open…'": words quoted in single marks. */
const QUOTED = /(?<![\p{L}])['‘]([^'‘’]+)['’](?![\p{L}])/gu;

/** The first capture of the first pattern that matches, trimmed of a closing stop. */
function first(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const found = pattern
      .exec(text)?.[1]
      ?.trim()
      .replace(/[.,;]+$/, "");
    if (found) return found;
  }
  return null;
}

/** Whom they chose, up to a reason given for it ("…glass gilding because they have…"). */
const CHOSEN = [
  /\b(?:went|gone|going|gone ahead)\s+with\s+((?:someone|an?\s+[\p{L}-]+)\s+(?:with|who|already|from|that)\b(?:(?!\s(?:because|since|so)\s|\sas\s(?!an?\s|the\s|their\s))[^.;,])*)/iu,
  /\b(?:chose|picked|appointed|offered it to|hired|gave it to|given it to|gave the (?:job|role|post) to|offered the (?:job|role|post) to)\s+((?:someone|an?\s+[\p{L}-]+)\s+(?:with|who|already|from|that)\b(?:(?!\s(?:because|since|so)\s|\sas\s(?!an?\s|the\s|their\s))[^.;,])*)/iu,
];

/** "…because they have 3 gilded windows booked": what they have that the choice answers. */
const CHOSEN_BECAUSE = [
  /\b(?:went|gone|going|chose|picked|hired)\b[^.;]*?\s(?:because|since|as)\s+(?:they|we|there)\s+(?:have|['’]ve got|have got|are)\s+([^.;,]+)/iu,
];

/** "she'd keep my details for when they add a second van": when they may call on the candidate. */
const DETAILS_KEPT = [
  /\b(?:keep|kept|keeping|hold|holding)\s+(?:my|your)\s+(?:details|cv|résumé|resume|name|application)(?:\s+on\s+file)?\s+(?:for\s+)?((?:when|once|if|in case|until)\b[^.;,]+)/iu,
];

/** "he said … keep practicing the downstrokes": advice, in the words it was given. */
const ADVICE = [
  /\b(?:said|says|told me|suggested|advised|feedback)\b[^.;]*?\b((?:(?<!(?:['’]ll|\bll|\bwill|\bwould|['’]d|\bcan|\bto)\s)keep (?!me\b|in touch\b|an eye\b|us\b|(?:my|your)\s+(?:details|cv|résumé|resume|name|application|folio|portfolio|work|samples)\b)|(?<!\b(?:freelance|contract|paid|some|temp|casual|agency)\s)work on|practi[cs]e(?!\s+(?:manager|nurse|owner|lead|area|team|room|meeting|management|development))|brush up on|focus on|get more|spend more time)[^.;,]*)/iu,
  // "said … i should do a season in a garden factory and apply again": what to do first.
  /\b(?:said|says|told me|suggested|advised)\b[^.;]*?\bI\s+should\s+((?:do|get|gain|take|spend|try|build|find|look|finish|complete|learn|work)\s[^.;,]*?)(?=\s+and\s+(?:re)?apply\b|\s+(?:first|before)\b|[.;,]|$)/iu,
  // "your case study was thoughtful, but work on writing measurable goals": in their own words.
  /(?:^|[.:;,]\s+)(?:but\s+)?((?:work on|practi[cs]e|brush up on|focus on)\s[^.;,]*)/iu,
  // "…get your Large Buildings BCIN and apply again": in their own words, a sentence that tells
  // the candidate what to gain before they try again.
  /(?:^|[.:;]\s+)((?:get|gain|earn|finish|complete|take|do)\s+(?:my|your|more|some|a|an|the)\s+[^.;,]+?)(?=\s+and\s+(?:re)?apply\b|\s+(?:first|before)\b|[.;,]|$)/iu,
];

/** "said my lock work needs a bit more time on the paddles": what their feedback was on. */
const NEEDS_MORE = [
  /\b(?:said|says|told me|thought)\s+(?:that\s+)?(my\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s+(?:needs?|needed|could use|wants?)\s+(?:a bit\s+|a little\s+|some\s+|a touch\s+)?more\b/iu,
];

/** "i can join their casual pool if i want", "offered me a spot on the relief list". */
const PLACE_OFFERED = [
  /\b(?:can|could|may|offered\s+(?:me\s+)?(?:a\s+(?:place|spot)\s+(?:on|in)|to\s+(?:put|add)\s+me\s+(?:on|to))|invited\s+me\s+to(?:\s+join)?|asked\s+if\s+i(?:['’]?d|\s+would|\s+wanted\s+to)\s+join)\s+(?:join\s+|go\s+on\s+|be\s+on\s+)?((?:their|the|your|our)\s+(?:casual|relief|bank|on[\s-]call|supply|temp|standby|reserve|sub(?:stitute)?)\s+(?:staff\s+(?:list|register|pool|bank)|pool|list|staff|register|team|roster|panel))\b/iu,
];

/** "asked if id do weekend lockout calls part time for now", "offered me relief shifts". */
const WORK_OFFERED = [
  /\b(?:asked|wondered)\s+(?:if|whether)\s+(?:I|i)(?:['’]?d|\s+would|\s+could|\s+want(?:ed)?\s+to)\s+((?:do|take|cover|pick\s+up|help\s+with|be\s+open\s+to)\s+[^.;,]+)/u,
  /\boffered\s+me\s+((?:some\s+)?(?:relief|casual|weekend|part[\s-]time|evening|night|cover|temp|locum)\s+(?:shifts|work|hours|calls|cover))\b/iu,
  // "offered me a volunteer spot at avon lock from easter": a place of a kind, taken.
  /\boffered\s+me\s+(?:an?\s+)((?:volunteer|voluntary|casual|relief|temp|temporary|part[\s-]time|seasonal|paid|unpaid|summer|bank)\s+(?:spot|place|role|position|post|placement|internship|shift)\b[^.;,]*?)(?=\s+(?:with|w)\s+a\s+view\b|[.;,]|$)/iu,
];

const TOUCH_AGAIN = [
  /\b(?:get|be|come)\s+back\s+in\s+touch\s+((?:once|when|after|if)\s+[^.;,]+)/i,
  // "apply again for the MSU once im signed off": when, whatever the post is called.
  /\b(?:reapply|apply again)(?:\s+for\s+[^.;,]+?)?\s+((?:once|when|after|if|in|next(?=\s+(?:year|month|week|spring|summer|autumn|fall|winter|season|time)\b))\s+[^.;,]+)/i,
];

const HIRING_AGAIN = [
  // "we're posting a second position in the spring"
  /\b(?:posting|advertising|opening|hiring for)\s+(?:a|another)\s+(?:second\s+|new\s+|further\s+)?(?:position|role|job|post|vacancy)\s+((?:in|by|after|around|next|early|later|this|over)\b[^.;,]*)/i,
  /\b(?:hire|hiring|recruit|recruiting|advertise|advertising)\s+again\s+((?:in|by|after|around|next|early|later|this|over)\b[^.;,]*)/i,
];

const FEEDBACK_OFFERED =
  /\b(?:offered|happy|glad|willing)\s+(?:a\s+|me\s+a\s+|to\s+(?:give|share|have)\s+(?:some\s+)?|to\s+)?(?:(?:\d+|fifteen|ten|twenty|thirty)[\s-]*min(?:ute)?s?\s+|quick\s+|short\s+)?(?:call|chat|feedback|phone call)\b[^.;]*\bfeedback\b|\boffered\s+(?:me\s+)?(?:some\s+)?feedback\b|\bfeedback\s+call\b/i;

/** "said my cold call was the best she heard all week", "said it was a close call". */
function praiseIn(text: string): string | null {
  const kind =
    /\b(?:said|says|told me|words)\s+(?:that\s+)?(my\s+[^.;,]{2,60}?\s+(?:was|were|is|are)\s+(?:(?:genuinely|really|easily|by far|honestly)\s+)?(?:the\s+(?:best|strongest)|(?:one|some)\s+of\s+the\s+(?:best|strongest)|excellent|great|(?:really\s+|very\s+)?(?:good|strong|solid|thorough|promising)|impressive|spot\s+on)\b[^.;,]{0,40}(?![\w'’/]))/i;
  // "my Part 9 answers were some of the best you heard": in their own words, quoted.
  const best =
    /(?:^|[.:;]\s+)((?:my|your)\s+[^.;,]{2,60}?\s+(?:was|were)\s+(?:(?:some|one)\s+of\s+the\s+best|the\s+best|(?:really\s+|very\s+)?(?:lovely|excellent|great|superb|strong|impressive|spot on|beautiful|thoughtful|solid|clear))\b[^.;,]{0,40}?)(?=\s+but\b|[.;,]|$)/iu;
  // "my acting choices were strong and to apply for the spring series": the praise alone.
  const said = (kind.exec(text) ?? best.exec(text))?.[1]
    // "…was strong and the free surface miss cost me": the praise, without what went against it.
    ?.replace(
      /\s+and\s+(?:the|my)\s+[^.;,]*?\b(?:cost|hurt|let\s+me\s+down|(?:was|were)\s+(?:not|weak|poor|the\s+(?:problem|issue|gap))|wasn['’]t|weren['’]t)\b.*$/u,
      "",
    )
    .replace(
      /\s+(?:and\s+(?:to|that|I|i|asked|said|offered|told|wanted|would|there['’]?s|theres|there\s+is|(?:he|she|they|we)(?:['’]?d|['’]?ll)?|hed|shed|theyd)|but)\s.*$/u,
      "",
    )
    .replace(/^your\b/i, "my")
    .replace(/\b(?:we|they)\s+(?=heard|saw|had|got|interviewed|met)/i, "you ")
    .trim();
  if (said) return said;
  // "said the stout label was 'genuinely the one we talked about most'": the one they remember.
  const standout =
    /\b(?:said|says|told me)\s+(?:that\s+)?(?:my|the)\s+([^.;,]{2,40}?)\s+(was|were)\s+((?:(?:genuinely|really|easily|by far|honestly)\s+)?(?:the\s+one|the\s+favou?rite|your\s+favou?rite|the\s+highlight|a\s+highlight|the\s+standout)\b[^.;,]{0,40})/iu.exec(
      text,
    );
  if (standout) return `my ${standout[1]!.trim()} ${standout[2]} ${standout[3]!.trim()}`;
  // "it was close", in their words: of the decision, since the notes are about it.
  const close =
    /\b(?:(?:said|says|told me)\s+(?:it\s+was\s+|it['’]s\s+|it\s+had\s+been\s+)?(?:a\s+)?(?:really\s+|very\s+)?close\s+(?:call|one|decision)\b|it\s+was\s+(?:really\s+|very\s+)?close(?:\s+(?:call|one|decision))?(?=[.;,]|$))/i;
  return close.test(text) ? "it was a close call" : null;
}

/** "desk adjuster job opens in january", "March intake", "keep me in mind for the urban projects team". */
function openingIn(text: string): string | null {
  const mind =
    /\bkeep\s+me\s+in\s+mind\s+for\s+((?:the|a|an)\s+[^.;,+]+?)(?=\s+(?:they|she|he|that|which|next|in|when|starting|opening)\b|[.;,+]|$)/i.exec(
      text,
    );
  if (mind) return mind[1]!.trim();
  // "theyll keep my folio on file for the spring seasonal contract": what it is kept for.
  const kept =
    /\bkeep\s+(?:my|your)\s+(?:details|cv|résumé|resume|name|application|folio|portfolio|work|samples)(?:\s+on\s+file)?\s+for\s+((?:the|a|an)\s+[^.;,+]+?)(?=\s+(?:when|once|in|after|next|if|that|which)\b|[.;,+]|$)/iu.exec(
      text,
    );
  if (kept) return kept[1]!.trim();
  // "asked if i'd be open to freelance work on their medical files from january": work offered.
  const offered =
    /\b(?:open to|interested in|up for)\s+((?:freelance|contract|casual|relief|locum|part[- ]time|temp(?:orary)?|agency|bank)\s+(?:work|shifts?|cover|hours)\b[^.;?]*)/iu.exec(
      text,
    );
  if (offered) return offered[1]!.trim().replace(/\btheir\b/giu, "your");
  // "to apply for the spring series when it opens in march"
  const apply =
    /\b(?:re)?apply\s+(?:again\s+)?for\s+((?:the|a|an)\s+[^.;,+]+?)(?=\s+(?:when|once|in|after|next|if|that|which)\b|[.;,+]|$)/i.exec(
      text,
    );
  if (apply) return apply[1]!.trim();
  // "there is a 3 month locum in march covering maternity leave": a post to come.
  const post =
    /\bthere(?:['’]s|\s+is|\s+will\s+be)\s+an?\s+((?:[^.;,]{0,30}?\s)?(?:locum|contract|maternity cover|fixed[- ]term (?:role|post|position)|temp(?:orary)? (?:role|post|position)|placement|internship|vacancy|opening)(?:\s+(?:in|at|from|starting|over|next)\s+[^.;,]+?)?)(?=\s+(?:covering|for|that|which|if|and|but|she|he|they)\b|[.;,]|$)/iu.exec(
      text,
    );
  // "a coordinator role opening at the mandurah office": the role, where and when.
  if (post)
    return `the ${post[1]!.trim().replace(/\b(role|post|position|job)\s+opening\b/iu, "$1")}`;
  // "We expect to advertise another CT role at Strathpine in the new year"
  const another =
    /\b(?:advertise|advertising|post|posting|open|opening|recruit(?:ing)?\s+for|hir(?:e|ing)\s+for)\s+another\s+((?:[\p{L}-]+\s+){0,3}?(?:role|position|post|job|vacancy)(?:\s+(?:at|in|on|for)\s+[^.;,]+?)?)(?=\s+and\b|\s+(?:so|but)\b|[.;,'’"”]|$)/iu.exec(
      text,
    );
  if (another) return `the ${another[1]!.trim()}`;
  const intake =
    /\b((?:the\s+)?(?:[A-Z][a-z]+|spring|summer|autumn|fall|winter|next)\s+intake)\b/.exec(text);
  if (intake) return intake[1]!.startsWith("the ") ? intake[1]! : `the ${intake[1]!}`;
  const opens =
    /(?<![\p{L}'’])((?:[\p{Ll}-]+\s+){1,3}(?:job|role|position|post|vacancy|opening))\s+(?:opens|is opening|comes up|will open|opening)\b/iu.exec(
      text,
    );
  // "for when the next role comes up": when they may call, not a role to name.
  if (opens && !/^(?:the\s+)?(?:same|this|that)\b|\b(?:when|once|if|until)\b/i.test(opens[1]!)) {
    return `the ${opens[1]!.replace(/^(?:a|an|the)\s+/i, "").trim()}`;
  }
  return null;
}
