import { useEffect, useRef } from "react";

/** A refusal or failure, announced to screen readers and given focus so keyboard users see it. */
export function Problem({ text }: { text: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) box.current?.focus();
  }, [text]);
  if (!text) return null;
  return (
    <div className="problem" role="alert" tabIndex={-1} ref={box}>
      {text}
    </div>
  );
}

export function Notice({ text }: { text: string | null }) {
  return (
    <div className="notice" role="status">
      {text}
    </div>
  );
}
