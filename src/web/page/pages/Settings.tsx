import { useEffect, useState, type FormEvent } from "react";
import type { Profile } from "../../../core/record/profile.js";
import { api, ApiError, problemText } from "../api.js";
import { TextField } from "../components/Field.js";
import { MailSignIn } from "../components/MailSignIn.js";
import { Notice, Problem } from "../components/Problem.js";
import { ZonePicker } from "../components/ZonePicker.js";

const DAYS = [
  ["mon", "Monday"],
  ["tue", "Tuesday"],
  ["wed", "Wednesday"],
  ["thu", "Thursday"],
  ["fri", "Friday"],
  ["sat", "Saturday"],
  ["sun", "Sunday"],
] as const;

interface MailView {
  ready: boolean;
  problem?: string;
  account?: {
    address: string | null;
    smtp: { host: string; port: number; user: string };
    imap: { host: string } | null;
    oauth: { provider: string } | null;
  };
}

interface MailCheck {
  account: string | null;
  smtp: { ok: boolean; server: string; problem: { message?: string } | null } | null;
  imap: {
    ok: boolean;
    server: string;
    problem: { message?: string } | null;
    missing: string[];
  } | null;
}

export function Settings() {
  return (
    <>
      <ProfileSettings />
      <MailSettings />
      <Dictionary />
    </>
  );
}

function ProfileSettings() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [field, setField] = useState<string | null>(null);
  useEffect(() => {
    api<{ profile: Profile | null }>("GET", "/api/profile").then(
      ({ profile: stored }) =>
        setProfile(
          stored ?? {
            name: "",
            email: "",
            phone: null,
            linkedin: null,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            signature: null,
            aliases: [],
            workingHours: {
              days: ["mon", "tue", "wed", "thu", "fri"],
              start: "08:00",
              end: "18:00",
            },
            tone: "warm",
            cards: "auto",
            linkedinAccount: "free",
          },
        ),
      (error) => setProblem(problemText(error)),
    );
  }, []);
  if (!profile) return <Problem text={problem} />;
  const set = (patch: Partial<Profile>) => setProfile({ ...profile, ...patch });
  const hours = profile.workingHours;

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setField(null);
    try {
      const { profile: stored } = await api<{ profile: Profile }>("PUT", "/api/profile", {
        ...profile,
        phone: profile!.phone || null,
        linkedin: profile!.linkedin || null,
        signature: profile!.signature || null,
      });
      setProfile(stored);
      setNotice("Saved. New drafts use it.");
    } catch (error) {
      setProblem(problemText(error));
      if (error instanceof ApiError) setField(error.field);
    }
  }

  return (
    <section aria-labelledby="profile">
      <h2 id="profile">About you</h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <Problem text={problem} />
        <Notice text={notice} />
        <div className="row">
          <TextField
            id="p-name"
            label="Your name"
            value={profile.name}
            invalid={field === "name"}
            onChange={(name) => set({ name })}
          />
          <TextField
            id="p-email"
            type="email"
            label="Your e-mail address"
            value={profile.email}
            invalid={field === "email"}
            onChange={(email) => set({ email })}
          />
        </div>
        <div className="row">
          <TextField
            id="p-phone"
            type="tel"
            label="Phone (optional)"
            value={profile.phone ?? ""}
            onChange={(phone) => set({ phone })}
          />
          <TextField
            id="p-linkedin"
            type="url"
            label="LinkedIn profile address (optional)"
            value={profile.linkedin ?? ""}
            invalid={field === "linkedin"}
            onChange={(linkedin) => set({ linkedin })}
          />
        </div>
        <ZonePicker
          label="Where you live (time zone)"
          value={profile.timeZone}
          invalid={field === "timeZone"}
          onChange={(timeZone) => set({ timeZone })}
        />
        <fieldset>
          <legend>When your notes should arrive (their working hours)</legend>
          <div className="days">
            {DAYS.map(([day, label]) => (
              <label key={day}>
                <input
                  type="checkbox"
                  checked={hours.days.includes(day)}
                  onChange={(event) =>
                    set({
                      workingHours: {
                        ...hours,
                        days: event.target.checked
                          ? [...hours.days, day]
                          : hours.days.filter((d) => d !== day),
                      },
                    })
                  }
                />{" "}
                {label}
              </label>
            ))}
          </div>
          <div className="row">
            <TextField
              id="p-start"
              type="time"
              label="From"
              value={hours.start}
              onChange={(start) => set({ workingHours: { ...hours, start } })}
            />
            <TextField
              id="p-end"
              type="time"
              label="Until"
              value={hours.end}
              invalid={field?.startsWith("workingHours")}
              onChange={(end) => set({ workingHours: { ...hours, end } })}
            />
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="p-tone">How your notes sound</label>
          <select
            id="p-tone"
            value={profile.tone}
            onChange={(event) => set({ tone: event.target.value as Profile["tone"] })}
          >
            <option value="warm">Warm and friendly</option>
            <option value="formal">Formal</option>
            <option value="plain">Plain and brief</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="p-cards">Handwritten thank-you cards</label>
          <select
            id="p-cards"
            value={profile.cards}
            onChange={(event) => set({ cards: event.target.value as Profile["cards"] })}
          >
            <option value="auto">After an onsite, or when there is no e-mail address</option>
            <option value="always">After every interview</option>
            <option value="never">Never</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="p-linkedin-account">Your LinkedIn account</label>
          <select
            id="p-linkedin-account"
            value={profile.linkedinAccount}
            onChange={(event) =>
              set({ linkedinAccount: event.target.value as Profile["linkedinAccount"] })
            }
          >
            <option value="free">Free (connection notes up to 200 characters)</option>
            <option value="premium">Premium (connection notes up to 300 characters)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="p-signature">Signature (optional; otherwise built from the above)</label>
          <textarea
            id="p-signature"
            rows={3}
            value={profile.signature ?? ""}
            onChange={(event) => set({ signature: event.target.value })}
          />
        </div>
        <button type="submit">Save</button>
      </form>
    </section>
  );
}

