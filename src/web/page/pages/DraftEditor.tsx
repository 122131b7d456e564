import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from "react";
import type { EnglishVariety } from "../../../core/english-variety.js";
import type { CheckContext, Finding } from "../../../core/check/index.js";
import { messageText } from "../../../core/check/index.js";
import type { ProvenanceEntry } from "../../../core/compose/composed-message.js";
import { characterLimit, wordLimits } from "../../../core/length-limits.js";
import { CHANNELS, type Channel, type MessageKind } from "../../../core/message.js";
import { api, problemText } from "../api.js";
import { Notice, Problem } from "../components/Problem.js";
import { openDraft } from "../open-draft.js";
import { carryOver, mergeFindings, pageProofreader } from "../proofreading.js";
import { Link } from "../router.js";
import { CHANNEL_LABEL, KIND_LABEL } from "../words.js";
import { FindingList, type PlacedFinding } from "../components/FindingList.js";
import { sourceLabel } from "../sources.js";

interface DraftView {
  draft: {
    id: number;
    interviewId: number;
    kind: MessageKind;
    channel: Channel;
    recipient: { name: string; email: string | null };
    sequence: number;
    subject: string | null;
    body: string;
    provenance: ProvenanceEntry[];
    notices: string[];
  };
  checkContext: CheckContext | null;
  english: EnglishVariety | null;
  interview: { id: number; company: string; position: string } | null;
  channels: { channel: Channel; id: number }[];
  mailReady: boolean;
}

declare global {
  interface Window {
    /** For the bench: when the underlines last changed, and from which check. */
    afterwordChecks?: { source: "quick" | "full"; at: number; took: number; length: number }[];
  }
}

