import { z } from "zod";
import { FORMATS, STAGES } from "../interview.js";
import {
  calendarDate,
  email,
  list,
  optionalText,
  phrases,
  text,
  timeText,
  webAddress,
  zoneName,
} from "./fields.js";

/** The interview record of the import contract, before its times are resolved. */
export const interviewerSchema = z.strictObject({
  name: text,
  title: optionalText,
  email: email.nullish().transform((value) => value ?? null),
  discussed: phrases,
  notes: optionalText,
});

export const interviewRecordSchema = z.strictObject({
  company: text,
  position: text,
  stage: z
    .enum(STAGES)
    .nullish()
    .transform((value) => value ?? "other"),
  start: timeText,
  end: timeText.nullish(),
  timeZone: zoneName.nullish(),
  format: z
    .enum(FORMATS)
    .nullish()
    .transform((value) => value ?? null),
  location: optionalText,
  joinUrl: webAddress.nullish().transform((value) => value ?? null),
  interviewers: z.array(interviewerSchema).min(1, { error: "at least one interviewer" }),
  discussed: phrases,
  impressed: phrases,
  fit: phrases,
  concerns: list(
    z.strictObject({
      concern: text,
      response: optionalText,
      raisedBy: optionalText,
    }),
  ),
  unanswered: list(
    z.strictObject({
      question: text,
      answer: optionalText,
      raisedBy: optionalText,
    }),
  ),
  promised: list(
    z.strictObject({
      what: text,
      url: webAddress.nullish().transform((value) => value ?? null),
      raisedBy: optionalText,
    }),
  ),
  nextSteps: optionalText,
  decisionBy: calendarDate.nullish().transform((value) => value ?? null),
});

export type InterviewRecord = z.output<typeof interviewRecordSchema>;

/** Every field name a record may use, at any depth: what a misspelt field is compared with. */
export const RECORD_FIELD_NAMES: readonly string[] = [
  ...Object.keys(interviewRecordSchema.shape),
  ...Object.keys(interviewerSchema.shape),
  "concern",
  "response",
  "question",
  "answer",
  "what",
  "url",
  "raisedBy",
];
