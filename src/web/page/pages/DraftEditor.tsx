import {
  memo,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { EnglishVariety } from "../../../core/english-variety.js";
import type { CheckContext, Finding } from "../../../core/check/index.js";
import type { IncrementalLint } from "../../../engines/incremental.engine.js";
import { messageText } from "../../../core/check/index.js";
import type { ProvenanceEntry } from "../../../core/compose/composed-message.js";
import { relocateProvenance } from "../../../core/compose/provenance.js";
import type { SourceNote } from "../../server/present/provenance-notes.js";
import { characterLimit, wordLimits } from "../../../core/length-limits.js";
import { CHANNELS, type Channel, type MessageKind } from "../../../core/message.js";
import { api, problemText } from "../api.js";
import { Notice, Problem } from "../components/Problem.js";
import { openDraft } from "../open-draft.js";
import { carryOver, mergeFindings, pageProofreader } from "../proofreading.js";
import { Link } from "../router.js";
import { CHANNEL_LABEL, KIND_LABEL } from "../words.js";
import { FindingAtCursor, FindingBar } from "../components/FindingBar.js";
import { FindingList, type FindingActions, type PlacedFinding } from "../components/FindingList.js";
import { sourceLabel } from "../sources.js";
import { personName } from "../../../core/compose/grammar/person-name.js";
import { Underlines } from "../components/Underlines.js";

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
    sourceNotes: Record<string, SourceNote>;
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
    /**
     * For the bench: each time the underlines changed, from which check ("now": our rules and the
     * dictionary in the keystroke's frame; "settled": every engine once typing paused), how long
     * the check took, and what harper's part of a settled check cost. `frame` is the time the
     * browser gave that frame, which every callback of one frame shares.
     */
    afterwordChecks?: {
      source: "now" | "settled";
      at: number;
      frame: number;
      took: number;
      length: number;
      grammar: IncrementalLint | null;
    }[];
  }
}

/** A check made once typing paused, for the draft, text and context it was made on. */
interface Settled {
  draft: number;
  text: string;
  context: CheckContext;
  findings: Finding[];
}

const SIZES_TO_CONTENT = CSS.supports("field-sizing", "content");

/** Keys that put the cursor somewhere without typing: the finding there is shown at the note. */
const MOVES_CURSOR = /^(?:Arrow(?:Left|Right|Up|Down)|Home|End|PageUp|PageDown)$/;

/** What the page's proofreader does after typing pauses this long (harper, suggestions). */
const SETTLE_AFTER_MS = 150;
/** The pause in typing after which an edit is saved. */
const AUTOSAVE_AFTER_MS = 1000;

