import { defineRule } from "../rule.js";

/** Inboxes on a phone show about this many characters of a subject. */
export const SUBJECT_LIMIT = 60;

export const subjectMissing = defineRule({
  code: "subject.missing",
  severity: "warning",
  summary: "An e-mail without a subject line (write it as a first line “Subject: …”).",
  detect(message, context) {
    if (context.channel !== "email" || message.subject?.text) return [];
    return [{ start: 0, end: 0, params: {} }];
  },
});

export const subjectLong = defineRule({
  code: "subject.long",
  severity: "warning",
  summary: `A subject line longer than ${SUBJECT_LIMIT} characters, which inboxes cut off.`,
  detect(message, context) {
    const subject = message.subject;
    if (context.channel !== "email" || !subject || [...subject.text].length <= SUBJECT_LIMIT)
      return [];
    return [
      {
        start: subject.start,
        end: subject.end,
        params: { count: [...subject.text].length, limit: SUBJECT_LIMIT },
      },
    ];
  },
});
