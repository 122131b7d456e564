import { DateTime } from "luxon";
import { NEAR_COPY_NOTICE } from "../../src/core/compose/compose.js";
import type { ComposedMessage } from "../../src/core/compose/composed-message.js";
import { answersFor } from "../../src/core/plan/answer-routing.js";
import { phraseInSentence } from "../../src/core/compose/grammar/noun-phrase.js";
import { companyName, positionName, readerIndexOf } from "../../src/core/compose/record-facts.js";
import { panelOverlap, trigramJaccard } from "../../src/core/trigram-overlap.js";
import type { Interview } from "../../src/core/interview.js";
import type { Profile } from "../../src/core/record/profile.js";

/** The placeholder patterns the playbook's proofreader hunts for. */
export const PLACEHOLDER = /\[[^\]\n]*\]|\{\{[^}]*\}\}|<[^>\n]*>|\bXXX\b|\bTODO\b|\{[A-Za-z]+\}/;

/** Words as the card limit counts them: every run of letters or digits. */
export function strictWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function norm(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
}

function includes(body: string, phrase: string): boolean {
  return norm(body).includes(norm(phrase));
}

/** The first three words of a record phrase as a message would write it: what even a shortened mention keeps. */
function stem(raw: string): string {
  return phraseInSentence(raw).split(/\s+/).slice(0, 3).join(" ");
}

/**
 * The elements §2 of the playbook requires of the message's kind and channel that the message
 * lacks, judged from its text (and, where a phrase may be shortened, its first words).
 */
export function missingElements(
  message: ComposedMessage,
  interview: Interview,
  profile: Profile,
): string[] {
  const { body, channel, kind } = message;
  const missing: string[] = [];
  const need = (ok: boolean, element: string) => {
    if (!ok) missing.push(element);
  };
  const index = readerIndexOf(interview, message.recipient);
  const reader = index === null ? null : interview.interviewers[index]!;
  const readerName = (reader?.name ?? message.recipient.name).replace(
    /^(dr|prof|mr|ms|mrs|mx)\.?\s+/i,
    "",
  );
  const nameParts = readerName.split(/\s+/).filter((p) => p.length > 0);
  const firstLine = body.split(/[\n,]/)[0] ?? "";
  need(/^(dear|hello|hi)\b/i.test(firstLine), "greeting");
  need(
    nameParts.some((part) => norm(firstLine).includes(norm(part))),
    "greeting by the reader's name",
  );
  if (channel !== "linkedin") {
    const signature = body.slice(body.lastIndexOf("\n\n") + 2);
    need(
      includes(signature, profile.name.trim().split(/\s+/).pop()!),
      "sign-off with the candidate's name",
    );
  }

  const points = [...(reader?.discussed ?? []), ...interview.discussed];
  // A point typed as a to-do ("handle the rota") is cited as an activity ("handling the rota").
  const citesPoint = points.some(
    (point) => includes(body, stem(point)) || includes(body, stem(point).replace(/^\S+\s*/, "")),
  );
  // Spoken as people speak of it: "Hollins Bright", not "Hollins Bright LLP".
  const company = companyName(interview.company);
  switch (kind) {
    case "thank-you":
      need(/\b(thank|thanks|grateful)\b/i.test(body), "gratitude for their time");
      if (channel !== "linkedin") {
        need(includes(body, company), "the company");
        // The subject line of an e-mail names the position as well as its body can.
        need(
          includes(`${message.subject ?? ""}\n${body}`, positionName(interview.position)),
          "the position",
        );
        need(
          /(interest|excited|enthusiastic|eager|keen|delighted|like the (?:job|role)|want the job|love the chance|like to be part|be part of|work with you|work for you|hope to have the chance|hope to get the chance|proud to work|join|contribute|bring that (?:experience )?to|put (?:that|it) to (?:use|work)|use it in this role|build on that|do that work|right next step)/i.test(
            body,
          ),
          "renewed interest",
        );
      }
      if (points.length > 0) need(citesPoint, "a specific point from this conversation");
      break;
    case "status-follow-up": {
      const day = DateTime.fromISO(interview.start, { zone: interview.timeZone });
      need(
        includes(body, day.setLocale("en-US").toFormat("LLLL")) && body.includes(String(day.day)),
        "the interview's date",
      );
      need(
        /(interest|enthusiastic|excited|keen|love to join|hope to go next)/i.test(body),
        "renewed interest",
      );
      need(
        /\?/.test(body) &&
          /(timeline|process|where things stand|next steps|decision|news|update)/i.test(body),
        "a question about the timeline",
      );
      need(
        /(anything else|further information|more from me|happy to (share|provide)|glad to (send|provide|arrange)|can share)/i.test(
          body,
        ),
        "an offer to provide more",
      );
      break;
    }
    case "additional-info": {
      // What this message carries: what the reader's thank-you could not (an answer goes once).
      const carried = answersFor(interview, index, "additional-info");
      const has = (field: "unanswered" | "concerns", i: number) =>
        carried.some((ref) => ref.field === field && ref.index === i);
      const items = [
        ...interview.unanswered
          .filter((q, i) => q.answer && has("unanswered", i))
          .map((q) => ({ ask: q.question, answer: q.answer! })),
        ...interview.concerns
          .filter((c, i) => c.response && has("concerns", i))
          .map((c) => ({ ask: c.concern, answer: c.response! })),
      ];
      // The first reader's e-mail answers them all. A card or LinkedIn note has room for one, and
      // so has an e-mail to a later panel member when the full set would make it a near-copy.
      const answeredItems = items.filter((item) => {
        // A question is reported in the candidate's words ("how I would shard…"): its last word
        // stays.
        const ask = /\?\s*$/.test(item.ask.trim())
          ? item.ask
              .trim()
              .replace(/[?\s]+$/, "")
              .split(/\s+/)
              .at(-1)!
          : stem(item.ask);
        const answerStart = item.answer.trim().split(/\s+/).slice(1, 4).join(" ");
        // A LinkedIn note may point at the concern instead of naming it when the name would not fit.
        const pointedAt =
          channel === "linkedin" &&
          /\b(?:the|your) (?:concern|question)s?(?: (?:you (?:raised|asked|had)|about)\b|[.:])/i.test(
            body,
          );
        return (includes(body, ask) || pointedAt) && includes(body, answerStart);
      });
      if (channel === "email" && index === 0) {
        need(answeredItems.length === items.length, "every question or concern with its answer");
      } else if (items.length > 0) {
        need(answeredItems.length > 0, "a question or concern with its answer");
      }
      if (items.length === 0) {
        need(
          interview.promised.some((p) => includes(body, stem(p.what))),
          "the promised material",
        );
      }
      need(
        /(interest|excited|keen|love the chance|eager|enthusiastic)/i.test(body) ||
          channel === "linkedin",
        "renewed interest",
      );
      break;
    }
    case "check-in":
      need(
        /(no need to (reply|write back)|no reply needed|obliged to write back|not expecting a reply|no (rush|hurry)\b[^.]*\breply)/i.test(
          body,
        ),
        "no pressure",
      );
      break;
    case "rejection-reply":
      need(
        /\b(thank|thanks|appreciate|grateful)\b/i.test(body) &&
          /(chance|opportunit|considered)/i.test(body),
        "thanks for the opportunity and the news",
      );
      need(/feedback/i.test(body), "a request for feedback");
      need(/(considered|keep me in mind)/i.test(body), "interest in other or future openings");
      break;
  }
  return missing;
}

