import { useEffect, useState, type FormEvent } from "react";
import type { Interview } from "../../../core/interview.js";
import type { PlannedMessage } from "../../../core/plan/planned-message.js";
import { api, ApiError, problemText } from "../api.js";
import { Problem } from "../components/Problem.js";
import { ZonePicker } from "../components/ZonePicker.js";
import { openDraft } from "../open-draft.js";
import { Link } from "../router.js";
import { CHANNEL_LABEL, KIND_LABEL, moment, STATE_LABEL } from "../words.js";
import {
  emptyForm,
  fieldLabel,
  fromInterview,
  newPerson,
  toRecord,
  type DebriefForm,
  type Person,
} from "../debrief-form.js";

interface Saved {
  interview: Interview;
  plan: PlannedMessage[];
  warnings: string[];
}

/** The debrief: what happened in the interview, in the candidate's words, for each interviewer. */
export function Debrief({ id }: { id: number | null }) {
  const [form, setForm] = useState<DebriefForm | null>(id === null ? emptyForm() : null);
  const [problem, setProblem] = useState<string | null>(null);
  const [badField, setBadField] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [fromInvite, setFromInvite] = useState<string | null>(null);

  useEffect(() => {
    if (id === null) {
      setForm(emptyForm());
      return;
    }
    api<{ interview: Interview }>("GET", `/api/interviews/${id}`).then(
      ({ interview }) => {
        setForm(fromInterview(interview));
        setFromInvite(interview.invite?.summary ?? null);
      },
      (error) => setProblem(problemText(error)),
    );
  }, [id]);

  if (!form) return <Problem text={problem} />;
  if (saved) return <SavedPlan saved={saved} />;

  const set = (patch: Partial<DebriefForm>) => setForm({ ...form, ...patch });
  const setPerson = (index: number, patch: Partial<Person>) =>
    set({ interviewers: form.interviewers.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const invalid = (path: string) => (badField === path ? true : undefined);

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setBadField(null);
    try {
      const record = toRecord(form!);
      const result =
        id === null
          ? await api<Saved>("POST", "/api/interviews", record)
          : await api<Saved>("PUT", `/api/interviews/${id}`, record);
      setSaved(result);
    } catch (error) {
      if (error instanceof ApiError && error.field !== null) {
        const first = error.fields[0];
        setBadField(error.field);
        setProblem(
          first
            ? `Please check “${fieldLabel(error.field, form!)}”: it should be ${first.expected}, and it is ${first.found}.`
            : error.message,
        );
        document.getElementById(fieldId(error.field))?.focus();
      } else {
        setProblem(problemText(error));
      }
    }
  }

  return (
    <form className="debrief" onSubmit={(event) => void save(event)} noValidate>
      {fromInvite !== null && (
        <p className="callout">
          Imported from the invite “{fromInvite}”. Add what you know now: who you met and what you
          talked about.
        </p>
      )}
      <p className="lead">
        Write it in your own words, as you would tell a friend. Short phrases are fine. Only the
        company, the role, the time and one interviewer’s name are needed.
      </p>
      <Problem text={problem} />
      <fieldset>
        <legend>The interview</legend>
        <div className="row">
          <TextField
            id={fieldId("company")}
            label="Company"
            value={form.company}
            invalid={invalid("company")}
            onChange={(company) => set({ company })}
          />
          <TextField
            id={fieldId("position")}
            label="Role you applied for"
            value={form.position}
            invalid={invalid("position")}
            onChange={(position) => set({ position })}
          />
        </div>
        <div className="row">
          <TextField
            id={fieldId("start")}
            type="date"
            label="Day"
            value={form.date}
            invalid={invalid("start")}
            onChange={(date) => set({ date })}
          />
          <TextField
            id="f-start-time"
            type="time"
            label="Started at"
            value={form.startTime}
            onChange={(startTime) => set({ startTime })}
          />
          <TextField
            id={fieldId("end")}
            type="time"
            label="Ended at"
            value={form.endTime}
            invalid={invalid("end")}
            onChange={(endTime) => set({ endTime })}
          />
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="f-stage">Which round</label>
            <select
              id="f-stage"
              value={form.stage}
              onChange={(event) => set({ stage: event.target.value })}
            >
              <option value="screen">First call with a recruiter</option>
              <option value="phone">Phone interview</option>
              <option value="technical">Technical interview</option>
              <option value="onsite">Interview at their office or a full round</option>
              <option value="final">Final interview</option>
              <option value="other">Other</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-format">How you met</label>
            <select
              id="f-format"
              value={form.format}
              onChange={(event) => set({ format: event.target.value })}
            >
              <option value="">Not said</option>
              <option value="video">Video call</option>
              <option value="phone">Phone</option>
              <option value="onsite">In person</option>
            </select>
          </div>
        </div>
        <ZonePicker
          label="Time zone of the times above"
          value={form.timeZone}
          invalid={invalid("timeZone")}
          onChange={(timeZone) => set({ timeZone })}
        />
      </fieldset>

      {form.interviewers.map((person, index) => (
        <fieldset key={person.key} className="person">
          <legend>{person.name.trim() ? person.name : `Interviewer ${index + 1}`}</legend>
          <div className="row">
            <TextField
              id={fieldId(`interviewers[${index}].name`)}
              label="Name"
              value={person.name}
              invalid={invalid(`interviewers[${index}].name`)}
              onChange={(name) => setPerson(index, { name })}
            />
            <TextField
              id={fieldId(`interviewers[${index}].title`)}
              label="Their job title (if you know it)"
              value={person.title}
              onChange={(title) => setPerson(index, { title })}
            />
          </div>
          <TextField
            id={fieldId(`interviewers[${index}].email`)}
            type="email"
            label="Their e-mail address (for the thank-you e-mail)"
            value={person.email}
            invalid={invalid(`interviewers[${index}].email`)}
            onChange={(email) => setPerson(index, { email })}
          />
          <LinesField
            id={fieldId(`interviewers[${index}].discussed`)}
            label="What you talked about with them"
            hint="One point per line, e.g. how her team plans releases"
            value={person.discussed}
            onChange={(discussed) => setPerson(index, { discussed })}
          />
          <h3 className="subhead">What they raised</h3>
          {person.raised.map((item, r) => (
            <div key={item.key} className="raised">
              <div className="field">
                <label htmlFor={`f-raised-${person.key}-${item.key}-type`}>Was it</label>
                <select
                  id={`f-raised-${person.key}-${item.key}-type`}
                  value={item.type}
                  onChange={(event) =>
                    setPerson(index, {
                      raised: person.raised.map((x, j) =>
                        j === r ? { ...x, type: event.target.value as "concern" | "question" } : x,
                      ),
                    })
                  }
                >
                  <option value="concern">A concern about you</option>
                  <option value="question">A question you could not fully answer</option>
                </select>
              </div>
              <TextField
                id={`f-raised-${person.key}-${item.key}-text`}
                label={item.type === "concern" ? "Their concern" : "Their question"}
                value={item.text}
                onChange={(text) =>
                  setPerson(index, {
                    raised: person.raised.map((x, j) => (j === r ? { ...x, text } : x)),
                  })
                }
              />
              <LinesField
                id={`f-raised-${person.key}-${item.key}-answer`}
                label="Your answer, as you would write it to them"
                value={item.answer}
                rows={2}
                onChange={(answer) =>
                  setPerson(index, {
                    raised: person.raised.map((x, j) => (j === r ? { ...x, answer } : x)),
                  })
                }
              />
              <button
                type="button"
                className="link"
                onClick={() =>
                  setPerson(index, { raised: person.raised.filter((_, j) => j !== r) })
                }
              >
                Remove this point
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setPerson(index, {
                raised: [
                  ...person.raised,
                  { key: nextKey(), type: "concern", text: "", answer: "" },
                ],
              })
            }
          >
            Add a concern or question they raised
          </button>
          <h3 className="subhead">What you promised them</h3>
          {person.promised.map((item, p) => (
            <div key={item.key} className="raised">
              <TextField
                id={`f-promised-${person.key}-${item.key}-what`}
                label="What you said you would send"
                value={item.what}
                onChange={(what) =>
                  setPerson(index, {
                    promised: person.promised.map((x, j) => (j === p ? { ...x, what } : x)),
                  })
                }
              />
              <TextField
                id={`f-promised-${person.key}-${item.key}-url`}
                type="url"
                label="Link to it (if it is online)"
                value={item.url}
                onChange={(url) =>
                  setPerson(index, {
                    promised: person.promised.map((x, j) => (j === p ? { ...x, url } : x)),
                  })
                }
              />
              <button
                type="button"
                className="link"
                onClick={() =>
                  setPerson(index, { promised: person.promised.filter((_, j) => j !== p) })
                }
              >
                Remove this promise
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setPerson(index, {
                promised: [...person.promised, { key: nextKey(), what: "", url: "" }],
              })
            }
          >
            Add something you promised
          </button>
          {form.interviewers.length > 1 && (
            <p>
              <button
                type="button"
                className="link danger"
                onClick={() =>
                  set({ interviewers: form.interviewers.filter((_, i) => i !== index) })
                }
              >
                Remove {person.name.trim() || `interviewer ${index + 1}`}
              </button>
            </p>
          )}
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => set({ interviewers: [...form.interviewers, newPerson()] })}
        >
          Add another interviewer
        </button>
      </p>

      <fieldset>
        <legend>The company and what comes next</legend>
        <LinesField
          id={fieldId("impressed")}
          label="What impressed you about them"
          hint="One point per line"
          value={form.impressed}
          onChange={(impressed) => set({ impressed })}
        />
        <LinesField
          id={fieldId("fit")}
          label="Your experience that fits what they need"
          hint="One point per line"
          value={form.fit}
          onChange={(fit) => set({ fit })}
        />
        <LinesField
          id={fieldId("nextSteps")}
          label="Next steps, as they said them"
          value={form.nextSteps}
          rows={2}
          onChange={(nextSteps) => set({ nextSteps })}
        />
        <TextField
          id={fieldId("decisionBy")}
          type="date"
          label="They will decide by (if they said)"
          value={form.decisionBy}
          invalid={invalid("decisionBy")}
          onChange={(decisionBy) => set({ decisionBy })}
        />
      </fieldset>
      <div className="actions">
        <button type="submit">Save and see what to send</button>
      </div>
    </form>
  );
}

let keys = 1000;
function nextKey(): number {
  return keys++;
}

/** The id of the input a record field's errors point at. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, "-").replace(/-$/, "")}`;
}

function TextField({
  id,
  label,
  value,
  onChange,
  type = "text",
  invalid,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  invalid?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        aria-invalid={invalid}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function LinesField({
  id,
  label,
  value,
  onChange,
  hint,
  rows = 3,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  rows?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** After saving: the plan the notes make, each message one click from its draft. */
function SavedPlan({ saved }: { saved: Saved }) {
  const [problem, setProblem] = useState<string | null>(null);
  const open = saved.plan.filter((item) => item.state !== "done" && item.state !== "cancelled");
  return (
    <section aria-labelledby="plan-made">
      <h2 id="plan-made" tabIndex={-1} ref={(heading) => heading?.focus()}>
        Saved. Here is what to send
      </h2>
      {saved.warnings.map((warning) => (
        <p key={warning} className="callout">
          {warning}
        </p>
      ))}
      <Problem text={problem} />
      <ol className="timeline">
        {open.map((item) => (
          <li key={item.id} className={`state-${item.state}`}>
            <strong>
              {KIND_LABEL[item.kind]} to {item.recipient.name}
            </strong>{" "}
            <span className="meta">({CHANNEL_LABEL[item.channel]})</span>{" "}
            <span className={`badge badge-${item.state}`}>{STATE_LABEL[item.state]}</span>
            <p>{item.reason}</p>
            <p className="meta">Best sent {moment(item.dueAt, saved.interview.timeZone)}</p>
            <button
              type="button"
              onClick={() =>
                void openDraft({
                  interviewId: item.interviewId,
                  kind: item.kind,
                  channel: item.channel,
                  to: item.recipient.email ?? item.recipient.name,
                  sequence: item.sequence,
                }).catch((error) => setProblem(problemText(error)))
              }
            >
              Write the {CHANNEL_LABEL[item.channel].toLowerCase()}
              <span className="visually-hidden">
                {" "}
                ({KIND_LABEL[item.kind].toLowerCase()} to {item.recipient.name})
              </span>
            </button>
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/interviews/${saved.interview.id}`}>See the whole interview</Link> ·{" "}
        <Link to="/">Back to today</Link>
      </p>
    </section>
  );
}
