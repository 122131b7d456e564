import { splitSentences } from "../sentences.js";
import { formOf } from "./form.js";
import { isBareVerb, isCommonWord, wordsOf } from "./nlp.js";
import { FRANKLY } from "./shorthand.js";

/**
 * What people type about the room after an interview, beside what they said in it: "i blanked a
 * bit", "she seemed ok with it", "i told him i'm fine with nights", "can send". A letter says
 * again what the candidate said, in their own voice, and leaves how the room went in the notes.
 */

/** Slips in the room, typed as what "I" did: "i froze", "i rambled". */
export const SLIPS = "blanked|froze|rambled|waffled|panicked|fumbled|stumbled|muddled";

/** "I blanked a bit", "I got mixed up with the other one": how the candidate did in the room. */
const HOW_I_DID = new RegExp(
  String.raw`^(?:and\s+|but\s+|so\s+|as\s+|because\s+|since\s+)?(?:I\s+)?(?:(?:think|guess|feel)\s+(?:that\s+)?I\s+)?(?:(?:just|kinda|kind of|sort of|totally|completely|really|probably|definitely|a bit)\s+)?(?:${[
    SLIPS,
    "fluffed it|oversimplified|overthought it|overcomplicated it|talked too (?:much|long)|mumbled(?: something)?",
    // "gave a shaky answer", "went blank", "got mixed up", "mixed them up", "messed it up"
    String.raw`gave (?:a|an|my)\s+(?:(?:bit of a|really|very|pretty|kind of)\s+)?(?:shaky|weak|bad|poor|rubbish|terrible|vague|waffly|half)(?:-baked)?\s+answer`,
    String.raw`went\s+(?:(?:a bit|a little|totally|completely|kind of|kinda)\s+)?(?:blank|quiet|silent|red|off on a tangent)`,
    String.raw`got\s+(?:(?:a bit|a little|totally|so|really|kind of|kinda)\s+)?(?:mixed up|muddled|confused|flustered|nervous|tongue-tied|it wrong|it backwards)`,
    String.raw`mixed\s+(?:it|them|that|those|the two)\s+up|messed\s+(?:it|that)\s+up`,
    String.raw`was\s+(?:(?:a bit|a little|so|really|very|too|just)\s+)?(?:nervous|flustered|rushed)`,
    String.raw`(?:just\s+)?was\s+(?:just\s+)?thinking about (?:the|your|her|his|their) question`,
    String.raw`sounded\s+(?:(?:a bit|a little|too|really|quite|kind of|kinda)\s+)?(?:defensive|nervous|rehearsed|unsure|arrogant|flustered)`,
    String.raw`(?:was|got) annoyed with myself`,
    // What went unsaid or unknown then: "didn't really answer", "said I'd think about it".
    String.raw`didn['’]t (?:really\s+)?answer(?:\s+it|\s+the question)?|didn['’]t know (?:this|that|it|the answer)|didn['’]t say (?:that|this)(?: part| bit)?`,
    String.raw`said I['’]?d (?:think about it|get back to \p{L}+|check|have to check|need to check|look into it)`,
    String.raw`said I(?:\s+wasn['’]t|\s+was not|['’]m not|\s+am not) sure|said I didn['’]t know`,
    // Found out later: "checked after", "realised as soon as I hung up".
    String.raw`checked (?:after|afterwards|later|since|it after)|looked it up (?:after|afterwards|later)`,
    String.raw`realised (?:after|afterwards|later|as soon as|straight after|on the way)`,
    String.raw`couldn['’]t remember (?:the|it|that|what)(?:\s+\p{L}+){0,5}|felt (?:so\s+|really\s+|a bit\s+)?(?:dumb|stupid|silly|awful|terrible|bad about it)`,
    // What should have been said, without saying it: "should have mentioned the hospital job".
    String.raw`(?:kind of\s+|kinda\s+|really\s+)?wish I(?:['’]d| had)(?:\s+(?:said|mentioned)(?:\s+(?:it|that))?)?`,
    String.raw`should(?:\s+have|['’]ve)\s+(?:just\s+)?(?:said|mentioned|brought up)\s+(?:the|my|that|it)(?:\s+\p{L}+){0,3}`,
  ].join("|")})\b`,
  "iu",
);

/** "I think that landed", "think it was a solid answer": how the candidate thinks it went. */
const HOW_IT_WENT =
  /^(?:and\s+|but\s+)?(?:I\s+)?(?:think|thought|hope|reckon|feel|felt)\s+(?:that\s+)?(?:it|that|this|that one|this one|my answer|the answer|I)\s+(?:went|landed|was|came across|worked|helped|got|did)\b/iu;

/** Whom the notes mean by the reader: "you", "she", or a name ("Katrin said…"). */
const READER =
  /(?:[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|(?!(?:I|[Ii]t|[Tt]hat|[Tt]his|[Ww]hich|[Ww]hat|[Ww]e|[Tt]here|[Ee]veryone|[Ee]verything|[Ee]ach|[Bb]oth|[Aa]ll)\b)\p{L}+)/u;

/**
 * "she seemed ok with it", "Katrin said that's what everyone says", "he wrote a lot down": how the
 * reader took the answer, or what they said to it, which a letter to them has no need to tell.
 */
const HOW_THEY_TOOK_IT = new RegExp(
  String.raw`^(?:and\s+|but\s+|so\s+|which\s+)?${READER.source}\s+(?:(?:seemed|looked|sounded|was|were)\s+(?:(?:quite|pretty|really|very|totally|fairly)\s+)?(?:ok|okay|fine|happy|satisfied|reassured|convinced|pleased|relieved|good|cool)(?:\s+(?:with|about|w)\s+(?:it|that|this))?(?:\s+but\b.*)?|(?:said|mentioned|added|agreed|thought|reckoned|felt|pointed (?:it|that|this) out|wrote (?:a lot|it|that|something|stuff) down|took (?:notes|a note)|caught (?:it|that)|wanted|expected|pushed (?:for more|back|harder|on it)|nodded|smiled|laughed)\b.*)$`,
  "u",
);

/** "nerves", "not great", "which is a cop out": a verdict on the answer, kept to oneself. */
const VERDICT_ALONE =
  /^(?:fine|good|done|weak|lame|(?:the\s+)?wrong(?:\s+order|\s+way round)?(?:\s+I\s+think)?|(?:I\s+)?couldn['’]t name (?:one|it|any|them)|rubbish|bad|terrible|awful|(?:I\s+)?(?:checked|looked it up)|not great|not my best|not ideal|not good|could have been better|meh|ugh|oops|nerves|no problem|no problems|no worries|obviously|(?:which|that|this)\s+(?:is|was)\s+(?:a\s+|a bit\s+|pretty\s+|kind of\s+)?(?:cop[ -]out|lame|weak|rubbish|embarrassing|obvious|not great|not the point))$/iu;

/** "told Declan that": the telling, without what was told. */
const TOLD_THAT = /^(?:I\s+)?(?:told|said to)\s+\p{L}+\s+(?:that|this|so)$/iu;

/**
 * How the reader took it, said by the reader: "she", or a name ("Katrin", "brian"); "CORU told
 * me" or "agreed said I'd…" is no one's reaction.
 */
function tookIt(said: string): boolean {
  if (!HOW_THEY_TOOK_IT.test(said)) return false;
  const who = /^(?:(?:and|but|so|which)\s+)?(\p{L}+)/iu.exec(said)?.[1] ?? "";
  return (
    /^(?:you|he|she|they)$/iu.test(who) ||
    /^\p{Lu}\p{Ll}/u.test(who) ||
    (/^\p{Ll}+$/u.test(who) && !isCommonWord(who))
  );
}

/** A clause that says only how the room went, left in the notes. */
export function isRoomNote(clause: string): boolean {
  // "true but I think I sounded defensive": the note, after the point granted.
  const said = clause
    .trim()
    .replace(/[.!;,]+$/u, "")
    .replace(GRANT_BUT, "");
  // "checked after - pgbouncer 1.21+ supports…": what follows the dash is the answer.
  if (/\s[-–—]\s|:\s/u.test(said)) return false;
  if (tookIt(said) || VERDICT_ALONE.test(said) || TOLD_THAT.test(said)) return true;
  // "didn't know my notice off the top of my head": what the candidate could not say then.
  if (
    /^(?:I\s+)?(?:didn['’]t|couldn['’]t|did not|could not)\b.*\boff the top of my head$/iu.test(
      said,
    )
  ) {
    return true;
  }
  // "I think it went ok": a short guess at how it went; "I think it was the lobsters…" says more.
  if (HOW_IT_WENT.test(said) && said.split(/\s+/u).length <= 8) return true;
  const how = HOW_I_DID.exec(said);
  // "I got mixed up with the other one", "I mixed it up with organics": a short aside about
  // the slip; "I froze on the fire question, so I've since read…" says more than that.
  return (
    how !== null &&
    said.split(/\s+/u).length <= 12 &&
    !/\b(?:so|but|since)\b/u.test(said.slice(how[0].length))
  );
}

/**
 * A concern or question without what the notes add of the room: "asked if I'm ok with heights as
 * I went a bit quiet" is the question; "my notice period is 90 days which is long" the concern.
 */
export function withoutRoomAside(text: string): string {
  const aside = /^(.{12,}?)(?:,\s*|\s+)(?=(?:as|because|since|and|but|so)\s+I\s)(.+)$/iu.exec(text);
  const kept = aside && isRoomNote(aside[2]!) ? aside[1]! : text;
  return kept.replace(VERDICT, "");
}

/** "which is long", "which is fair": a verdict on the concern, which the letter leaves to the reader. */
const VERDICT =
  /,?\s+which\s+(?:is|was)\s+(?:(?:a bit|quite|very|too|really|pretty|kind of|kinda)\s+)?(?:long|short|low|high|a lot|a problem|an issue|not ideal|bad|fair|true|a concern|a worry|lame|annoying)(?:\s+but\s+normal\b[^.;]*)?(?=[.!;]?$)/iu;

/** "tbh", "honestly", "lol": words to self before an answer. */
const TO_SELF_OPENING = new RegExp(
  String.raw`^(?:${FRANKLY}|lol|haha|ok so|okay so|um+|erm+|basically)[,:]?\s+`,
  "iu",
);

/** "yes honestly I'm fine", "yeah I did": the yes or no a letter sets off with a comma. */
const YES_OR_NO =
  /^(?:(yes|yeah|yep)[,.!]?\s+|(no|nope)(?:[,.!]\s*|\s+(?=(?:I|I['’]\w+|it|it['’]s|we|that['’]s|there|not|never|but)\b)))(?=\p{L})/iu;

/** "thats fair but…", "true but…": the point granted, then the candidate's "but". */
const GRANT_BUT =
  /^(that['’]s (?:fair|true|right|a fair point)|fair(?: enough| point)?|true|agreed|granted)\s+but\s+/iu;

/** "I told him I'm fine…", "I said I know it's a big step…": what was said, said again. */
const TOLD_THEM =
  /^(?:I\s+)?(?:told|reassured|promised|assured)\s+(?:you|him|her|them|\p{Lu}\p{Ll}+)\s+(?:that\s+)?(?=(?:I|I['’](?:m|d|ve|ll)|we|we['’](?:re|d|ve|ll)|my|our|it['’]s|it|there['’]s|there)\s)/u;
const SAID_IT =
  /^(?:I\s+)?said\s+(?:that\s+)?(?=(?:I|I['’](?:m|d|ve|ll)|we|we['’](?:re|d|ve|ll)|my|our)\s)/u;
const SAID_YES = new RegExp(
  String.raw`^(?:I\s+)?said\s+(?:(?:${FRANKLY}|basically)\s+)?(yes|yeah|yep|no|nope)\b[,.]?\s*`,
  "iu",
);

/**
 * "I said the company got acquired and AP is moving to Tampa": an answer the candidate stands by
 * is said again, not retold; "I said Audacity" or "I said check it first" keeps its "I said",
 * which a phrase or an order needs.
 */
function withoutRetelling(clause: string): string {
  const retold = /^(?:I\s+)?(?:said|explained|mentioned)\s+(?:that\s+)?(?=\p{L})/iu.exec(clause);
  if (!retold) return clause;
  const said = clause.slice(retold[0].length);
  const first = /^\p{L}+/u.exec(said)?.[0] ?? "";
  const order = isBareVerb(first) && !/^(?:I|we|you|they|it)$/iu.test(first);
  return !order && ["clause", "sentence", "first-person"].includes(formOf(said)) ? said : clause;
}

/** "I said 40t but it was actually 38": a correction keeps what was said in the room. */
const CORRECTION =
  /\b(?:wrong|actually|should have|should['’]ve|meant|instead|not quite|incorrect)\b/iu;

/** Fragments typed without their "I": "can send", "should've said…", "willing to learn". */
const MODAL_FIRST =
  /^(?:can|could|will|would|might|must|need to|have to|want to|hope to|plan to|intend to|should)\s(?!(?:depend|vary|differ|mean|matter|happen|cost|apply|seem)s?\b|be\s(?!(?:fine|happy|able|available|glad|ok|okay|free|there|ready|around|on|in)\b))/iu;
const STATE_FIRST =
  /^(?:(?:really|very|quite|totally|definitely|still|always|also|currently|already)\s+)?(?:(?:willing|happy|keen|glad|able|eager|open|fine|comfortable|confident|available|flexible|familiar|new|not (?:sure|advanced|confident|fluent|certain|experienced|perfect|an expert|familiar|much of a))(?=$|[,;]|\s+(?:to|with|about|on|for|in|at|from|and|but|if|as|since|now|too|enough|either|either way)\b)|(?:booked|signed up|enrolled|learning|working on|going to)\b)/iu;
const DEED_FIRST =
  /^(?:said|did|found|fixed|checked|tried|asked|told|talked|answered|took|gave|showed|shipped|built|led|ran|made|passed|got|used|worked|spent|learned|learnt|mentioned|explained|forgot|finished|started|completed|managed|trained|taught|handled|covered|wrote|drove|offered|suggested|brought|sent|emailed|called|rang|went|had|was)\s(?<!^made\s(?=to\s))/iu;
/** A to-do typed as an order to oneself: "ask my supervisor…", "send him the reference". */
const TO_DO =
  /^(?:ask|check with|talk to|speak to|email|send|forward|chase|ring|text|confirm with)\s+(?:my\s+(?:supervisor|manager|boss|line manager|team lead|lead|referee|referees|CNM|head of department|HoD|employer|current employer)|him|her|them)\b/iu;

/** A sending verb that ends its sentence: "can send" is "I can send it". */
const BARE_SENDING = /\b(?:send|share|forward|email|bring|show|dig out|find)$/iu;

/**
 * The answer as the candidate writes it to the reader: notes about how the room went are left
 * out, what they told the reader is said again rather than reported, and each sentence has its
 * subject.
 */
export function answerAsWritten(text: string): string {
  const sentences = splitSentences(text.trim())
    // "No. The acceleration is still 9.8…", "True. I'd ask to ride along…": the answer's first
    // word stands; the same word later ("…haha. fair.") is a note.
    .map(
      (sentence, at) =>
        ownVoice(sentence) ||
        (at === 0 && STANDS_ALONE.test(sentence.trim()) ? sentence.trim() : ""),
    )
    .filter((sentence) => sentence !== "");
  return sentences.length > 0 ? sentences.join(" ") : text;
}

function ownVoice(sentence: string): string {
  const typed = sentence.trim();
  const end = /[.!?]$/u.exec(typed)?.[0] ?? "";
  const kept = keptClauses(clausesOf(typed.slice(0, typed.length - end.length)));
  // "yes, I don't have kids", "I said yes, should have asked": the opener stands apart; an
  // opener with nothing after it ("fair.") stays in the notes.
  const lead = OPENER_ALONE.exec(kept[0] ?? "");
  const clauses = shouldHaveSaid(
    (lead ? kept.slice(1) : kept).filter((clause) => !OPENER_ALONE.test(clause)),
  );
  if (clauses.length === 0) return "";
  const [first, ...rest] = clauses.map(opened);
  const opener = lead ? openerWord(lead[1]!, first!) : "";
  const said = withSubject(first!);
  const clausesSaid = [opener && !/^I\b/u.test(said) ? lowered(said) : said, ...rest];
  let body = clausesSaid[0]!;
  for (const [at, clause] of clausesSaid.entries()) {
    if (at === 0) continue;
    const mark = spliceMark(clausesSaid[at - 1]!, clause, at === 1 && opener !== "");
    body +=
      mark === ". " ? `. ${clause.charAt(0).toUpperCase()}${clause.slice(1)}` : `${mark}${clause}`;
  }
  const out = `${opener}${mended(body)}${end || "."}`;
  return /^\p{Ll}\p{Ll}/u.test(out) ? `${out.charAt(0).toUpperCase()}${out.slice(1)}` : out;
}

/** "should say, go back to the options, show…": what should have been said follows its lead. */
function shouldHaveSaid(clauses: string[]): string[] {
  const [lead, next, ...rest] = clauses;
  if (
    next === undefined ||
    !/^(?:I\s+)?(?:should say|forgot to say|should have said|should['’]ve said)$/iu.test(lead!)
  ) {
    return clauses;
  }
  return [`should have said: ${next}`, ...rest];
}

/**
 * The clauses that say something to the reader; what follows a room note without a subject of
 * its own ("I didn't really answer, talked about principles") is the same note.
 */
function keptClauses(clauses: readonly string[]): string[] {
  const kept: string[] = [];
  let dropped = false;
  for (const clause of clauses) {
    dropped =
      (isRoomNote(clause) && !OPENER_ALONE.test(clause)) ||
      (dropped && (DEED_FIRST.test(clause) || /^apparently\b/iu.test(clause)));
    if (!dropped) kept.push(clause);
  }
  return kept;
}

/**
 * "My van days were five dogs so I never had to rush, I'd like to time myself": a second
 * sentence typed after a comma is a sentence of its own; after a short one ("Yes, I'm fine, I
 * did…") a semicolon; a clause led by "if" or "when", or a list, keeps its comma.
 */
function spliceMark(before: string, clause: string, afterOpener: boolean): string {
  if (!SUBJECT_FIRST.test(clause)) return ", ";
  if (LED_IN.test(before)) return ", ";
  // "I'm not after the hours, I'm after the trade": a contrast; "Alpine isn't Svalbard, I know".
  if (
    /^(?:I['’]m|I am|it['’]s|it is)\s+not\b/iu.test(before) ||
    /^I\s+(?:know|think|guess|agree)$/u.test(clause)
  ) {
    return ", ";
  }
  if (!["clause", "first-person", "sentence"].includes(formOf(before))) return ", ";
  return !afterOpener && before.split(/\s+/u).length >= 5 ? ". " : "; ";
}

const LED_IN =
  /^(?:if|when|once|after|before|because|as|since|while|although|though|unless|until|so|and|but|then|first|otherwise|ideally|\p{L}+ing)\b/iu;

function lowered(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const STANDS_ALONE =
  /^(?:yes|no|true|fair|fair enough|agreed|that['’]s (?:fair|true|right))[.!]?$/iu;

/** A clause that is only a yes, a no or the point granted: "yes", "fair enough". */
const OPENER_ALONE = new RegExp(
  String.raw`^(?:I\s+said\s+)?(?:(?:${FRANKLY}|basically|yes|yeah|yep)\s+)?(yes|yeah|yep|no|nope|true|fair|fair enough|agreed|granted|${FRANKLY}|ok|okay)$`,
  "iu",
);

function openerWord(typed: string, next: string): string {
  const word = typed.toLowerCase();
  if (/^(?:yes|yeah|yep)$/u.test(word)) return "Yes, ";
  if (/^(?:no|nope)$/u.test(word)) return "No, ";
  if (new RegExp(`^(?:${FRANKLY}|ok|okay)$`, "u").test(word)) return "";
  // "yeah fair, it's not my strength": the point granted, then a sentence of the candidate's.
  const granted = /^(?:fair|true)$/u.test(word)
    ? `That's ${word}`
    : `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  return /^(?:but|and|though)\b/iu.test(next) ? `${granted}, ` : `${granted}; `;
}

/** "…easier for us, I did nights for two years": a second sentence typed after a comma. */
const SUBJECT_FIRST =
  /^(?:I(?:['’](?:m|d|ve|ll))?|we(?:['’](?:re|d|ve|ll))?|it['’]s|there['’]s|that['’]s|(?:the|my|our)\s+\p{L}+\s+(?:has|have|had|is|was|are|were|did|does|can|will|would))\s/u;

/** The opening of a sentence as the candidate would say it: no "tbh", "Yes," set off, the point granted. */
function opened(clause: string): string {
  let out = clause.trim();
  for (let guard = 0; guard < 3; guard += 1) {
    const before = out;
    out = out
      .replace(TO_SELF_OPENING, "")
      // "Checked after - pgbouncer 1.21+ supports…", "What I meant - I presented…": the answer.
      .replace(
        /^(?:I\s+)?(?:checked|looked it up)\s+(?:after|afterwards|later|since)\s*[-–—:,]\s*/iu,
        "",
      )
      .replace(/^what I meant(?:\s+was)?\s*[-–—:]\s*/iu, "")
      .replace(
        /^(?:(?:the\s+)?(?:real|better|proper|right|correct)\s+answer|better)(?:\s+(?:is|was|would be))?\s*[-–—:]\s*/iu,
        "A better answer: ",
      )
      // "forgot to say - open with the payoff", "should say, go back to…": what should have been said.
      .replace(
        /^(?:I\s+)?(?:forgot to say|should say|should have said|should['’]ve said)\s*[-–—:,]\s*/iu,
        "should have said ",
      )
      // "Should be tell him to stop…": the order it should have been said in.
      .replace(/^should be\s+(?=(\p{Ll}+)\s)/iu, (typed: string, next: string) =>
        isBareVerb(next) ? "should have said " : typed,
      )
      // "should've said I'd normally loop in finance first": what the candidate would say, said.
      .replace(
        /^(?:I\s+)?should(?:\s+just)?(?:\s+have|['’]ve)\s+(?:just\s+)?(?:said|mentioned)\s+(?:that\s+)?(?=I(?:['’](?:m|d|ve|ll))?\s)/iu,
        "",
      )
      // "could mention I did the CKS cert in 2025": what the candidate meant to add, added.
      .replace(
        /^(?:I\s+)?(?:could|should|might|must|meant to|wanted to|forgot to)\s+(?:also\s+)?(?:have\s+)?mention(?:ed)?\s+(?:that\s+)?(?=I\s)/iu,
        "",
      );
    const said = CORRECTION.test(out) ? null : SAID_YES.exec(out);
    if (said) out = `${/^y/iu.test(said[1]!) ? "yes" : "no"}, ${out.slice(said[0].length)}`;
    out = out.replace(TOLD_THEM, "");
    if (!CORRECTION.test(out)) out = withoutRetelling(out.replace(SAID_IT, ""));
    if (out === before) break;
  }
  const yes = YES_OR_NO.exec(out);
  if (yes) {
    const word = yes[1] ? "Yes" : "No";
    const after = out.slice(yes[0].length).replace(TO_SELF_OPENING, "");
    return `${word}, ${withSubject(after)}`;
  }
  const grant = GRANT_BUT.exec(out);
  if (grant) {
    const granted = grant[1]!
      .replace(/^(?=(?:fair|true)\b)/iu, "That's ")
      .replace(/^that/u, "That");
    return `${granted}, but ${out.slice(grant[0].length)}`;
  }
  return out;
}

/** "can send" is "I can send it"; "should've said…" is "I should have said…". */
function withSubject(clause: string): string {
  const text = clause
    .replace(/^(should|could|would)['’]ve\b/iu, "$1 have")
    // "should've said ask again calmly": what should have been said was an instruction.
    .replace(/^(should have said)\s+(?=(\p{Ll}+)\s)/iu, (said: string, _: string, next: string) =>
      isBareVerb(next) ? `${said.trim()}: ` : said,
    );
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  const objectLess = (said: string) =>
    BARE_SENDING.test(said.replace(/[.!]+$/u, "")) ? `${said.replace(/[.!]+$/u, "")} it` : said;
  if (/^will\s/iu.test(text)) return objectLess(`I'll ${lower.slice(5)}`);
  // "ask my supervisor if he'd let me go early", "send him the reference": a to-do of one's own.
  if (TO_DO.test(text)) return `I'll ${lower}`;
  if (MODAL_FIRST.test(text)) return objectLess(`I ${lower}`);
  // "Learning the trade properly is why I applied": a clause with its own subject.
  const head = text.split(/[,;]|\s(?=(?:which|that|who|where|when|but|and|so|because|if)\s)/u)[0]!;
  if (/\s(?:is|are|was|were)\s/u.test(head)) return text;
  if (/^been\s/iu.test(text)) return `I've ${lower}`;
  // "used to nights" is what the candidate is used to; "used to run the bar" what they did.
  const used = /^used to\s+(\p{Ll}+)/iu.exec(text);
  if (used) return isBareVerb(used[1]!) ? `I ${lower}` : `I'm ${lower}`;
  if (STATE_FIRST.test(text)) return objectLess(`I'm ${lower}`);
  // "Worked through from the yield, it comes to R78": a sentence begun with a capital is
  // written, not typed as a note, and its past participle is no deed of the candidate's.
  if (/^\p{Ll}/u.test(text) && (DEED_FIRST.test(text) || isPastDeed(text))) return `I ${lower}`;
  return text;
}

