import type { Interview } from "../../core/interview.js";

/**
 * Whom a raised point or a promise belongs to (its `raisedBy`): an interviewer of the form, by
 * key, so that it follows them when their name is edited; null for everyone the candidate met.
 */
export type Owner = number | null;

/** A concern or question an interviewer raised, and the candidate's answer. */
export interface RaisedPoint {
  key: number;
  by: Owner;
  type: "concern" | "question";
  text: string;
  answer: string;
}

export interface PromisedItem {
  key: number;
  by: Owner;
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
  /** Private notes from an imported record, kept as they are. */
  notes: string | null;
}

/** What a stored record holds that the form does not show, sent back unchanged when it is saved. */
export interface Kept {
  location: string | null;
  joinUrl: string | null;
  discussed: string[];
}

/** The debrief form as typed: text everywhere, lists as lines, each point with whom it is for. */
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
  kept: Kept;
  raised: RaisedPoint[];
  promised: PromisedItem[];
  impressed: string;
  fit: string;
  nextSteps: string;
  decisionBy: string;
}

let keys = 1;

/** A key no other person or point of the page's forms has. */
export function newKey(): number {
  return keys++;
}

export function newPerson(): Person {
  return { key: newKey(), name: "", title: "", email: "", discussed: "", notes: null };
}

/** A blank debrief, its times in `timeZone` (the profile's), else in the browser's. */
export function emptyForm(timeZone?: string): DebriefForm {
  return {
    company: "",
    position: "",
    stage: "other",
    format: "",
    date: "",
    startTime: "",
    endTime: "",
    timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    interviewers: [newPerson()],
    kept: { location: null, joinUrl: null, discussed: [] },
    raised: [],
    promised: [],
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

/** The form as an interview record of the import contract; a raised point names who raised it. */
export function toRecord(form: DebriefForm): Record<string, unknown> {
  const people = form.interviewers.filter(
    (person, index) => index === 0 || person.name.trim() !== "",
  );
  const raisedBy = (by: Owner) => orNull(people.find((person) => person.key === by)?.name ?? "");
  const questions = (type: RaisedPoint["type"]) =>
    form.raised.filter((point) => point.type === type && point.text.trim());
  return {
    company: form.company,
    position: form.position,
    stage: form.stage,
    format: orNull(form.format),
    start: form.date && form.startTime ? `${form.date}T${form.startTime}` : form.date,
    end: form.date && form.endTime ? `${form.date}T${form.endTime}` : null,
    timeZone: orNull(form.timeZone),
    location: form.kept.location,
    joinUrl: form.kept.joinUrl,
    discussed: form.kept.discussed,
    interviewers: people.map((person) => ({
      name: person.name,
      title: orNull(person.title),
      email: orNull(person.email),
      discussed: lines(person.discussed),
      notes: person.notes,
    })),
    concerns: questions("concern").map((point) => ({
      concern: point.text,
      response: orNull(point.answer),
      raisedBy: raisedBy(point.by),
    })),
    unanswered: questions("question").map((point) => ({
      question: point.text,
      answer: orNull(point.answer),
      raisedBy: raisedBy(point.by),
    })),
    promised: form.promised
      .filter((item) => item.what.trim())
      .map((item) => ({ what: item.what, url: orNull(item.url), raisedBy: raisedBy(item.by) })),
    impressed: lines(form.impressed),
    fit: lines(form.fit),
    nextSteps: orNull(form.nextSteps),
    decisionBy: orNull(form.decisionBy),
  };
}

/**
 * A stored interview back in the form, its times as the wall clock of its own zone. A stored
 * `raisedBy` is an interviewer's name exactly as the record writes it, or none.
 */
export function fromInterview(interview: Interview): DebriefForm {
  const people = (
    interview.interviewers.length > 0
      ? interview.interviewers
      : [{ name: "", title: null, email: null, discussed: [], notes: null }]
  ).map((person) => ({
    key: newKey(),
    name: person.name,
    title: person.title ?? "",
    email: person.email ?? "",
    discussed: person.discussed.join("\n"),
    notes: person.notes,
  }));
  const owner = (raisedBy: string | null | undefined): Owner =>
    people.find((person) => raisedBy && person.name === raisedBy)?.key ?? null;
  return {
    company: interview.company,
    position: interview.position,
    stage: interview.stage,
    format: interview.format ?? "",
    date: interview.start.slice(0, 10),
    startTime: interview.start.slice(11, 16),
    endTime: interview.end.slice(11, 16),
    timeZone: interview.timeZone,
    interviewers: people,
    kept: {
      location: interview.location,
      joinUrl: interview.joinUrl,
      discussed: interview.discussed,
    },
    raised: [
      ...interview.concerns.map((c) => ({
        key: newKey(),
        by: owner(c.raisedBy),
        type: "concern" as const,
        text: c.concern,
        answer: c.response ?? "",
      })),
      ...interview.unanswered.map((q) => ({
        key: newKey(),
        by: owner(q.raisedBy),
        type: "question" as const,
        text: q.question,
        answer: q.answer ?? "",
      })),
    ],
    promised: interview.promised.map((p) => ({
      key: newKey(),
      by: owner(p.raisedBy),
      what: p.what,
      url: p.url ?? "",
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
