import type { AppContext } from "../../app/context.js";
import { saveProfile } from "../../app/setup/profile.js";
import { formatFieldError } from "../../core/record/field-error.js";
import type { Tone } from "../../core/record/profile.js";
import { email, webAddress, zoneName } from "../../core/record/fields.js";
import { schemaCheck, type Prompter } from "./prompter.js";
import { askAndReview, type Question } from "./review.js";

/** The profile's fields a person answers at the terminal; the others (signature, hours, …) are kept. */
interface ProfileAnswers {
  name: string;
  email: string;
  phone: string | null;
  linkedin: string | null;
  timeZone: string;
  tone: Tone;
}

const NONE = "(none)";

/**
 * Sets up the profile, or changes it: each answer starts from the stored one, all are reviewed
 * before saving, and the fields not asked here (signature, working hours, …) stay as they were.
 */
export async function editProfile(ctx: AppContext, ask: Prompter): Promise<boolean> {
  const stored = await ctx.store.profile.get();
  if (!stored) ask.info("First, a few words about you: they sign every message.");
  const answers: ProfileAnswers = {
    name: stored?.name ?? "",
    email: stored?.email ?? "",
    phone: stored?.phone ?? null,
    linkedin: stored?.linkedin ?? null,
    timeZone: stored?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    tone: stored?.tone ?? "warm",
  };
  const text = (
    label: string,
    message: string,
    field: "name" | "email" | "timeZone",
    options: { check?: (value: string) => string | undefined } = {},
  ): Question => ({
    label,
    shown: () => answers[field],
    ask: async () => {
      answers[field] = await ask.required(message, {
        ...options,
        initial: answers[field] || undefined,
      });
    },
  });
  const optional = (
    label: string,
    message: string,
    field: "phone" | "linkedin",
    options: { placeholder?: string; check?: (value: string) => string | undefined } = {},
  ): Question => ({
    label,
    shown: () => answers[field] ?? NONE,
    ask: async () => {
      answers[field] =
        (await ask.text(message, { ...options, initial: answers[field] ?? undefined })) || null;
    },
  });
  const questions: Question[] = [
    text("Name", "Your name, as you sign your e-mails", "name"),
    text("E-mail", "Your e-mail address", "email", {
      check: schemaCheck(email, "That does not look like an e-mail address."),
    }),
    optional("Phone", "Your phone number (optional)", "phone"),
    optional("LinkedIn", "Your LinkedIn profile address (optional)", "linkedin", {
      placeholder: "https://www.linkedin.com/in/…",
      check: schemaCheck(webAddress, "Please give the full address, starting with https://"),
    }),
    text("Time zone", "Your time zone", "timeZone", {
      check: schemaCheck(zoneName, "Use an IANA zone name such as Europe/London."),
    }),
    {
      label: "Tone",
      shown: () => answers.tone,
      ask: async () => {
        answers.tone = await ask.select<Tone>(
          "How should your messages sound?",
          [
            { value: "warm", label: "warm: friendly and personal" },
            { value: "formal", label: "formal: reserved and courteous" },
            { value: "plain", label: "plain: short and direct" },
          ],
          answers.tone,
        );
      },
    },
  ];
  const done = await askAndReview(
    ask,
    { title: "Your profile", save: "Save my profile", questions },
    async () => {
      const saved = await saveProfile(ctx, { ...stored, ...answers });
      return saved.ok
        ? { saved: true }
        : { saved: false, problems: saved.errors.map(formatFieldError).join("\n") };
    },
  );
  ask.info(done ? "Profile saved." : "Your profile was left as it was.");
  return done;
}