/** The draft editor: the note, its findings underlined as you type, and every way to send it. */
export function DraftEditor({ id, onTitle }: { id: number; onTitle: (title: string) => void }) {
  const [view, setView] = useState<DraftView | null>(null);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [saved, setSaved] = useState({ subject: "", body: "" });
  const [findings, setFindings] = useState<Finding[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sendAt, setSendAt] = useState("");
  const lastFull = useRef<{ text: string; findings: Finding[] } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const loadedAt = useRef(0);

  useEffect(() => {
    setView(null);
    api<DraftView>("GET", `/api/drafts/${id}`).then(
      (data) => {
        loadedAt.current = performance.now();
        setView(data);
        setSubject(data.draft.subject ?? "");
        setBody(data.draft.body);
        setSaved({ subject: data.draft.subject ?? "", body: data.draft.body });
        lastFull.current = null;
        onTitle(`${KIND_LABEL[data.draft.kind]} to ${data.draft.recipient.name}`);
      },
      (error) => setProblem(problemText(error)),
    );
  }, [id, onTitle]);

  const isEmail = view?.draft.channel === "email";
  const text = messageText(isEmail ? subject : null, body);
  const proofreader = useMemo(
    () => (view ? pageProofreader(view.english ?? "en-US") : null),
    [view],
  );
  const [harperReady, setHarperReady] = useState(false);
  useEffect(() => {
    void proofreader?.fullReady.then(setHarperReady);
  }, [proofreader]);

  // Each keystroke: our rules and the dictionary now; harper's grammar once typing pauses.
  useEffect(() => {
    if (!view?.checkContext || !proofreader) return;
    // The server's clock (which --now may set), moved on by the time since the draft loaded.
    const now = Date.parse(view.checkContext.now) + (performance.now() - loadedAt.current);
    const context = { ...view.checkContext, now: new Date(now).toISOString() };
    let current = true;
    const note = (source: "quick" | "full", took: number) =>
      (window.afterwordChecks ??= []).push({
        source,
        at: performance.now(),
        took,
        length: text.length,
      });
    const started = performance.now();
    void proofreader.quick(text, context).then((quick) => {
      if (!current) return;
      const took = performance.now() - started;
      const previous = lastFull.current;
      setFindings(
        mergeFindings(quick, previous ? carryOver(previous.findings, previous.text, text) : []),
      );
      requestAnimationFrame(() => note("quick", took));
    });
    const timer = setTimeout(() => {
      const fullStarted = performance.now();
      void proofreader.full(text, context).then((full) => {
        if (!current || !full) return;
        const took = performance.now() - fullStarted;
        lastFull.current = { text, findings: full };
        setFindings(full);
        requestAnimationFrame(() => note("full", took));
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, view, proofreader, harperReady]);

  // The text area grows with the note, so the underlines behind it never scroll apart from it.
  useLayoutEffect(() => {
    const area = textarea.current;
    if (!area) return;
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight + 2}px`;
  }, [body, view]);

  if (!view) return <Problem text={problem} />;
  const { draft } = view;
  const bodyStart = text.length - body.length;
  const placed: PlacedFinding[] = findings.map((finding) => {
    const inSubject = isEmail && finding.start < bodyStart;
    const offset = inSubject ? "Subject: ".length : bodyStart;
    const limit = inSubject ? subject.length : body.length;
    const clamp = (n: number) => Math.max(0, Math.min(n - offset, limit));
    return {
      ...finding,
      part: inSubject ? "subject" : "body",
      start: clamp(finding.start),
      end: clamp(finding.end),
      text: text.slice(finding.start, finding.end),
    };
  });
  const dirty = subject !== saved.subject || body !== saved.body;
  const words = body.trim() === "" ? 0 : body.trim().split(/\s+/u).length;
  const limits = wordLimits(draft.kind, draft.channel);
  const noteLimit =
    draft.channel === "linkedin"
      ? characterLimit("linkedin", view.checkContext?.profile?.linkedinAccount ?? "free")
      : null;
  const overLength =
    noteLimit !== null ? body.length > noteLimit : limits !== null && words > limits.max;

  async function save(): Promise<boolean> {
    if (!dirty) return true;
    try {
      await api("PUT", `/api/drafts/${id}`, { subject: isEmail ? subject : null, body });
      setSaved({ subject, body });
      setNotice("Saved.");
      return true;
    } catch (error) {
      setProblem(problemText(error));
      return false;
    }
  }

  function replace(finding: PlacedFinding, replacement: string) {
    if (finding.part === "subject") {
      setSubject(subject.slice(0, finding.start) + replacement + subject.slice(finding.end));
      return;
    }
    const next = body.slice(0, finding.start) + replacement + body.slice(finding.end);
    setBody(next);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(
        finding.start + replacement.length,
        finding.start + replacement.length,
      );
    });
  }

  function show(finding: PlacedFinding) {
    if (finding.part !== "body") return;
    textarea.current?.focus();
    textarea.current?.setSelectionRange(finding.start, finding.end);
  }

  async function addWord(word: string) {
    try {
      await api("POST", "/api/words", { words: [word] });
      if (view?.checkContext) {
        setView({
          ...view,
          checkContext: { ...view.checkContext, words: [...view.checkContext.words, word] },
        });
      }
      setNotice(`“${word}” is in your words now.`);
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  async function switchChannel(channel: Channel) {
    if (channel === draft.channel) return;
    if (!(await save())) return;
    try {
      await openDraft({
        interviewId: draft.interviewId,
        kind: draft.kind,
        channel,
        to: draft.recipient.email ?? draft.recipient.name,
        sequence: draft.sequence,
      });
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  async function copy() {
    const whole = isEmail ? `Subject: ${subject}\n\n${body}` : body;
    try {
      await navigator.clipboard.writeText(whole);
      setNotice("Copied. Paste it where you write to them.");
    } catch {
      setProblem("The browser did not allow copying: select the text and copy it yourself.");
    }
  }

  async function download() {
    if (!(await save())) return;
    const link = document.createElement("a");
    link.href = `/api/drafts/${id}/eml`;
    link.download = "";
    document.body.append(link);
    link.click();
    link.remove();
    setNotice("Downloaded. Open the file to send it from your mail program.");
  }

  async function markSent() {
    if (!(await save())) return;
    try {
      await api("POST", `/api/drafts/${id}/sent`, {});
      setNotice(`Marked as sent. Afterword plans what comes next.`);
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  async function send() {
    if (!(await save())) return;
    try {
      const at = sendAt ? new Date(sendAt).toISOString() : undefined;
      await api("POST", `/api/drafts/${id}/send`, at ? { at } : {});
      setNotice(
        at ? "Queued: it leaves at the moment you chose." : "Queued: it leaves in a moment.",
      );
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  const mailto =
    isEmail && draft.recipient.email
      ? `mailto:${encodeURIComponent(draft.recipient.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
      : null;
  const bodyFindings = placed.filter(
    (finding) => finding.part === "body" && finding.end > finding.start,
  );

  return (
    <>
      <p className="meta">
        {view.interview && (
          <Link to={`/interviews/${view.interview.id}`}>
            {view.interview.company}, {view.interview.position}
          </Link>
        )}
      </p>
      <Problem text={problem} />
      <Notice text={notice} />
      {draft.notices.map((text) => (
        <p key={text} className="callout">
          {text}
        </p>
      ))}
      <div className="editor-layout">
        <div className="editor">
          <fieldset className="channel-switch">
            <legend>Send it as</legend>
            {CHANNELS.map((channel) => (
              <label key={channel}>
                <input
                  type="radio"
                  name="channel"
                  value={channel}
                  checked={draft.channel === channel}
                  onChange={() => void switchChannel(channel)}
                />{" "}
                {CHANNEL_LABEL[channel]}
              </label>
            ))}
          </fieldset>
          {isEmail && (
            <div className="field">
              <label htmlFor="subject">Subject</label>
              <input
                id="subject"
                value={subject}
                onChange={(event) => setSubject(event.target.value)}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor="body">
              {draft.channel === "card"
                ? "What you write on the card"
                : draft.channel === "linkedin"
                  ? "Your LinkedIn note"
                  : draft.channel === "linkedin-message"
                    ? "Your LinkedIn message"
                    : "Your e-mail"}
            </label>
            <div className="underlay-box">
              <div className="underlay" aria-hidden="true">
                {underlined(body, bodyFindings)}
              </div>
              <textarea
                id="body"
                ref={textarea}
                value={body}
                spellCheck={false}
                aria-describedby="length findings-summary"
                onChange={(event) => setBody(event.target.value)}
              />
            </div>
            <p id="length" className={overLength ? "length over" : "length"} aria-live="polite">
              {noteLimit !== null
                ? `${body.length} of ${noteLimit} characters`
                : `${words} words${limits ? ` (aim for ${limits.min}–${limits.max})` : ""}`}
            </p>
          </div>
          <div className="actions" role="group" aria-label="Send it">
            <button type="button" onClick={() => void save()} disabled={!dirty}>
              Save changes
            </button>
            <button type="button" className="secondary" onClick={() => void copy()}>
              Copy the text
            </button>
            {isEmail && (
              <button type="button" className="secondary" onClick={() => void download()}>
                Download as e-mail (.eml)
              </button>
            )}
            {mailto && (
              <a className="button secondary" href={mailto}>
                Open in your mail program
              </a>
            )}
            <button type="button" className="secondary" onClick={() => void markSent()}>
              I sent it: mark as sent
            </button>
          </div>
          {isEmail && view.mailReady && (
            <div className="actions" role="group" aria-label="Send from Afterword">
              <div className="field">
                <label htmlFor="send-at">Send later (leave empty to send now)</label>
                <input
                  id="send-at"
                  type="datetime-local"
                  value={sendAt}
                  onChange={(event) => setSendAt(event.target.value)}
                />
              </div>
              <button type="button" onClick={() => void send()}>
                {sendAt ? "Send later" : "Send now"}
              </button>
            </div>
          )}
          {isEmail && !view.mailReady && (
            <p className="meta">
              To send from here, set up your mail account in <Link to="/settings">Settings</Link>.
            </p>
          )}
          <Provenance body={saved.body} entries={draft.provenance} />
        </div>
        <FindingList
          findings={placed}
          harperReady={harperReady}
          onReplace={replace}
          onShow={show}
          onAddWord={(word) => void addWord(word)}
        />
      </div>
    </>
  );
}

/** The note with each finding as a mark, drawn behind the text area in the same font. */
function underlined(body: string, findings: PlacedFinding[]) {
  const parts: (string | ReactElement)[] = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start < at) continue;
    parts.push(body.slice(at, finding.start));
    parts.push(
      <mark key={`${finding.start}-${finding.rule}`} className={`under ${finding.severity}`}>
        {body.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(`${body.slice(at)}\n`);
  return parts;
}

/** "From your notes": which of your notes each sentence of the first draft was written from. */
function Provenance({ body, entries }: { body: string; entries: ProvenanceEntry[] }) {
  const fromNotes = entries.filter((entry) => entry.sources.length > 0 && entry.end <= body.length);
  if (fromNotes.length === 0) return null;
  return (
    <details className="provenance">
      <summary>From your notes</summary>
      <ul>
        {fromNotes.map((entry) => (
          <li key={`${entry.start}-${entry.end}`}>
            <q>{body.slice(entry.start, entry.end).trim()}</q>
            <span className="meta">
              {" "}
              from {[...new Set(entry.sources.map(sourceLabel))].join(", ")}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
