import { memo, type ReactElement } from "react";
import type { Severity } from "../../../core/check/index.js";

/** A finding's place in the note, as the layer of underlines draws it. */
export interface Underline {
  start: number;
  end: number;
  severity: Severity;
}

/** A mark within one line of the note, its offsets counted from the line's start. */
interface LineMark {
  at: number;
  end: number;
  severity: Severity;
}

const NO_MARKS: readonly LineMark[] = [];

/**
 * The note with each finding as a mark, drawn behind the text area in the same font, a line at a
 * time: a keystroke redraws the line it was typed in, and every other line, with its marks, stays
 * as it was (its offsets are counted from the line's start, so text typed above does not move
 * them). Each line is a block of its own, so the browser lays out again the one that changed, not
 * the whole copy: a line of the text area breaks where its block does, since neither wraps across
 * a line break.
 * Overlapping findings draw the first.
 */
export function Underlines({
  body,
  findings,
}: {
  body: string;
  findings: readonly Underline[];
}): ReactElement[] {
  const lines = body.split("\n");
  const marks = marksByLine(lines, findings);
  return lines.map((line, i) => (
    <Line
      key={i}
      text={`${line}\n`}
      marks={marks[i] ?? NO_MARKS}
      shape={shapeOf(marks[i] ?? NO_MARKS)}
    />
  ));
}

/** The mark drawn where a finding starts, for placing what is shown beside it. */
export function markAt(layer: HTMLElement, body: string, start: number): HTMLElement | null {
  const lineStart = body.lastIndexOf("\n", start - 1) + 1;
  let line = 0;
  for (let i = body.indexOf("\n"); i !== -1 && i < lineStart; i = body.indexOf("\n", i + 1)) line++;
  return (
    layer.children[line]?.querySelector<HTMLElement>(`mark[data-at="${start - lineStart}"]`) ?? null
  );
}

/** Each line's marks; a finding that runs over a line break is marked on each line it touches. */
function marksByLine(lines: readonly string[], findings: readonly Underline[]): LineMark[][] {
  const marks: LineMark[][] = [];
  let line = 0;
  let lineStart = 0;
  let drawnTo = 0;
  for (const finding of findings) {
    if (finding.start < drawnTo || finding.end <= finding.start) continue;
    drawnTo = finding.end;
    while (line < lines.length - 1 && finding.start > lineStart + lines[line]!.length) {
      lineStart += lines[line]!.length + 1;
      line++;
    }
    let at = finding.start;
    for (let l = line, from = lineStart; l < lines.length && at < finding.end; l++) {
      const lineEnd = from + lines[l]!.length;
      const end = Math.min(finding.end, lineEnd);
      if (end > at)
        (marks[l] ??= []).push({ at: at - from, end: end - from, severity: finding.severity });
      from = lineEnd + 1;
      at = Math.max(at, from);
    }
  }
  return marks;
}

/** What a line's marks look like, as one string: a line is redrawn only when it changes. */
function shapeOf(marks: readonly LineMark[]): string {
  return marks.map((mark) => `${mark.at}-${mark.end}-${mark.severity}`).join(",");
}

const Line = memo(
  function Line({ text, marks }: { text: string; marks: readonly LineMark[]; shape: string }) {
    if (marks.length === 0) return <div>{text}</div>;
    const parts: (string | ReactElement)[] = [];
    let at = 0;
    for (const mark of marks) {
      parts.push(text.slice(at, mark.at));
      parts.push(
        <mark key={mark.at} data-at={mark.at} className={`under ${mark.severity}`}>
          {text.slice(mark.at, mark.end)}
        </mark>,
      );
      at = mark.end;
    }
    parts.push(text.slice(at));
    return <div>{parts}</div>;
  },
  (before, after) => before.text === after.text && before.shape === after.shape,
);
