import type { Interview } from "../../core/interview.js";

/** A concern or question an interviewer raised, and the candidate's answer. */
export interface RaisedPoint {
  key: number;
  type: "concern" | "question";
  text: string;
  answer: string;
}

export interface PromisedItem {
  key: number;
  what: string;
  url: string;
}

export interface Person {
  key: number;
  name: string;
  title: string;
  email: string;
  /** One point per line. */
  discussed: string;
  raised: RaisedPoint[];
  promised: PromisedItem[];
}

/** The debrief form as typed: text everywhere, lists as lines, each raised point under its person. */
export interface DebriefForm {
  company: string;
  position: string;
  stage: string;
  format: string;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  interviewers: Person[];
  impressed: string;
  fit: string;
  nextSteps: string;
  decisionBy: string;
}

let keys = 1;

export function newPerson(): Person {
  return { key: keys++, name: "", title: "", email: "", discussed: "", raised: [], promised: [] };
}

export function emptyForm(): DebriefForm {
  return {
    company: "",
    position: "",
    stage: "other",
    format: "",
    date: "",
    startTime: "",
    endTime: "",
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    interviewers: [newPerson()],
    impressed: "",
    fit: "",
    nextSteps: "",
    decisionBy: "",
  };
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());
const sameName = (a: string | null | undefined, b: string) =>
  (a ?? "").trim().toLowerCase() === b.trim().toLowerCase();

/** The form as an interview record of the import contract; a raised point names who raised it. */
export function toRecord(form: DebriefForm): Record<string, unknown> {
  const people = form.interviewers.filter(
    (person, index) => index === 0 || person.name.trim() !== "",
  );
  return {
    company: form.company,
    position: form.position,
    stage: form.stage,
    format: orNull(form.format),
    start: form.date && form.startTime ? `${form.date}T${form.startTime}` : form.date,
    end: form.date && form.endTime ? `${form.date}T${form.endTime}` : null,
    timeZone: orNull(form.timeZone),
    interviewers: people.map((person) => ({
      name: person.name,
      title: orNull(person.title),
      email: orNull(person.email),
      discussed: lines(person.discussed),
    })),
    concerns: people.flatMap((person) =>
      person.raised
        .filter((point) => point.type === "concern" && point.text.trim())
        .map((point) => ({
          concern: point.text,
          response: orNull(point.answer),
          raisedBy: orNull(person.name),
        })),
    ),
    unanswered: people.flatMap((person) =>
      person.raised
        .filter((point) => point.type === "question" && point.text.trim())
        .map((point) => ({
          question: point.text,
          answer: orNull(point.answer),
          raisedBy: orNull(person.name),
        })),
    ),
    promised: people.flatMap((person) =>
      person.promised
        .filter((item) => item.what.trim())
        .map((item) => ({ what: item.what, url: orNull(item.url), raisedBy: orNull(person.name) })),
    ),
    impressed: lines(form.impressed),
    fit: lines(form.fit),
    nextSteps: orNull(form.nextSteps),
    decisionBy: orNull(form.decisionBy),
  };
}

/** A stored interview back in the form, its times as the wall clock of its own zone. */
export function fromInterview(interview: Interview): DebriefForm {
  const owner = (raisedBy: string | null | undefined, name: string, index: number) =>
    sameName(raisedBy, name) || (!raisedBy && index === 0);
  return {
    company: interview.company,
    position: interview.position,
    stage: interview.stage,
    format: interview.format ?? "",
    date: interview.start.slice(0, 10),
    startTime: interview.start.slice(11, 16),
    endTime: interview.end.slice(11, 16),
    timeZone: interview.timeZone,
    interviewers: (interview.interviewers.length > 0
      ? interview.interviewers
      : [{ name: "", title: null, email: null, discussed: [], notes: null }]
    ).map((person, index) => ({
      key: keys++,
      name: person.name,
      title: person.title ?? "",
      email: person.email ?? "",
      discussed: person.discussed.join("\n"),
      raised: [
        ...interview.concerns
          .filter((c) => owner(c.raisedBy, person.name, index))
          .map((c) => ({
            key: keys++,
            type: "concern" as const,
            text: c.concern,
            answer: c.response ?? "",
          })),
        ...interview.unanswered
          .filter((q) => owner(q.raisedBy, person.name, index))
          .map((q) => ({
            key: keys++,
            type: "question" as const,
            text: q.question,
            answer: q.answer ?? "",
          })),
      ],
      promised: interview.promised
        .filter((p) => owner(p.raisedBy, person.name, index))
        .map((p) => ({ key: keys++, what: p.what, url: p.url ?? "" })),
    })),
    impressed: interview.impressed.join("\n"),
    fit: interview.fit.join("\n"),
    nextSteps: interview.nextSteps ?? "",
    decisionBy: interview.decisionBy ?? "",
  };
}

const LABELS: Record<string, string> = {
  company: "Company",
  position: "Role you applied for",
  start: "Day",
  end: "Ended at",
  timeZone: "Time zone",
  interviewers: "Interviewers",
  decisionBy: "They will decide by",
  name: "Name",
  email: "Their e-mail address",
  title: "Their job title",
  discussed: "What you talked about",
};

/** The label a person sees for a record field's path, e.g. "Name (interviewer 2)". */
export function fieldLabel(path: string, form: DebriefForm): string {
  const person = /^interviewers\[(\d+)\]\.?(\w*)/.exec(path);
  if (person) {
    const index = Number(person[1]);
    const who = form.interviewers[index]?.name.trim() || `interviewer ${index + 1}`;
    return `${LABELS[person[2] ?? ""] ?? "Details"} (${who})`;
  }
  return LABELS[path.split(/[.[]/)[0] ?? ""] ?? path;
}
