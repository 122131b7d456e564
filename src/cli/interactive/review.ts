import type { Prompter } from "./prompter.js";

/** One answer of a form: asked in turn, shown on the review screen, asked again to change it. */
export interface Question {
  /** Its name on the review screen. */
  label: string;
  /** The answer as the review screen shows it. */
  shown(): string;
  /** Asks it, offering the answer given so far. */
  ask(): Promise<void>;
}

/** What saving the answers gave: nothing to say (saved), or why they could not be saved. */
export type SaveOutcome = { saved: true } | { saved: false; problems: string };

const LONGEST_CHOICE = 70;

/**
 * Asks every question, then shows every answer before anything is saved: the person saves, changes
 * any one answer (and sees them all again), or discards them. Answers the store refuses are shown
 * with the reason and come back to the review, so nothing typed is lost. True once saved.
 */
export async function askAndReview(
  ask: Prompter,
  form: { title: string; save: string; questions: Question[] },
  save: () => Promise<SaveOutcome>,
): Promise<boolean> {
  for (const question of form.questions) await question.ask();
  for (;;) {
    ask.note(
      form.questions.map((question) => `${question.label}: ${question.shown()}`).join("\n"),
      form.title,
    );
    const choice = await ask.select(
      "Save these answers, or change one?",
      [
        { value: "save", label: form.save },
        ...form.questions.map((question, index) => ({
          value: String(index),
          label: `Change ${question.label.toLowerCase()}: ${oneLine(question.shown())}`,
        })),
        { value: "discard", label: "Discard these answers" },
      ],
      "save",
    );
    if (choice === "discard") {
      if (await ask.confirm("Discard every answer of this form?", false)) return false;
      continue;
    }
    if (choice !== "save") {
      await form.questions[Number(choice)]!.ask();
      continue;
    }
    const outcome = await save();
    if (outcome.saved) return true;
    ask.error(`Not saved yet: ${outcome.problems}\nChange the answer it names, then save again.`);
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, "; ");
  return flat.length > LONGEST_CHOICE ? `${flat.slice(0, LONGEST_CHOICE - 1)}…` : flat;
}
