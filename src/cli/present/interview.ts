import type { Interview, RaisedBy } from "../../core/interview.js";
import { missingDetails } from "../../core/missing-details.js";
import { table } from "./table.js";
import { timeSpan } from "./when.js";

export function interviewTable(interviews: Interview[]): string {
  if (interviews.length === 0) {
    return "No interviews yet. Add one with `afterword` or `afterword import FILE`.";
  }
  const rows = table(
    ["ID", "When", "Company", "Position", "Stage", "Interviewers", "Status"],
    interviews.map((interview) => [
      String(interview.id),
      timeSpan(interview.start, interview.end, interview.timeZone),
      interview.company || "?",
      interview.position || (interview.invite?.summary ? `"${interview.invite.summary}"` : "?"),
      interview.stage,
      interview.interviewers.map((person) => person.name).join(", "),
      interview.needsDetails ? `${interview.status}, needs details` : interview.status,
    ]),
  );
  const incomplete = interviews.filter(
    (interview) => interview.needsDetails && interview.status !== "cancelled",
  );
  if (incomplete.length === 0) return rows;
  return `${rows}\n\n${detailsHint(incomplete.map((interview) => interview.id))}`;
}

/** How to complete interviews an invite left without company, position or interviewers. */
export function detailsHint(ids: number[]): string {
  const [first] = ids;
  const which = ids.length === 1 ? `Interview ${first} needs` : `Interviews ${ids.join(", ")} need`;
  return `${which} details the invite did not give: \`afterword details ${first} --company NAME --position TITLE\`, or \`afterword details ${first} FILE\` with what was discussed.`;
}

/** Everything about one interview, as a person reads it. */
export function interviewDetail(interview: Interview): string {
  const lines = [
    `${interview.company || "(company not known)"}: ${interview.position || "(position not known)"}  (interview ${interview.id}, ${interview.status})`,
    `  When:      ${timeSpan(interview.start, interview.end, interview.timeZone)} (${interview.timeZone})`,
    `  Stage:     ${interview.stage}${interview.format ? `, ${interview.format}` : ""}`,
  ];
  if (interview.location) lines.push(`  Location:  ${interview.location}`);
  if (interview.joinUrl) lines.push(`  Join:      ${interview.joinUrl}`);
  if (interview.invite) {
    const summary = interview.invite.summary ? `"${interview.invite.summary}"` : "(no title)";
    lines.push(`  Invite:    ${summary}, version ${interview.invite.sequence}`);
  }
  const missing = missingDetails(interview);
  if (missing.length > 0) {
    lines.push(
      `  Missing:   ${missing.join(", ")}: add with \`afterword details ${interview.id} --company NAME --position TITLE\` or a FILE`,
    );
  }
  lines.push("", "Interviewers:");
  for (const person of interview.interviewers) {
    const about = [person.title, person.email].filter(Boolean).join(", ");
    lines.push(`  - ${person.name}${about ? ` (${about})` : ""}`);
    for (const point of person.discussed) lines.push(`      discussed: ${point}`);
    if (person.notes) lines.push(`      notes: ${person.notes}`);
  }
  section(lines, "Discussed with everyone", interview.discussed);
  section(lines, "What impressed you", interview.impressed);
  section(lines, "Why you fit", interview.fit);
  section(
    lines,
    "Concerns",
    interview.concerns.map(
      (c) => (c.response ? `${c.concern}: ${c.response}` : c.concern) + raisedBy(c, "raised by"),
    ),
  );
  section(
    lines,
    "Unanswered questions",
    interview.unanswered.map(
      (q) => (q.answer ? `${q.question}: ${q.answer}` : q.question) + raisedBy(q, "asked by"),
    ),
  );
  section(
    lines,
    "Promised material",
    interview.promised.map(
      (p) => (p.url ? `${p.what} (${p.url})` : p.what) + raisedBy(p, "promised to"),
    ),
  );
  if (interview.nextSteps) lines.push("", `Next steps: ${interview.nextSteps}`);
  if (interview.decisionBy) lines.push(`Decision by: ${interview.decisionBy}`);
  if (interview.invite?.description) {
    lines.push(
      "",
      "From the invite:",
      ...interview.invite.description.split("\n").map((l) => `  ${l}`),
    );
  }
  return lines.join("\n");
}

function raisedBy(entry: RaisedBy, how: string): string {
  return entry.raisedBy ? ` (${how} ${entry.raisedBy})` : "";
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push("", `${title}:`, ...items.map((item) => `  - ${item}`));
}
