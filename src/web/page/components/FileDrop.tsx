import { useId, useState, type DragEvent } from "react";
import { api, problemText } from "../api.js";
import { navigate } from "../router.js";
import { Problem } from "./Problem.js";

interface Imported {
  created: number[];
  updated: number[];
  cancelled: number[];
  needsDetails: number[];
  warnings: string[];
}

/** Calendar invites and e-mails are bytes; records are text. */
const TEXT_FILE = /\.(ya?ml|json)$/i;

/**
 * Drop an invite (.ics), an e-mail with one (.eml) or an interview record (.yaml/.json) here, or
 * choose it: an invite that lacks the notes opens the debrief to be completed.
 */
export function FileDrop({ onImported }: { onImported?: () => void }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setProblem(null);
    setBusy(true);
    try {
      const content = TEXT_FILE.test(file.name)
        ? await file.text()
        : toBase64(await file.arrayBuffer());
      const result = await api<Imported>("POST", "/api/import", {
        name: file.name,
        content,
        encoding: TEXT_FILE.test(file.name) ? "text" : "base64",
      });
      const first = result.created[0] ?? result.updated[0];
      if (first === undefined) {
        setProblem(
          result.warnings[0] ??
            "That file held no interview Afterword could read (nothing was added).",
        );
        return;
      }
      onImported?.();
      navigate(`/debrief/${first}`);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  }

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    <div
      className={over ? "drop over" : "drop"}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>
        Drop a calendar invite (<code>.ics</code>), the e-mail that brought it (<code>.eml</code>)
        or an interview record (<code>.yaml</code>, <code>.json</code>) here.
      </p>
      <label htmlFor={id} className="button secondary">
        Choose a file…
      </label>
      <input
        id={id}
        className="visually-hidden-file"
        type="file"
        accept=".ics,.eml,.yaml,.yml,.json"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void importFile(file);
          event.target.value = "";
        }}
      />
      {busy && <p role="status">Reading the file…</p>}
      <Problem text={problem} />
    </div>
  );
}

function toBase64(buffer: ArrayBuffer): string {
  let binary = "";
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
