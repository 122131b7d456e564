import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { AgendaEntry } from "../../server/present/agenda-entries.js";
import type { AgendaGroup } from "../../../core/plan/agenda.js";
import { api, problemText } from "../api.js";
import { FileDrop } from "../components/FileDrop.js";
import { Problem } from "../components/Problem.js";
import { ZonePicker } from "../components/ZonePicker.js";
import { PlanEntryItem } from "../components/PlanEntryItem.js";
import { Link, navigate } from "../router.js";

interface Agenda {
  now: string;
  timeZone: string;
  hasProfile: boolean;
  interviews: number;
  entries: AgendaEntry[];
  needsDetails: { interviewId: number; title: string; missing: string[] }[];
}

const GROUPS: { group: AgendaGroup; title: string }[] = [
  { group: "now", title: "Send now" },
  { group: "today", title: "Later today" },
  { group: "this-week", title: "This week" },
  { group: "later", title: "Coming up" },
  { group: "missed", title: "Missed" },
];

export function Today() {
  const [agenda, setAgenda] = useState<Agenda | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => {
    api<Agenda>("GET", "/api/agenda").then(setAgenda, (error) => setProblem(problemText(error)));
  }, []);
  useEffect(load, [load]);

  if (!agenda) return <Problem text={problem} />;
  if (!agenda.hasProfile) return <AboutYou onSaved={load} />;
  return (
    <>
      <Problem text={problem} />
      {agenda.interviews === 0 ? (
        <FirstSteps onProblem={setProblem} />
      ) : (
        <>
          {agenda.needsDetails.map((item) => (
            <p key={item.interviewId} className="callout">
              The invite “{item.title}” does not say its {item.missing.join(", ")}.{" "}
              <Link to={`/debrief/${item.interviewId}`}>Complete it</Link>
            </p>
          ))}
          {agenda.entries.length === 0 && (
            <p className="callout">
              Nothing to send in the next two weeks. After your next interview, write down how it
              went and Afterword plans the notes.
            </p>
          )}
          {GROUPS.map(({ group, title }) => {
            const entries = agenda.entries.filter((entry) => entry.group === group);
            if (entries.length === 0) return null;
            return (
              <section key={group} aria-labelledby={`group-${group}`}>
                <h2 id={`group-${group}`}>{title}</h2>
                <ul className="entries">
                  {entries.map((entry) => (
                    <PlanEntryItem
                      key={entry.key}
                      entry={entry}
                      timeZone={agenda.timeZone}
                      onProblem={setProblem}
                      interview={entry}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          <section aria-labelledby="add-more">
            <h2 id="add-more">Another interview</h2>
            <p>
              <Link to="/debrief" className="button">
                Write down how an interview went
              </Link>
            </p>
            <FileDrop />
          </section>
        </>
      )}
    </>
  );
}

/** What a new user sees first: what Afterword does, and three ways to start. */
function FirstSteps({ onProblem }: { onProblem: (text: string) => void }) {
  const [busy, setBusy] = useState(false);
  async function trySample() {
    setBusy(true);
    try {
      const saved = await api<{ interview: { id: number } }>("POST", "/api/sample", {});
      navigate(`/interviews/${saved.interview.id}`);
    } catch (error) {
      onProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="start" className="first-steps">
      <h2 id="start">Start here</h2>
      <p>
        After each interview, Afterword tells you who to thank and when, writes a first draft from
        your own notes, and checks it before you send it. Nothing leaves this computer unless you
        send it.
      </p>
      <ol className="steps">
        <li>
          <h3>Just had an interview?</h3>
          <p>
            Write down who you met and what you talked about while it is fresh. It takes ten
            minutes.
          </p>
          <Link to="/debrief" className="button">
            Write down how it went
          </Link>
        </li>
        <li>
          <h3>Have the calendar invite?</h3>
          <FileDrop />
        </li>
        <li>
          <h3>Just looking?</h3>
          <p>
            Try everything on a made-up interview with two interviewers. You can forget it
            afterwards.
          </p>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void trySample()}
          >
            Try a sample interview
          </button>
        </li>
      </ol>
    </section>
  );
}

/** Notes are signed with your name: asked once, before anything else. */
function AboutYou({ onSaved }: { onSaved: () => void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [problem, setProblem] = useState<string | null>(null);
  const [field, setField] = useState<string | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await api("PUT", "/api/profile", { name, email, timeZone });
      onSaved();
    } catch (error) {
      setProblem(problemText(error));
      setField((error as { field?: string }).field ?? null);
    }
  }
  return (
    <section aria-labelledby="about-you" className="first-steps">
      <h2 id="about-you">First, who are you?</h2>
      <p>
        Afterword signs your notes with your name and writes from your address. This stays on your
        computer.
      </p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <Problem text={problem} />
        <div className="field">
          <label htmlFor="you-name">Your name</label>
          <input
            id="you-name"
            autoComplete="name"
            value={name}
            aria-invalid={field === "name" || undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="you-email">Your e-mail address</label>
          <input
            id="you-email"
            type="email"
            autoComplete="email"
            value={email}
            aria-invalid={field === "email" || undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <ZonePicker
          label="Where you live (time zone)"
          value={timeZone}
          onChange={setTimeZone}
          invalid={field === "timeZone"}
        />
        <button type="submit">Continue</button>
      </form>
    </section>
  );
}