/** The draft editor: the note, its findings underlined as you type, and every way to send it. */
export function DraftEditor({ id, onTitle }: { id: number; onTitle: (title: string) => void }) {
  const [view, setView] = useState<DraftView | null>(null);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [saved, setSaved] = useState({ subject: "", body: "" });
  const [lastSettled, setLastSettled] = useState<Settled | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sendAt, setSendAt] = useState("");
  /** Where the cursor was put in the note (a tap, a click, the arrow keys); null while typing. */
  const [cursor, setCursor] = useState<number | null>(null);
  const settles = useRef(0);
  const answered = useRef(0);
  const lastCheck = useRef<NonNullable<Window["afterwordChecks"]>[number] | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const underlay = useRef<HTMLDivElement>(null);
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
        setLastSettled(null);
        onTitle(`${KIND_LABEL[data.draft.kind]} to ${personName(data.draft.recipient.name)}`);
      },
      (error) => setProblem(problemText(error)),
    );
  }, [id, onTitle]);

  const isEmail = view?.draft.channel === "email";
  const text = messageText(isEmail ? subject : null, body);
  const dirty = view !== null && (subject !== saved.subject || body !== saved.body);

  // Edits are kept without a click: a pause in typing saves them, leaving the draft for another
  // page saves them, and closing or reloading the tab before that asks first.
  const unsaved = useRef<{ subject: string | null; body: string } | null>(null);
  useEffect(() => {
    if (!dirty) {
      unsaved.current = null;
      return;
    }
    const edit = { subject: isEmail ? subject : null, body };
    unsaved.current = edit;
    const timer = setTimeout(() => {
      api("PUT", `/api/drafts/${id}`, edit).then(
        () => {
          if (unsaved.current === edit) unsaved.current = null;
          setSaved({ subject, body });
        },
        (error) => setProblem(problemText(error)),
      );
    }, AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [id, dirty, isEmail, subject, body]);
  useEffect(
    () => () => {
      // The page that would show a failure is gone; the next visit shows the draft as stored.
      if (unsaved.current) void api("PUT", `/api/drafts/${id}`, unsaved.current).catch(() => {});
    },
    [id],
  );
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener("beforeunload", ask);
    return () => removeEventListener("beforeunload", ask);
  }, [dirty]);
  const proofreader = useMemo(
    () => (view ? pageProofreader(view.english ?? "en-US") : null),
    [view],
  );
  const [spellingReady, setSpellingReady] = useState(false);
  const [harperReady, setHarperReady] = useState(false);
  useEffect(() => {
    void proofreader?.instantReady.then(setSpellingReady);
    void proofreader?.fullReady.then(setHarperReady);
  }, [proofreader]);

  // The server's clock (which --now may set), moved on by the time since the draft loaded, a
  // minute at a time: the same context object from one keystroke to the next keeps what the
  // rules derive from it (name patterns, the vocabulary) worked out once.
  const timed = useRef<{ minute: number; base: CheckContext; context: CheckContext } | null>(null);
  const contextNow = (base: CheckContext): CheckContext => {
    const minute = Math.floor((performance.now() - loadedAt.current) / 60_000);
    if (timed.current?.base !== base || timed.current.minute !== minute) {
      const now = new Date(Date.parse(base.now) + minute * 60_000).toISOString();
      timed.current = { minute, base, context: { ...base, now } };
    }
    return timed.current.context;
  };

  // Each keystroke: our rules and the dictionary at once, in this render, so the underlines come
  // with the text itself; what the last settled check found elsewhere stays, moved with the text.
  const checkContext = view?.checkContext ?? null;
  const findings = useMemo(() => {
    if (!checkContext || !proofreader) return [];
    // A check of another draft, answering after this one opened, says nothing about it.
    const settled = lastSettled?.draft === id ? lastSettled : null;
    if (settled?.text === text && settled.context === checkContext) return settled.findings;
    const started = performance.now();
    const now = proofreader.now(text, contextNow(checkContext));
    const took = performance.now() - started;
    lastCheck.current = {
      source: "now",
      at: 0,
      frame: 0,
      took,
      length: text.length,
      grammar: null,
    };
    return settled ? mergeFindings(now, carryOver(settled.findings, settled.text, text)) : now;
    // spellingReady: the dictionary's verdicts join once it has loaded.
  }, [id, text, checkContext, proofreader, lastSettled, spellingReady]);

  useLayoutEffect(() => {
    const check = lastCheck.current;
    if (!check) return;
    lastCheck.current = null;
    requestAnimationFrame((frame) =>
      (window.afterwordChecks ??= []).push({ ...check, at: performance.now(), frame }),
    );
  }, [findings]);

  // Once typing pauses: harper's grammar (in its worker) and the dictionary's suggestions.
  useEffect(() => {
    if (!checkContext || !proofreader) return;
    const timer = setTimeout(() => {
      const order = ++settles.current;
      const started = performance.now();
      void proofreader.settle(text, contextNow(checkContext)).then(({ findings, grammar }) => {
        // A later check may have answered first; an earlier one still helps until it does.
        if (order < answered.current) return;
        answered.current = order;
        lastCheck.current = {
          source: "settled",
          at: 0,
          frame: 0,
          took: performance.now() - started,
          length: text.length,
          grammar,
        };
        setLastSettled({ draft: id, text, context: checkContext, findings });
      });
    }, SETTLE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [id, text, checkContext, proofreader, spellingReady, harperReady]);

  // The text area grows with the note, so the underlines behind it never scroll apart from it. A
  // browser that sizes it to its content in CSS does it without the two layouts per keystroke.
  useLayoutEffect(() => {
    const area = textarea.current;
    if (!area || SIZES_TO_CONTENT) return;
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight + 2}px`;
  }, [body, view]);

  const bodyStart = text.length - body.length;
  const placed = useMemo(
    () =>
      findings.map((finding): PlacedFinding => {
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
      }),
    [findings, isEmail, bodyStart, subject.length, body.length, text],
  );
  // A keystroke's frame carries the text and its underlines; the list of findings and "From your
  // notes" follow in a render of their own that the next keystroke may interrupt.
  const listed = useDeferredValue(placed);
  const notesOf = useDeferredValue(body);
  // The lists keep the same actions from one keystroke to the next (so they need not redraw),
  // and each action does what it does to the note as it is when clicked.
  const latest = useRef<FindingActions | null>(null);
  const actions = useMemo<FindingActions>(
    () => ({
      onReplace: (finding, replacement) => latest.current?.onReplace(finding, replacement),
      onShow: (finding) => latest.current?.onShow(finding),
      onAddWord: (word) => latest.current?.onAddWord(word),
    }),
    [],
  );

  if (!view) return <Problem text={problem} />;
  const { draft } = view;
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
    // A list a keystroke behind points at text that has moved: its next render is a moment away.
    const part = finding.part === "subject" ? subject : body;
    if (part.slice(finding.start, finding.end) !== finding.text) return;
    if (finding.part === "subject") {
      setSubject(subject.slice(0, finding.start) + replacement + subject.slice(finding.end));
      return;
    }
    const next = body.slice(0, finding.start) + replacement + body.slice(finding.end);
    setBody(next);
    setCursor(null);
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
    setCursor(finding.start);
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
  const atCursor =
    cursor === null
      ? null
      : (bodyFindings.find((finding) => finding.start <= cursor && cursor <= finding.end) ?? null);
  latest.current = {
    onReplace: replace,
    onShow: show,
    onAddWord: (word: string) => void addWord(word),
  };

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
          <FindingBar findings={listed} />
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
              <div className="underlay" aria-hidden="true" ref={underlay}>
                <Underlines body={body} findings={bodyFindings} />
              </div>
              <textarea
                id="body"
                ref={textarea}
                value={body}
                spellCheck={false}
                aria-describedby="length findings-summary"
                onChange={(event) => {
                  setBody(event.target.value);
                  setCursor(null);
                }}
                onClick={(event) => setCursor(event.currentTarget.selectionStart)}
                onKeyUp={(event) => {
                  if (MOVES_CURSOR.test(event.key)) setCursor(event.currentTarget.selectionStart);
                }}
              />
              <FindingAtCursor finding={atCursor} body={body} marks={underlay} {...actions} />
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
          <Provenance
            original={draft.body}
            body={notesOf}
            entries={draft.provenance}
            notes={draft.sourceNotes}
          />
        </div>
        <FindingList findings={listed} harperReady={harperReady} {...actions} />
      </div>
    </>
  );
}

/**
 * "From your notes": each sentence of the note that was written from the debrief, with the notes
 * it came from. It follows the editing: a sentence keeps its notes while its words stand, wherever
 * it moves; one the candidate rewrites, or writes, is theirs and has none.
 */
const Provenance = memo(function Provenance({
  original,
  body,
  entries,
  notes,
}: {
  original: string;
  body: string;
  entries: ProvenanceEntry[];
  notes: Record<string, SourceNote>;
}) {
  const fromNotes = useMemo(() => {
    const seen = new Map<string, number>();
    return relocateProvenance(original, entries, body)
      .filter((entry) => entry.sources.length > 0)
      .map((entry) => {
        const sentence = body.slice(entry.start, entry.end).trim();
        const count = seen.get(sentence) ?? 0;
        seen.set(sentence, count + 1);
        // Keyed by its words, not where it stands: text typed above it leaves its entry as drawn.
        return { ...entry, sentence, key: `${count}-${sentence}` };
      });
  }, [original, entries, body]);
  if (fromNotes.length === 0) return null;
  return (
    <details className="provenance" open>
      <summary>From your notes</summary>
      <ul>
        {fromNotes.map((entry) => (
          <li key={entry.key}>
            <q>{entry.sentence}</q>
            <span className="meta"> from {whereFrom(entry.sources, notes)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
});

/** "what you talked about with Dana Whitfield: “the reporting pipeline”; your profile". */
function whereFrom(sources: readonly string[], notes: Record<string, SourceNote>): string {
  const parts = sources.map((source) => {
    const note = notes[source];
    if (!note) return sourceLabel(source);
    const about = note.person ? ` (${note.person})` : "";
    return `${sourceLabel(source)}${about}: “${note.text}”`;
  });
  return [...new Set(parts)].join("; ");
}
