import { useCallback, useEffect, useState } from "react";
import type { Interview as InterviewRecord } from "../../../core/interview.js";
import type { HistoryEvent } from "../../../core/plan/history.js";
import type { MessageEntry } from "../../server/present/message-entries.js";
import { api, problemText } from "../api.js";
import { Notice, Problem } from "../components/Problem.js";
import { PlanEntryItem } from "../components/PlanEntryItem.js";
import { Link, navigate } from "../router.js";
import { personName } from "../../../core/compose/grammar/person-name.js";
import { CHANNEL_LABEL, KIND_LABEL, moment } from "../words.js";

interface Shown {
  interview: InterviewRecord;
  timeZone: string;
  entries: MessageEntry[];
  history: HistoryEvent[];
  drafts: { id: number; planItemId: string }[];
  outbox: {
    id: number;
    subject: string;
    state: string;
    dueAt: string;
    sentAt: string | null;
    to: { name: string | null; email: string }[];
  }[];
  received: {
    id: number;
    subject: string | null;
    date: string | null;
    kind: string;
    from: { name: string | null; address: string } | null;
  }[];
}

const OUTCOMES = [
  { type: "reply", label: "They replied" },
  { type: "rejected", label: "They said no" },
  { type: "offer", label: "They made an offer" },
  { type: "withdrawn", label: "I withdrew" },
] as const;

/** One interview: the record, the plan as a timeline, what was sent and received, and its outcome. */
export function Interview({ id, onTitle }: { id: number; onTitle: (title: string) => void }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => {
    api<Shown>("GET", `/api/interviews/${id}`).then(
      (data) => {
        setShown(data);
        const { company, position, invite } = data.interview;
        onTitle(company ? `${company}: ${position}` : (invite?.summary ?? "Interview"));
      },
      (error) => setProblem(problemText(error)),
    );
  }, [id, onTitle]);
  useEffect(load, [load]);
  if (!shown) return <Problem text={problem} />;
  const { interview, timeZone } = shown;

  async function record(type: (typeof OUTCOMES)[number]["type"]) {
    setProblem(null);
    try {
      const event = type === "reply" ? { type } : { type: "outcome", outcome: type };
      await api("POST", `/api/interviews/${id}/events`, event);
      setNotice(
        type === "reply" ? "Noted: follow-ups to them stop." : "Noted. The plan is updated below.",
      );
      load();
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  async function forget() {
    if (!confirm(`Forget the interview at ${interview.company}, with its notes and drafts?`))
      return;
    try {
      await api("DELETE", `/api/interviews/${id}`);
      navigate("/");
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  return (
    <>
      <Problem text={problem} />
      <Notice text={notice} />
      {interview.needsDetails && (
        <p className="callout">
          The invite does not say everything a note needs (the company, the role or who you met).{" "}
          <Link to={`/debrief/${id}`}>Complete your notes</Link> before writing.
        </p>
      )}
      <section aria-labelledby="record">
        <h2 id="record">The interview</h2>
        <p>
          {moment(interview.start, timeZone)} · {interview.interviewers.length} interviewer
          {interview.interviewers.length === 1 ? "" : "s"}
          {interview.status === "cancelled" && " · cancelled"}
        </p>
        <ul className="people">
          {interview.interviewers.map((person) => (
            <li key={person.name}>
              <strong>{personName(person.name)}</strong>
              {person.title && `, ${person.title}`}
              {person.email && <span className="meta"> · {person.email}</span>}
              {person.discussed.length > 0 && (
                <ul>
                  {person.discussed.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {interview.invite?.description && (
          <details>
            <summary>The invite’s description</summary>
            <p className="plain">{interview.invite.description}</p>
          </details>
        )}
        <p>
          <Link to={`/debrief/${id}`} className="button secondary">
            Add to your notes
          </Link>
        </p>
      </section>

      <section aria-labelledby="plan">
        <h2 id="plan">The plan</h2>
        <ol className="timeline">
          {shown.entries.map((entry) => (
            <PlanEntryItem
              key={entry.key}
              entry={entry}
              timeZone={timeZone}
              onProblem={setProblem}
            />
          ))}
        </ol>
      </section>

      <section aria-labelledby="what-happened">
        <h2 id="what-happened">What happened</h2>
        <div className="choices" role="group" aria-label="Tell Afterword what happened">
          {OUTCOMES.map((outcome) => (
            <button
              key={outcome.type}
              type="button"
              className="secondary"
              onClick={() => void record(outcome.type)}
            >
              {outcome.label}
            </button>
          ))}
        </div>
        {shown.history.length === 0 ? (
          <p>Nothing recorded yet.</p>
        ) : (
          <ul>
            {shown.history.map((event, index) => (
              <li key={index}>{describeEvent(event, timeZone)}</li>
            ))}
          </ul>
        )}
        <h3>Sent from the outbox</h3>
        {shown.outbox.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ul>
            {shown.outbox.map((item) => (
              <li key={item.id}>
                “{item.subject}” to {item.to.map((p) => p.name ?? p.email).join(", ")}: {item.state}
              </li>
            ))}
          </ul>
        )}
        <h3>Replies received</h3>
        {shown.received.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul>
            {shown.received.map((message) => (
              <li key={message.id}>
                {message.from?.name ?? message.from?.address ?? "Someone"}: “
                {message.subject ?? "(no subject)"}”{" "}
                <span className="meta">{moment(message.date, timeZone)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <button type="button" className="link danger" onClick={() => void forget()}>
          Forget this interview
        </button>
      </p>
    </>
  );
}

function describeEvent(event: HistoryEvent, zone: string): string {
  const at = moment(event.at, zone);
  switch (event.type) {
    case "sent":
      return `${at}: ${KIND_LABEL[event.kind]} sent to ${event.to ?? "them"} (${CHANNEL_LABEL[event.channel]})`;
    case "reply":
      return `${at}: they replied${event.from ? ` (${event.from})` : ""}`;
    case "outcome":
      return `${at}: ${event.outcome}`;
    default:
      return `${at}: ${event.type}`;
  }
}
