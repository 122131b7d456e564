import { useCallback, useEffect, useState } from "react";
import { api, problemText } from "../api.js";
import { Problem } from "../components/Problem.js";
import { moment } from "../words.js";

interface OutboxItem {
  id: number;
  subject: string;
  to: { name: string | null; email: string }[];
  state: string;
  dueAt: string;
  sentAt: string | null;
  problem: string | null;
}

interface Received {
  id: number;
  subject: string | null;
  date: string | null;
  kind: string;
  from: { name: string | null; address: string } | null;
}

const STATE_WORDS: Record<string, string> = {
  queued: "Waiting to be sent",
  sending: "Being sent",
  sent: "Sent",
  failed: "Could not be sent",
  cancelled: "Cancelled",
};

/** What is waiting to go out or has gone, and the replies that came back. */
export function Outbox() {
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  const [received, setReceived] = useState<Received[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => {
    Promise.all([
      api<OutboxItem[]>("GET", "/api/outbox"),
      api<Received[]>("GET", "/api/inbox"),
    ]).then(
      ([outbox, inbox]) => {
        setItems(outbox);
        setReceived(inbox);
      },
      (error) => setProblem(problemText(error)),
    );
  }, []);
  useEffect(load, [load]);

  async function cancel(id: number) {
    try {
      await api("POST", `/api/outbox/${id}/cancel`, {});
      load();
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  return (
    <>
      <Problem text={problem} />
      <section aria-labelledby="outbox">
        <h2 id="outbox">Outbox</h2>
        {items?.length === 0 && (
          <p>
            Nothing sent from Afterword yet. Notes you send yourself are marked as sent from their
            draft.
          </p>
        )}
        <ul className="entries">
          {items?.map((item) => (
            <li key={item.id} className="entry">
              <h3>{item.subject}</h3>
              <p>
                To {item.to.map((person) => person.name ?? person.email).join(", ")} ·{" "}
                <strong>{STATE_WORDS[item.state] ?? item.state}</strong>{" "}
                <span className="meta">{moment(item.sentAt ?? item.dueAt, null)}</span>
              </p>
              {item.problem && <p className="callout">{item.problem}</p>}
              {(item.state === "queued" || item.state === "failed") && (
                <button type="button" className="secondary" onClick={() => void cancel(item.id)}>
                  Cancel it
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="replies">
        <h2 id="replies">Replies</h2>
        {received.length === 0 ? (
          <p>
            No replies yet. Replies arrive here once your mail account is set up in Settings and
            Afterword&apos;s mail worker (<code>afterword worker</code>) reads your mailbox.
          </p>
        ) : (
          <ul>
            {received.map((message) => (
              <li key={message.id}>
                {message.from?.name ?? message.from?.address ?? "Someone"}: “
                {message.subject ?? "(no subject)"}”{" "}
                <span className="meta">{moment(message.date, null)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