/** What must hold of any message on any channel: limits, no placeholders, no slips of punctuation. */
export function formProblems(message: ComposedMessage): string[] {
  const problems: string[] = [];
  const { body, subject, channel } = message;
  for (const text of [body, subject ?? ""]) {
    if (PLACEHOLDER.test(text)) problems.push(`placeholder in "${text.match(PLACEHOLDER)![0]}"`);
  }
  if (channel === "email" && !subject) problems.push("an e-mail without a subject");
  if (channel !== "email" && subject !== null) problems.push("a subject off e-mail");
  if (subject && subject.length > 78) problems.push(`subject of ${subject.length} characters`);
  if (channel === "card" && strictWords(body) > 120)
    problems.push(`card of ${strictWords(body)} words`);
  if (channel === "card" && /https?:\/\/|www\./i.test(body)) problems.push("a link on a card");
  if (channel === "linkedin") {
    const length = [...body.normalize("NFC")].length;
    if (length > 300 || body.normalize("NFC").length > 300)
      problems.push(`LinkedIn note of ${length} characters`);
  }
  if (/ {2,}/.test(body)) problems.push("doubled spaces");
  if (/(?<!\.)\.\.(?!\.)/.test(body)) problems.push("doubled period");
  if (/[,;:][ ]*[.,;:!?]/.test(body.replace(/https?:\/\/\S+/g, "")))
    problems.push("doubled punctuation");
  if (/[?!]\./.test(body)) problems.push("a period after a question or exclamation mark");
  if (/ [,.;:!?]/.test(body)) problems.push("space before punctuation");
  for (const entry of message.provenance) {
    if (entry.start < 0 || entry.end > body.length || entry.start >= entry.end) {
      problems.push(`provenance out of the body: ${JSON.stringify(entry)}`);
    }
  }
  return problems;
}

/** Problems with a set of notes of one kind to the members of one panel. */
export function panelProblems(
  notes: { reader: number; message: ComposedMessage }[],
  interview: Interview,
): string[] {
  const problems: string[] = [];
  for (const a of notes) {
    for (const b of notes) {
      if (a.reader >= b.reader) continue;
      const plain = trigramJaccard(a.message.body, b.message.body);
      const strict = panelOverlap(a.message.body, b.message.body);
      // A note that cannot be told apart must say so to the candidate.
      const saysSo = b.message.notices.includes(NEAR_COPY_NOTICE);
      if ((plain >= 0.5 || strict >= 0.5) && !saysSo) {
        problems.push(
          `notes to ${a.reader} (${a.message.channel}) and ${b.reader} (${b.message.channel}) overlap ${plain.toFixed(2)}`,
        );
      }
    }
    for (const entry of a.message.provenance) {
      for (const source of entry.sources) {
        const other = /^interviewers\[(\d+)\]\.discussed/.exec(source);
        if (other && Number(other[1]) !== a.reader)
          problems.push(`note to ${a.reader} cites ${source}`);
      }
    }
    const colleagues = interview.interviewers.filter((_, i) => i !== a.reader);
    for (const person of colleagues) {
      if (person.notes && person.notes.length > 12 && includes(a.message.body, person.notes)) {
        problems.push(`note to ${a.reader} quotes a colleague's private notes`);
      }
    }
    const own = interview.interviewers[a.reader];
    if (own?.notes && own.notes.length > 12 && includes(a.message.body, own.notes)) {
      problems.push(`note to ${a.reader} quotes the private notes`);
    }
  }
  return problems;
}
