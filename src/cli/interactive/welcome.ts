import { addInterview } from "../../app/add-interview.js";
import type { AppContext } from "../../app/context.js";
import { importFiles } from "../../app/import-files.js";
import { listInterviews } from "../../app/interviews.js";
import { saveProfile } from "../../app/profile.js";
import { STAGES, FORMATS, type Interviewer } from "../../core/interview.js";
import { formatFieldError } from "../../core/record/field-error.js";
import type { Tone } from "../../core/record/profile.js";
import { email, webAddress, zoneName } from "../../core/record/fields.js";
import { ok } from "../../core/result.js";
import { resolveWallTime } from "../../core/time/wall-time.js";
import { fieldErrorLines } from "../present/field-errors.js";
import { detailsHint, interviewTable } from "../present/interview.js";
import type { Runtime } from "../runtime.js";
import { ExitCode } from "../exit-code.js";
import { Cancelled, prompterFor, type Prompter } from "./prompter.js";
import { userPath } from "../user-path.js";

type Action = "add" | "import" | "list" | "quit";

/** `afterword` at a terminal: set up the profile, then add or import interviews and list them. */
export async function runInteractive(rt: Runtime): Promise<void> {
  const ctx = await rt.context();
  const ask = prompterFor(rt.io);
  ask.intro("Afterword");
  try {
    if (!(await ctx.store.profile.get())) await setUpProfile(ctx, ask);
    for (;;) {
      const action = await ask.select<Action>("What would you like to do?", [
        { value: "add", label: "Add an interview by answering a few questions" },
        {
          value: "import",
          label: "Import an interview file (.yaml, .json) or an invite (.ics, .eml)",
        },
        { value: "list", label: "Show my interviews" },
        { value: "quit", label: "Quit" },
      ]);
      if (action === "quit") break;
      if (action === "add") await addByQuestions(ctx, ask);
      if (action === "import") await importByPath(ctx, ask);
      if (action === "list") ask.note(interviewTable(await listInterviews(ctx)), "Your interviews");
    }
    ask.outro("See you after the next interview.");
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    rt.exitCode = ExitCode.interrupted;
    ask.cancelled("Stopped. What you saved before is kept; nothing from the unfinished step was.");
  }
}

const check =
  (schema: { safeParse(value: unknown): { success: boolean } }, hint: string) => (value: string) =>
    value === "" || schema.safeParse(value).success ? undefined : hint;

async function setUpProfile(ctx: AppContext, ask: Prompter): Promise<void> {
  ask.info("First, a few words about you: they sign every message.");
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const answers = {
    name: await ask.required("Your name, as you sign your e-mails"),
    email: await ask.required("Your e-mail address", {
      check: check(email, "That does not look like an e-mail address."),
    }),
    phone: (await ask.text("Your phone number (optional)")) || null,
    linkedin:
      (await ask.text("Your LinkedIn profile address (optional)", {
        placeholder: "https://www.linkedin.com/in/…",
        check: check(webAddress, "Please give the full address, starting with https://"),
      })) || null,
    timeZone: await ask.required("Your time zone", {
      initial: localZone,
      check: check(zoneName, "Use an IANA zone name such as Europe/London."),
    }),
    tone: await ask.select<Tone>(
      "How should your messages sound?",
      [
        { value: "warm", label: "warm: friendly and personal" },
        { value: "formal", label: "formal: reserved and courteous" },
        { value: "plain", label: "plain: short and direct" },
      ],
      "warm",
    ),
  };
  const saved = await saveProfile(ctx, answers);
  if (!saved.ok)
    throw new Error(
      `profile answers failed validation: ${saved.errors.map(formatFieldError).join("; ")}`,
    );
  ask.info("Profile saved. Change it any time with `afterword profile FILE`.");
}

