import { addInterview } from "../../app/interviews/add-interview.js";
import type { AppContext } from "../../app/context.js";
import { formatFieldError } from "../../core/record/field-error.js";
import { InterviewQuestions, type InterviewAnswers } from "./interview-questions.js";
import type { Prompter } from "./prompter.js";
import { askAndReview } from "./review.js";

/** A new interview from answers: every field asked, then reviewed, then saved whole. */
export async function addInterviewByQuestions(ctx: AppContext, ask: Prompter): Promise<void> {
  const profile = await ctx.store.profile.get();
  const answers: InterviewAnswers = {
    company: "",
    position: "",
    stage: "other",
    timeZone: profile?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    start: "",
    end: "",
    format: "video",
    location: null,
    interviewers: [],
    concerns: [],
    unanswered: [],
    promised: [],
    nextSteps: null,
  };
  const q = new InterviewQuestions(ask, answers);
  const saved: { id?: number; warnings: string[] } = { warnings: [] };
  const done = await askAndReview(
    ask,
    {
      title: "Your answers",
      save: "Save this interview",
      questions: [
        q.company(),
        q.position(),
        q.stage(),
        q.timeZone(),
        q.start(),
        q.end(),
        q.format(),
        q.location(),
        q.panel(),
        q.concerns(),
        q.unanswered(),
        q.promised(),
        q.nextSteps(),
      ],
    },
    async () => {
      const result = await addInterview(ctx, answers);
      if (!result.ok) {
        return { saved: false, problems: result.errors.map(formatFieldError).join("\n") };
      }
      saved.id = result.value.id;
      saved.warnings = result.value.warnings;
      return { saved: true };
    },
  );
  if (!done || saved.id === undefined) {
    ask.info("Not saved.");
    return;
  }
  for (const warning of saved.warnings) ask.info(warning);
  ask.info(`Saved as interview ${saved.id}. See it with \`afterword show ${saved.id}\`.`);
}
