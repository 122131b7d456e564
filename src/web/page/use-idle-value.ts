import { useEffect, useState } from "react";

/** Waits this long at most for an idle moment, so a page that is never idle still catches up. */
const AT_MOST_MS = 300;

/**
 * `value`, as of the last moment the page was idle: what is shown beside the note (the list of
 * findings, "From your notes") is rendered after the frame that draws a keystroke, never before it
 * (React's deferred values are rendered in a task of their own, but still before the next frame).
 * Without `requestIdleCallback` (Safari), just after the next frame.
 */
export function useIdleValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const show = () => setShown(() => value);
    if (typeof requestIdleCallback === "function") {
      const idle = requestIdleCallback(show, { timeout: AT_MOST_MS });
      return () => cancelIdleCallback(idle);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(show)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