function MailSettings() {
  const [mail, setMail] = useState<MailView | null>(null);
  const [check, setCheck] = useState<MailCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api<MailView>("GET", "/api/mail").then(setMail, (error) => setProblem(problemText(error)));
  }, []);
  async function test() {
    setBusy(true);
    try {
      setCheck(await api<MailCheck>("POST", "/api/mail/test", {}));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="mail">
      <h2 id="mail">Your mail account</h2>
      <Problem text={problem} />
      {mail && !mail.ready && (
        <p>
          Not set up: you can still copy each note or download it for your mail program. To send
          from Afterword, run <code>afterword mail setup</code> in a terminal. ({mail.problem})
        </p>
      )}
      {mail?.account && (
        <>
          <p>
            Sends as {mail.account.address ?? "your profile's address"} through{" "}
            {mail.account.smtp.host} (user {mail.account.smtp.user})
            {mail.account.imap && `; reads replies from ${mail.account.imap.host}`}.
          </p>
          {mail.account.oauth && <MailSignIn />}
          <button type="button" className="secondary" disabled={busy} onClick={() => void test()}>
            {busy ? "Testing…" : "Test the connection"}
          </button>
        </>
      )}
      {check && (
        <div role="status">
          {check.account && <p>{check.account}</p>}
          {check.smtp && (
            <p>
              Sending ({check.smtp.server}):{" "}
              {check.smtp.ok ? "works" : (check.smtp.problem?.message ?? "failed")}
            </p>
          )}
          {check.imap && (
            <p>
              Reading replies ({check.imap.server}):{" "}
              {check.imap.ok
                ? "works"
                : (check.imap.problem?.message ??
                  `missing folders ${check.imap.missing.join(", ")}`)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function Dictionary() {
  const [words, setWords] = useState<string[]>([]);
  const [word, setWord] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api<{ words: string[] }>("GET", "/api/words").then(
      ({ words: stored }) => setWords(stored),
      (error) => setProblem(problemText(error)),
    );
  }, []);
  async function add(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await api<{ words: string[] }>("POST", "/api/words", {
        words: word.split(/[\s,]+/).filter(Boolean),
      });
      setWords(result.words);
      setWord("");
    } catch (error) {
      setProblem(problemText(error));
    }
  }
  async function remove(gone: string) {
    try {
      setWords(
        (await api<{ words: string[] }>("POST", "/api/words/remove", { words: [gone] })).words,
      );
    } catch (error) {
      setProblem(problemText(error));
    }
  }
  return (
    <section aria-labelledby="words">
      <h2 id="words">Your words</h2>
      <p>Names and terms the proofreader should never flag as misspelled.</p>
      <Problem text={problem} />
      <form onSubmit={(event) => void add(event)} className="row">
        <TextField id="w-new" label="Add words" value={word} onChange={setWord} />
        <button type="submit">Add</button>
      </form>
      <ul className="words">
        {words.map((known) => (
          <li key={known}>
            {known}{" "}
            <button
              type="button"
              className="link"
              aria-label={`Remove ${known}`}
              onClick={() => void remove(known)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
