import { useEffect, useState, type FormEvent } from "react";
import type { Interview } from "../../../core/interview.js";
import type { MessageEntry } from "../../server/present/message-entries.js";
import { api, ApiError, problemText } from "../api.js";
import { EntryList } from "../components/EntryList.js";
import { LinesField, TextField } from "../components/Field.js";
import { PlanEntryItem } from "../components/PlanEntryItem.js";
import { Problem } from "../components/Problem.js";
import { ZonePicker } from "../components/ZonePicker.js";
import { Link } from "../router.js";
import {
  emptyForm,
  fieldLabel,
  fromInterview,
  newKey,
  newPerson,
  toRecord,
  type DebriefForm,
  type Owner,
  type Person,
  type PromisedItem,
  type RaisedPoint,
} from "../debrief-form.js";

interface Saved {
  interview: Interview;
  entries: MessageEntry[];
  warnings: string[];
}

/** The debrief: what happened in the interview, in the candidate's words, for each interviewer. */
export function Debrief({ id }: { id: number | null }) {
  const [form, setForm] = useState<DebriefForm | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [badFields, setBadFields] = useState<string[]>([]);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [fromInvite, setFromInvite] = useState<string | null>(null);

  useEffect(() => {
    if (id === null) {
      // The times of a new interview are read in the candidate's own time zone, wherever the
      // browser thinks it is.
      setForm(null);
      api<{ profile: { timeZone: string } | null }>("GET", "/api/profile").then(
        ({ profile }) => setForm(emptyForm(profile?.timeZone)),
        (error) => setProblem(problemText(error)),
      );
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
  const invalid = (path: string) => (badFields.includes(path) ? true : undefined);

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setBadFields([]);
    try {
      const record = toRecord(form!);
      const result =
        id === null
          ? await api<Saved>("POST", "/api/interviews", record)
          : await api<Saved>("PUT", `/api/interviews/${id}`, record);
      setSaved(result);
    } catch (error) {
      if (error instanceof ApiError && error.field !== null) {
        // Every field to fix at once, not one per try.
        const fields = error.fields.length > 0 ? error.fields : null;
        setBadFields(fields ? fields.map((field) => field.path) : [error.field]);
        setProblem(
          fields
            ? fields
                .map(
                  (field) =>
                    `Please check “${fieldLabel(field.path, form!)}”: it should be ${field.expected}, and it is ${field.found}.`,
                )
                .join("\n")
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
          <Points owner={person.key} form={form} set={set} />
          {form.interviewers.length > 1 && (
            <p>
              <button
                type="button"
                className="link danger"
                onClick={() => set(withoutPerson(form, person.key))}
              >
                Remove {person.name.trim() || `interviewer ${index + 1}`}
              </button>
            </p>
          )}
        </fieldset>
      ))}
      {hasUnowned(form) && (
        <fieldset className="person">
          <legend>{EVERYONE}</legend>
          <Points owner={null} form={form} set={set} />
        </fieldset>
      )}
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

/** The id of the input a record field's errors point at. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, "-").replace(/-$/, "")}`;
}

/** After saving: the plan the notes make, each message one click from its draft. */
function SavedPlan({ saved }: { saved: Saved }) {
  const [problem, setProblem] = useState<string | null>(null);
  const open = saved.entries.filter(
    (entry) => entry.state !== "done" && entry.state !== "cancelled",
  );
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
        {open.map((entry) => (
          <PlanEntryItem
            key={entry.key}
            entry={entry}
            timeZone={saved.interview.timeZone}
            onProblem={setProblem}
          />
        ))}
      </ol>
      <p>
        <Link to={`/interviews/${saved.interview.id}`}>See the whole interview</Link> ·{" "}
        <Link to="/">Back to today</Link>
      </p>
    </section>
  );
}

/** The heading of the points that belong to no one interviewer, and the choice that puts them there. */
const EVERYONE = "Everyone you met";

function hasUnowned(form: DebriefForm): boolean {
  const owned = (by: Owner) => form.interviewers.some((person) => person.key === by);
  return [...form.raised, ...form.promised].some((item) => !owned(item.by));
}

/** The form without one interviewer, and without what they raised and were promised. */
function withoutPerson(form: DebriefForm, key: number): Partial<DebriefForm> {
  return {
    interviewers: form.interviewers.filter((person) => person.key !== key),
    raised: form.raised.filter((point) => point.by !== key),
    promised: form.promised.filter((item) => item.by !== key),
  };
}

function patched<T extends { key: number }>(list: T[], key: number, patch: Partial<T>): T[] {
  return list.map((item) => (item.key === key ? { ...item, ...patch } : item));
}

/**
 * What one interviewer raised and was promised (or, for `owner` null, everyone met): each point
 * names who it belongs to, and choosing another person moves it to them.
 */
function Points({
  owner,
  form,
  set,
}: {
  owner: Owner;
  form: DebriefForm;
  set: (patch: Partial<DebriefForm>) => void;
}) {
  const mine = <T extends { by: Owner }>(list: T[]) =>
    list.filter((item) =>
      owner === null
        ? !form.interviewers.some((person) => person.key === item.by)
        : item.by === owner,
    );
  const raise = (key: number, patch: Partial<RaisedPoint>) =>
    set({ raised: patched(form.raised, key, patch) });
  const promise = (key: number, patch: Partial<PromisedItem>) =>
    set({ promised: patched(form.promised, key, patch) });
  return (
    <>
      <EntryList
        title={owner === null ? "What was raised" : "What they raised"}
        items={mine(form.raised)}
        addLabel="Add a concern or question they raised"
        removeLabel="Remove this point"
        onAdd={() =>
          set({
            raised: [
              ...form.raised,
              { key: newKey(), by: owner, type: "concern", text: "", answer: "" },
            ],
          })
        }
        onRemove={(key) => set({ raised: form.raised.filter((point) => point.key !== key) })}
      >
        {(point) => (
          <>
            <div className="row">
              <div className="field">
                <label htmlFor={`f-raised-${point.key}-type`}>Was it</label>
                <select
                  id={`f-raised-${point.key}-type`}
                  value={point.type}
                  onChange={(event) =>
                    raise(point.key, { type: event.target.value as RaisedPoint["type"] })
                  }
                >
                  <option value="concern">A concern about you</option>
                  <option value="question">A question you could not fully answer</option>
                </select>
              </div>
              <OwnerField
                id={`f-raised-${point.key}-by`}
                label="Who raised it"
                value={point.by}
                people={form.interviewers}
                onChange={(by) => raise(point.key, { by })}
              />
            </div>
            <TextField
              id={`f-raised-${point.key}-text`}
              label={point.type === "concern" ? "Their concern" : "Their question"}
              value={point.text}
              onChange={(text) => raise(point.key, { text })}
            />
            <LinesField
              id={`f-raised-${point.key}-answer`}
              label="Your answer, as you would write it to them"
              value={point.answer}
              rows={2}
              onChange={(answer) => raise(point.key, { answer })}
            />
          </>
        )}
      </EntryList>
      <EntryList
        title={owner === null ? "What you promised" : "What you promised them"}
        items={mine(form.promised)}
        addLabel="Add something you promised"
        removeLabel="Remove this promise"
        onAdd={() =>
          set({ promised: [...form.promised, { key: newKey(), by: owner, what: "", url: "" }] })
        }
        onRemove={(key) => set({ promised: form.promised.filter((item) => item.key !== key) })}
      >
        {(item) => (
          <>
            <TextField
              id={`f-promised-${item.key}-what`}
              label="What you said you would send"
              value={item.what}
              onChange={(what) => promise(item.key, { what })}
            />
            <div className="row">
              <TextField
                id={`f-promised-${item.key}-url`}
                type="url"
                label="Link to it (if it is online)"
                value={item.url}
                onChange={(url) => promise(item.key, { url })}
              />
              <OwnerField
                id={`f-promised-${item.key}-by`}
                label="Who you promised it to"
                value={item.by}
                people={form.interviewers}
                onChange={(by) => promise(item.key, { by })}
              />
            </div>
          </>
        )}
      </EntryList>
    </>
  );
}

/**
 * Whom a point belongs to (the record's `raisedBy`), among the interviewers. Choosing another moves
 * the point into their part of the form; the choice keeps the focus there.
 */
function OwnerField({
  id,
  label,
  value,
  people,
  onChange,
}: {
  id: string;
  label: string;
  value: Owner;
  people: Person[];
  onChange: (owner: Owner) => void;
}) {
  const known = people.some((person) => person.key === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={known ? String(value) : ""}
        onChange={(event) => {
          onChange(event.target.value === "" ? null : Number(event.target.value));
          requestAnimationFrame(() => document.getElementById(id)?.focus());
        }}
      >
        {people.map((person, index) => (
          <option key={person.key} value={String(person.key)}>
            {person.name.trim() || `Interviewer ${index + 1}`}
          </option>
        ))}
        <option value="">{EVERYONE}</option>
      </select>
    </div>
  );
}
