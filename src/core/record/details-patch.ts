import { z } from "zod";
import { FORMATS, STAGES } from "../interview.js";
import { calendarDate, email, text, timeText, webAddress, zoneName } from "./fields.js";

/**
 * Details added to an interview that is already stored (often one imported from an invite):
 * any fields of the interview record, each optional. A field given replaces the stored one; a
 * field left out keeps it. Interviewers are matched by e-mail, else by name, and changed in
 * place; `remove: true` drops one; an unknown one is added.
 */
const phraseList = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z.array(text),
);

const clearableText = z
  .string({ error: "text" })
  .trim()
  .nullable()
  .transform((value) => (value ? value : null));

export const interviewerPatchSchema = z.strictObject({
  name: text.optional(),
  title: clearableText.optional(),
  email: email.optional(),
  discussed: phraseList.optional(),
  notes: clearableText.optional(),
  remove: z.boolean({ error: "true or false" }).optional(),
});

export const detailsPatchSchema = z.strictObject({
  company: text.optional(),
  position: text.optional(),
  stage: z.enum(STAGES).optional(),
  format: z.enum(FORMATS).nullable().optional(),
  location: clearableText.optional(),
  joinUrl: webAddress.nullable().optional(),
  start: timeText.optional(),
  end: timeText.optional(),
  timeZone: zoneName.optional(),
  interviewers: z.array(interviewerPatchSchema).optional(),
  discussed: phraseList.optional(),
  impressed: phraseList.optional(),
  fit: phraseList.optional(),
  concerns: z
    .array(
      z.strictObject({
        concern: text,
        response: clearableText.optional(),
        raisedBy: clearableText.optional(),
      }),
    )
    .optional(),
  unanswered: z
    .array(
      z.strictObject({
        question: text,
        answer: clearableText.optional(),
        raisedBy: clearableText.optional(),
      }),
    )
    .optional(),
  promised: z
    .array(
      z.strictObject({
        what: text,
        url: webAddress.nullable().optional(),
        raisedBy: clearableText.optional(),
      }),
    )
    .optional(),
  nextSteps: clearableText.optional(),
  decisionBy: calendarDate.nullable().optional(),
});

export type DetailsPatch = z.output<typeof detailsPatchSchema>;
export type InterviewerPatch = z.output<typeof interviewerPatchSchema>;
