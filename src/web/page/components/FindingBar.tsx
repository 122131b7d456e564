import { memo, useLayoutEffect, useState, type RefObject } from "react";
import {
  FindingDetail,
  findingsSummary,
  type FindingActions,
  type PlacedFinding,
} from "./FindingList.js";
import { markAt } from "./Underlines.js";

/** Pixels below a mark's line box that its wavy underline takes. */
const UNDERLINE_ROOM = 10;

/**
 * For a window too narrow to show the list beside the note: a line that stays at the top of the
 * window while the note scrolls, with the count and the way to the list below.
 */
export const FindingBar = memo(function FindingBar({
  findings,
}: {
  findings: readonly PlacedFinding[];
}) {
  function toList() {
    const list = document.getElementById("findings-title");
    list?.focus();
    list?.scrollIntoView({ block: "start" });
  }
  return (
    <p className="finding-bar">
      {findingsSummary(findings)}{" "}
      {findings.length > 0 && (
        <button type="button" className="link" onClick={toList}>
          See them all
        </button>
      )}
    </p>
  );
});

/**
 * The finding under the cursor (a tap on an underline puts it there), with its fixes, shown just
 * below its line in the note; `marks` is the layer of underlines whose marks say where that is.
 */
export function FindingAtCursor({
  finding,
  body,
  marks,
  ...actions
}: {
  finding: PlacedFinding | null;
  /** The note the underlines are drawn from. */
  body: string;
  marks: RefObject<HTMLElement | null>;
} & FindingActions) {
  const [top, setTop] = useState<number | null>(null);
  const start = finding?.start;
  useLayoutEffect(() => {
    const layer = marks.current;
    const mark = start === undefined || !layer ? null : markAt(layer, body, start);
    // Read once, when the cursor lands on a finding: never at a keystroke.
    setTop(mark ? mark.offsetTop + mark.offsetHeight + UNDERLINE_ROOM : null);
  }, [start, marks]);
  if (!finding || top === null) return null;
  return (
    <section
      className={`finding-at-cursor finding ${finding.severity}`}
      style={{ top }}
      aria-label="The finding at the cursor"
    >
      <FindingDetail finding={finding} showable={false} {...actions} />
    </section>
  );
}