async function addByQuestions(ctx: AppContext, ask: Prompter): Promise<void> {
  const profile = await ctx.store.profile.get();
  const company = await ask.required("Company");
  const position = await ask.required("Position");
  const stage = await ask.select(
    "Stage",
    STAGES.map((s) => ({ value: s, label: s })),
    "other",
  );
  const timeZone = await ask.required("Time zone of the interview", {
    initial: profile?.timeZone,
    check: check(zoneName, "Use an IANA zone name such as America/Chicago."),
  });
  const startCheck = (value: string) =>
    resolveWallTime(value, timeZone).ok
      ? undefined
      : "Write it as 2026-11-20 14:00 (a time that exists there).";
  const start = await ask.required("When did it start?", {
    placeholder: "2026-11-20 14:00",
    check: startCheck,
  });
  const end = await ask.required("When did it end?", {
    initial: defaultEnd(start, timeZone),
    check: startCheck,
  });
  const format = await ask.select(
    "How was it held?",
    FORMATS.map((f) => ({ value: f, label: f })),
    "video",
  );
  const location = (await ask.text("Where, or the meeting link (optional)")) || null;

  const interviewers: Omit<Interviewer, "notes">[] = [];
  do {
    const name = await ask.required(
      interviewers.length === 0 ? "Who interviewed you? (name)" : "Name",
    );
    const title = (await ask.text(`${name}'s title (optional)`)) || null;
    const address =
      (await ask.text(`${name}'s e-mail (optional; without it no e-mail is offered)`, {
        check: check(email, "That does not look like an e-mail address."),
      })) || null;
    const discussed = await ask.many(
      `What did you talk about with ${name}? (a phrase that reads after "our conversation about")`,
      `Anything else you talked about with ${name}?`,
      "moving the telemetry pipeline to Kafka",
    );
    interviewers.push({ name, title, email: address, discussed });
  } while (await ask.confirm("Did someone else interview you too?", false));

  const optional = async (message: string) => (await ask.text(message)) || null;
  // The answer goes to whoever raised it; alone with one interviewer, that is them.
  const raisedBy = async (message: string): Promise<string | null> => {
    if (interviewers.length === 1) return interviewers[0]!.name;
    const everyone = "everyone";
    const choice = await ask.select(
      message,
      [
        ...interviewers.map((person, i) => ({ value: String(i), label: person.name })),
        { value: everyone, label: "Everyone / not sure" },
      ],
      everyone,
    );
    return choice === everyone ? null : interviewers[Number(choice)]!.name;
  };
  const concerns = await ask.many(
    "A concern they raised (Enter if none)",
    "Another concern?",
    "my limited Go experience",
    async (concern) => ({
      concern,
      response: await optional("Your answer to it, in your own words (optional)"),
      raisedBy: await raisedBy("Who raised it?"),
    }),
  );
  const unanswered = await ask.many(
    "A question you could not fully answer (Enter if none)",
    "Another question?",
    "how I would shard the scheduler",
    async (question) => ({
      question,
      answer: await optional("Your fuller answer now (optional)"),
      raisedBy: await raisedBy("Who asked it?"),
    }),
  );
  const promised = await ask.many(
    "Something you promised to send (Enter if none)",
    "Anything else you promised?",
    "my load-testing write-up",
    async (what) => ({
      what,
      url:
        (await ask.text("Its link (optional)", {
          check: check(webAddress, "Please give the full address, starting with https://"),
        })) || null,
      raisedBy: await raisedBy("Who did you promise it to?"),
    }),
  );

  const record = {
    company,
    position,
    stage,
    timeZone,
    start,
    end,
    format,
    location,
    interviewers,
    concerns,
    unanswered,
    promised,
  };
  if (!(await ask.confirm(`Save the ${position} interview at ${company}?`))) {
    ask.info("Not saved.");
    return;
  }
  const saved = await addInterview(ctx, record);
  if (!saved.ok) {
    ask.error(saved.errors.map(formatFieldError).join("\n"));
    return;
  }
  for (const warning of saved.value.warnings) ask.info(warning);
  ask.info(
    `Saved as interview ${saved.value.id}. See it with \`afterword show ${saved.value.id}\`.`,
  );
}

function defaultEnd(start: string, zone: string): string {
  const resolved = resolveWallTime(start, zone);
  return resolved.ok ? resolved.value.at.plus({ hours: 1 }).toFormat("yyyy-MM-dd HH:mm") : "";
}

async function importByPath(ctx: AppContext, ask: Prompter): Promise<void> {
  const file = userPath(await ask.required("Path of the file to import"));
  const [result] = await importFiles(ctx, [file], async () => ok(new Uint8Array()));
  if (!result) return;
  if (result.errors.length > 0) {
    ask.error(["Nothing was imported:", ...fieldErrorLines(file, result.errors)].join("\n"));
    return;
  }
  const ids = [...result.created, ...result.updated];
  ask.info(`Imported ${ids.length} interview${ids.length === 1 ? "" : "s"}.`);
  if (result.cancelled.length > 0) ask.info(`Cancelled: interview ${result.cancelled.join(", ")}.`);
  for (const skip of result.skipped) ask.info(`Skipped ${skip.uid ?? "an event"}: ${skip.reason}`);
  if (result.needsDetails.length > 0) ask.info(detailsHint(result.needsDetails));
  for (const warning of result.warnings) ask.info(warning);
}
