import { useCallback, useEffect, useState } from "react";
import type { DecisionKind } from "../../../core/reply/decision-kind.js";
import { DECISION_KINDS } from "../../../core/reply/decision-kind.js";
import { api, problemText } from "../api.js";
import { Notice, Problem } from "../components/Problem.js";
import { Link } from "../router.js";
import { moment } from "../words.js";

interface Reply {
  id: number;
  from: { address: string; name: string } | null;
  subject: string;
  date: string | null;
  interviewId: number | null;
  suggestion: DecisionKind;
  suggestionReason: string;
  hasInvite: boolean;
  decision: "accepted" | "dismissed" | null;
  decidedAs: DecisionKind | null;
}

interface Decided {
  reply: Reply;
  done: string[];
  drafts: number[];
}

/** What each kind is, and what accepting it does, in a job seeker's words. */
const KIND: Record<DecisionKind, { label: string; accepting: string }> = {
  invitation: {
    label: "Invitation to another round",
    accepting: "its calendar invitation becomes your next interview",
  },
  rejection: {
    label: "Rejection",
    accepting: "the application is closed as rejected; a gracious reply is planned",
  },
  offer: { label: "Offer", accepting: "the application is recorded as an offer" },
  request: {
    label: "Request for information or documents",
    accepting: "an additional-information message is drafted for you",
  },
  reply: { label: "Other reply from a person", accepting: "it is marked as read" },
  "auto-reply": { label: "Auto-reply or out-of-office", accepting: "it is marked as read" },
  bounce: { label: "Bounce: your message was not delivered", accepting: "it is marked as read" },
};

/**
 * Replies matched to an interview, each with the kind Afterword suggests. Nothing changes the
 * plan until the candidate accepts (as suggested or as another kind) or dismisses it.
 */
export function Replies() {
  const [replies, setReplies] = useState<Reply[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Decided | null>(null);
  const load = useCallback(() => {
    api<Reply[]>("GET", "/api/replies").then(setReplies, (error) => setProblem(problemText(error)));
  }, []);
  useEffect(load, [load]);

  async function decide(id: number, step: { accept: DecisionKind | null } | "dismiss") {
    setProblem(null);
    try {
      const decided =
        step === "dismiss"
          ? await api<Decided>("POST", `/api/replies/${id}/dismiss`, {})
          : await api<Decided>(
              "POST",
              `/api/replies/${id}/accept`,
              step.accept ? { as: step.accept } : {},
            );
      setOutcome(decided);
      load();
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  const waiting = replies?.filter((reply) => reply.decision === null) ?? [];
  const decided = replies?.filter((reply) => reply.decision !== null) ?? [];
  return (
    <>
      <Problem text={problem} />
      {outcome && (
        <Notice
          text={[
            outcome.reply.decision === "dismissed"
              ? `Dismissed “${outcome.reply.subject}”.`
              : `Accepted “${outcome.reply.subject}” as ${KIND[outcome.reply.decidedAs!].label.toLowerCase()}.`,
            ...outcome.done,
          ].join(" ")}
        />
      )}
      {outcome?.drafts.map((id) => (
        <p key={id}>
          <Link to={`/drafts/${id}`}>Open the drafted message</Link>
        </p>
      ))}
      <section aria-labelledby="waiting">
        <h2 id="waiting">Waiting for your decision</h2>
        {replies && waiting.length === 0 && (
          <p>
            Nothing waits for you. Replies arrive here once your mail account is set up in Settings
            and Afterword&apos;s mail worker (<code>afterword worker</code>) reads your mailbox.
          </p>
        )}
        <ul className="entries">
          {waiting.map((reply) => (
            <WaitingReply key={reply.id} reply={reply} decide={decide} />
          ))}
        </ul>
      </section>
      {decided.length > 0 && (
        <section aria-labelledby="decided">
          <h2 id="decided">Decided</h2>
          <ul>
            {decided.map((reply) => (
              <li key={reply.id}>
                {sender(reply)}: “{reply.subject}” ·{" "}
                {reply.decision === "dismissed"
                  ? "dismissed"
                  : `taken as ${KIND[reply.decidedAs!].label.toLowerCase()}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function sender(reply: Reply): string {
  return reply.from?.name || reply.from?.address || "Someone";
}

function WaitingReply({
  reply,
  decide,
}: {
  reply: Reply;
  decide: (id: number, step: { accept: DecisionKind | null } | "dismiss") => Promise<void>;
}) {
  const others = DECISION_KINDS.filter((kind) => kind !== reply.suggestion);
  const [other, setOther] = useState<DecisionKind>(others[0]!);
  const [busy, setBusy] = useState(false);
  const act = (step: Parameters<typeof decide>[1]) => {
    setBusy(true);
    void decide(reply.id, step).finally(() => setBusy(false));
  };
  const chooser = `other-kind-${reply.id}`;
  return (
    <li className="entry" aria-labelledby={`reply-${reply.id}`}>
      <h3 id={`reply-${reply.id}`}>“{reply.subject}”</h3>
      <p>
        From {sender(reply)}
        {reply.from?.name ? ` <${reply.from.address}>` : ""}{" "}
        <span className="meta">{moment(reply.date, null)}</span>
        {reply.interviewId !== null && (
          <>
            {" · "}
            <Link to={`/interviews/${reply.interviewId}`}>its interview</Link>
          </>
        )}
      </p>
      <p>
        Suggested: <strong>{KIND[reply.suggestion].label}</strong>{" "}
        <span className="meta">({reply.suggestionReason})</span>. Accepting it:{" "}
        {KIND[reply.suggestion].accepting}.
      </p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => act({ accept: null })}>
          Accept as {KIND[reply.suggestion].label.toLowerCase()}
        </button>
        <label htmlFor={chooser}>or take it as</label>
        <select
          id={chooser}
          value={other}
          onChange={(event) => setOther(event.target.value as DecisionKind)}
        >
          {others.map((kind) => (
            <option key={kind} value={kind}>
              {KIND[kind].label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => act({ accept: other })}
        >
          Accept as chosen
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => act("dismiss")}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