/** "grew up in idaho springs": a deed in the past, typed without its "I". */
function isPastDeed(clause: string): boolean {
  const [first, second] = wordsOf(clause);
  return (
    first !== undefined &&
    second !== undefined &&
    first.tags.has("PastTense") &&
    !first.tags.has("Noun") &&
    !first.tags.has("Adjective") &&
    (!second.tags.has("Verb") || second.tags.has("Particle")) &&
    second.normal !== "to"
  );
}

/** Joins typed in a hurry: "…in 2024, just didn't put it in the deck", "…, only finish the two jobs". */
function mended(sentence: string): string {
  return (
    sentence
      .replace(
        /,\s+just\s+(?=(?:didn['’]t|forgot|haven['’]t|hadn['’]t|wasn['’]t|never)\b)/gu,
        "; I just ",
      )
      .replace(/,\s+only\s+(?=(?:finish|do|take|keep|work|need)\b)/gu, " and only ")
      .replace(/\)\s+(?=I(?:['’](?:m|d|ve|ll))?\s)/gu, "); ")
      .replace(/(?<=[\p{L}\p{N}])\s+no problem(?=[.!]?$)/u, " without any problem")
      // "but honestly I don't know…", "…a membrane protein! obviously": asides to oneself.
      .replace(new RegExp(String.raw`\b(but|and|so)\s+(?:${FRANKLY})\s+`, "giu"), "$1 ")
      .replace(/[!.]?\s+obviously$/u, "")
      // "I check the tables every time which I do": the candidate says it as so already.
      .replace(/,?\s+which I (?:do|did|have|am)$/u, "")
      .replace(/\bby this week\b/gu, "this week")
      // "gave the paysail example where we shipped in 2 wks": the example itself, not its telling.
      .replace(
        /,\s+gave\s+(?:the|an?)\s+(\S+)\s+example,?\s+(?:where|when)\s+/gu,
        ", as at $1, where ",
      )
      .replace(/,\s+gave\s+(?:the|an?)\s+example\s+of\s+/gu, ", as with ")
      // "I said "escalate to purchasing" which is lame": the verdict stays in the notes.
      .replace(
        /,?\s+which\s+(?:is|was)\s+(?:a\s+|a bit\s+|pretty\s+|kind of\s+)?(?:lame|cop[ -]out|weak|rubbish|embarrassing|obvious)\b/giu,
        "",
      )
      // "said 45% which is wrong", "which is ok but…": the aside set off as a letter sets it off.
      .replace(
        /,?\s+which\s+is\s+(ok|okay|wrong|true|right|correct|fine)\b(\s+but\b)?/gu,
        (_, word: string, but: string | undefined) =>
          `, which is ${/^ok(?:ay)?$/iu.test(word) ? "OK" : word}${but ? ", but" : ""}`,
      )
      // "it depends on if the reader is…": whether, after a preposition.
      .replace(/(?<![-\p{L}])(on|about|of|upon)\s+if\b/gu, "$1 whether")
      .replace(/^(I said [^,;]+?)\s+but\s+/u, "$1, but ")
      // "it's more complicated, also kelp loss from storms": what else there is.
      .replace(
        /,\s+also\s+(?=(?:the\s+|a\s+|an\s+)?\p{Ll}+\s)(?!(?:I|we|you|he|she|they|it|did|was|had|have|got|can|will|do)\b)/gu,
        "; there's also ",
      )
  );
}

/** The clauses of a sentence, split at commas outside brackets and quotes. */
function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let at = 0; at < sentence.length; at += 1) {
    const c = sentence[at]!;
    if (c === "(") depth += 1;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === '"') quoted = !quoted;
    else if (c === "," && depth === 0 && !quoted && /\s/u.test(sentence[at + 1] ?? " ")) {
      out.push(sentence.slice(start, at).trim());
      start = at + 1;
    }
  }
  out.push(sentence.slice(start).trim());
  return out.filter((clause) => clause !== "");
}
