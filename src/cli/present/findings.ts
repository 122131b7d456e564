import type { CheckedAs } from "../../app/drafts/check.js";
import { countBySeverity, type Finding } from "../../core/check/index.js";
import { CHANNEL_NAMES } from "../../core/message.js";
import { withIndefiniteArticle } from "../../core/compose/grammar/indefinite-article.js";
import { findingHintFor } from "../hints.js";

/** Widest slice of a line shown around a finding; long paragraphs are cut to fit a terminal. */
const WINDOW = 96;

/** Each finding under its line, a caret marking the span, then the suggestion. */
export function findingsReport(text: string, findings: Finding[]): string {
  const lines = splitLines(text);
  const gutter = String(lines.length).length;
  const out: string[] = [];
  for (const finding of findings) {
    const index = lineIndexAt(lines, finding.start);
    const line = lines[index]!;
    const from = finding.start - line.start;
    const to = Math.max(from, Math.min(finding.end, line.end) - line.start);
    const shown = windowAround(line.text, from, to);
    const pad = " ".repeat(gutter);
    out.push(
      `${String(index + 1).padStart(gutter)} │ ${shown.text}`,
      `${pad} │ ${" ".repeat(shown.from)}${"^".repeat(Math.max(1, shown.to - shown.from))}${finding.end > line.end ? "…" : ""} ${finding.severity} ${finding.rule}: ${finding.message}`,
    );
    if (finding.suggestion) out.push(`${pad} │ ${" ".repeat(shown.from)}→ ${finding.suggestion}`);
    const hint = findingHintFor(finding, text.slice(finding.start, finding.end));
    if (hint) out.push(`${pad} │ ${" ".repeat(shown.from)}${hint}`);
    out.push("");
  }
  return out.join("\n").trimEnd();
}

/** "2 errors, 1 warning", or "no findings". */
export function findingsSummary(findings: readonly Finding[]): string {
  const { error, warning } = countBySeverity(findings);
  if (error + warning === 0) return "no findings";
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [error ? part(error, "error") : "", warning ? part(warning, "warning") : ""]
    .filter(Boolean)
    .join(", ");
}

const KIND_WORDS: Record<CheckedAs["kind"], string> = {
  "thank-you": "thank-you",
  "status-follow-up": "status follow-up",
  "additional-info": "additional-information",
  "check-in": "check-in",
  "rejection-reply": "rejection reply",
};

/** "Checked as a thank-you e-mail to Dana Whitfield, interview 1 at Northbridge Analytics (found from the name)." */
export function checkedAsLine(about: CheckedAs): string {
  const parts = [
    `Checked as ${withIndefiniteArticle(`${KIND_WORDS[about.kind]} ${CHANNEL_NAMES[about.channel]}`)}`,
  ];
  if (about.recipient) parts.push(` to ${about.recipient}`);
  if (about.interviewId !== null) {
    parts.push(`, interview ${about.interviewId} at ${about.company}`);
    if (about.interviewInferred) parts.push(" (found from the name)");
  } else if (about.recipientUnmatched) {
    parts.push(
      ` (no interview has an interviewer called ${about.recipient}: check the name, or give --interview ID)`,
    );
  } else {
    parts.push(" (no interview given: --interview ID adds the checks on names and facts)");
  }
  return `${parts.join("")}.`;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const content = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    lines.push({ start, end: start + content.length, text: content.replace(/\t/g, " ") });
    start += raw.length + 1;
  }
  return lines;
}

function lineIndexAt(lines: Line[], offset: number): number {
  const index = lines.findIndex((line) => offset <= line.end);
  return index === -1 ? lines.length - 1 : index;
}

/** The part of a long line around [from, to), with "…" where it was cut. */
function windowAround(
  text: string,
  from: number,
  to: number,
): { text: string; from: number; to: number } {
  if (text.length <= WINDOW) return { text, from, to };
  const width = Math.min(to - from, WINDOW - 20);
  const start = Math.max(
    0,
    Math.min(from - Math.floor((WINDOW - width) / 2), text.length - WINDOW),
  );
  const end = Math.min(text.length, start + WINDOW);
  const head = start > 0 ? "…" : "";
  const tail = end < text.length ? "…" : "";
  return {
    text: `${head}${text.slice(start, end)}${tail}`,
    from: from - start + head.length,
    to: Math.min(to, end) - start + head.length,
  };
}
