/** What a record field a sentence was written from is called on the debrief form. */
const FIELD_LABELS: Record<string, string> = {
  discussed: "what you talked about",
  fit: "your matching experience",
  impressed: "what impressed you",
  concerns: "a concern they raised",
  concern: "a concern they raised",
  response: "your answer to a concern",
  unanswered: "a question they asked",
  question: "a question they asked",
  answer: "your answer to a question",
  promised: "what you promised",
  what: "what you promised",
  url: "what you promised",
  nextSteps: "the next steps they gave",
  decisionBy: "their decision date",
  company: "the interview",
  position: "the interview",
  start: "the interview's date",
  writtenAt: "the day you write",
  name: "the interviewer's name",
  title: "the interviewer's title",
  profile: "your profile",
  reason: "the reason you gave",
};

/** `interviewers[0].discussed[1]` → "what you talked about". */
export function sourceLabel(source: string): string {
  const parts = source.split(/[.[\]]+/).filter((part) => part !== "" && !/^\d+$/.test(part));
  if (parts[0] === "profile") return FIELD_LABELS.profile!;
  const field = parts[parts.length - 1] ?? source;
  return FIELD_LABELS[field] ?? field;
}
