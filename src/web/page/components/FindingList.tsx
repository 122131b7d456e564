import { memo } from "react";
import type { Finding } from "../../../core/check/index.js";

export interface PlacedFinding extends Finding {
  part: "subject" | "body";
  text: string;
}

/** Rules whose suggestion is text to put in place of the flagged words (a list, for spelling). */
const REPLACING = new Set([
  "spelling",
  "grammar.repeated-word",
  "grammar.a-an",
  "grammar.sentence-case",
  "grammar.capital-i",
  "grammar.other",
]);

/** What to do about the findings, wherever one is shown. */
export interface FindingActions {
  onReplace: (finding: PlacedFinding, replacement: string) => void;
  onShow: (finding: PlacedFinding) => void;
  onAddWord: (word: string) => void;
}

/** "2 to fix, 1 to consider." */
export function findingsSummary(findings: readonly PlacedFinding[]): string {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return findings.length === 0
    ? "Nothing to point out."
    : `${errors} to fix, ${findings.length - errors} to consider.`;
}

/**
 * A key for each finding that text typed before it does not change (its words and rule, and which
 * of the findings alike it is): a keystroke then leaves the rest of the list as it was drawn.
 */
export function findingKeys(findings: readonly PlacedFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const alike = `${finding.part}-${finding.rule}-${finding.text}`;
    const count = seen.get(alike) ?? 0;
    seen.set(alike, count + 1);
    return `${alike}-${count}`;
  });
}

/** The findings beside the note, each with what to do about it in one click where there is one. */
export const FindingList = memo(function FindingList({
  findings,
  harperReady,
  ...actions
}: { findings: readonly PlacedFinding[]; harperReady: boolean } & FindingActions) {
  const keys = findingKeys(findings);
  return (
    <aside className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" tabIndex={-1}>
        Proofreader
      </h2>
      <p id="findings-summary" role="status">
        {findingsSummary(findings)}
        {!harperReady && <span className="meta"> Grammar check loading…</span>}
      </p>
      <ul>
        {findings.map((finding, i) => (
          <li key={keys[i]} className={`finding ${finding.severity}`}>
            <FindingDetail finding={finding} {...actions} />
          </li>
        ))}
      </ul>
    </aside>
  );
});

/**
 * One finding: what is wrong, where, and the one-click fixes. `showable` offers to select it in
 * the note (not needed where the finding is shown because the cursor is on it).
 */
export function FindingDetail({
  finding,
  onReplace,
  onShow,
  onAddWord,
  showable = true,
}: { finding: PlacedFinding; showable?: boolean } & FindingActions) {
  const replacements =
    REPLACING.has(finding.rule) && finding.suggestion
      ? finding.rule === "spelling" || finding.rule === "grammar.other"
        ? finding.suggestion.split(", ").filter(Boolean)
        : [finding.suggestion]
      : [];
  return (
    <>
      <p>
        <span className="severity">{finding.severity === "error" ? "Fix" : "Consider"}</span>{" "}
        {finding.message}
      </p>
      {finding.text && finding.end > finding.start && (
        <p className="meta">
          In the {finding.part}: <q>{finding.text}</q>{" "}
          {showable && finding.part === "body" && (
            <button type="button" className="link" onClick={() => onShow(finding)}>
              Show
            </button>
          )}
        </p>
      )}
      {replacements.length > 0 ? (
        <div className="choices" role="group" aria-label="Suggestions">
          {replacements.map((replacement) => (
            <button
              key={replacement}
              type="button"
              className="suggestion"
              onClick={() => onReplace(finding, replacement)}
            >
              Replace with “{replacement}”
            </button>
          ))}
        </div>
      ) : (
        finding.suggestion && <p className="advice">{finding.suggestion}</p>
      )}
      {(finding.rule === "spelling" || finding.rule === "spelling.name") && finding.text && (
        <button type="button" className="link" onClick={() => onAddWord(finding.text)}>
          Add “{finding.text}” to my words
        </button>
      )}
    </>
  );
}
