import { addDetails } from "../../app/interviews/add-details.js";
import type { AppContext } from "../../app/context.js";
import type { Interview } from "../../core/interview.js";
import { formatFieldError } from "../../core/record/field-error.js";
import { InterviewQuestions, type InterviewAnswers } from "./interview-questions.js";
import type { Prompter } from "./prompter.js";
import { askAndReview, type Question } from "./review.js";

/**
 * What was said at an interview already stored, often one imported from an invite: what was
 * talked about with each interviewer, the concerns and their answers, the questions left open,
 * what was promised and what comes next. Company, position and interviewers are asked only
 * where the interview lacks them. Each list starts from what is stored, so nothing is lost.
 */
export async function addWhatWasDiscussed(
  ctx: AppContext,
  ask: Prompter,
  interview: Interview,
): Promise<void> {
  const answers = answersOf(interview);
  const q = new InterviewQuestions(ask, answers);
  const questions: Question[] = [];
  if (!interview.company) questions.push(q.company());
  if (!interview.position) questions.push(q.position());
  if (interview.interviewers.length === 0) questions.push(q.panel());
  else questions.push(...answers.interviewers.map((person) => q.discussedWith(person)));
  questions.push(q.concerns(), q.unanswered(), q.promised(), q.nextSteps());

  const done = await askAndReview(
    ask,
    {
      title: `Interview ${interview.id}: ${interview.company || "company not named yet"}`,
      save: "Save what was discussed",
      questions,
    },
    async () => {
      const saved = await addDetails(ctx, interview.id, patchOf(interview, answers));
      if (saved === null) return { saved: false, problems: "the interview is no longer stored." };
      if (!saved.ok) {
        return { saved: false, problems: saved.errors.map(formatFieldError).join("\n") };
      }
      return { saved: true };
    },
  );
  ask.info(
    done
      ? `Interview ${interview.id} updated. Its messages use what you added: \`afterword draft ${interview.id}\`.`
      : "Not saved.",
  );
}

function answersOf(interview: Interview): InterviewAnswers {
  return {
    company: interview.company,
    position: interview.position,
    stage: interview.stage,
    timeZone: interview.timeZone,
    start: interview.start,
    end: interview.end,
    format: interview.format ?? "video",
    location: interview.location,
    interviewers: interview.interviewers.map((person) => ({
      name: person.name,
      title: person.title,
      email: person.email,
      discussed: [...person.discussed],
    })),
    concerns: interview.concerns.map((c) => ({ ...c })),
    unanswered: interview.unanswered.map((q) => ({ ...q })),
    promised: interview.promised.map((p) => ({ ...p })),
    nextSteps: interview.nextSteps,
  };
}

/** Only what these questions ask: times, stage and the rest stay as stored. */
function patchOf(interview: Interview, answers: InterviewAnswers) {
  const known = interview.interviewers.length > 0;
  return {
    ...(interview.company ? {} : { company: answers.company }),
    ...(interview.position ? {} : { position: answers.position }),
    // Known interviewers are matched by e-mail (else name) and keep the fields not asked here.
    interviewers: answers.interviewers.map((person) => ({
      name: person.name,
      ...(person.email ? { email: person.email } : {}),
      ...(known ? {} : { title: person.title }),
      discussed: person.discussed,
    })),
    concerns: answers.concerns,
    unanswered: answers.unanswered,
    promised: answers.promised,
    nextSteps: answers.nextSteps,
  };
}
