import type { FastifyReply } from "fastify";
import type { z } from "zod";
import { formatFieldError, fromZodIssues, type FieldError } from "../../core/record/field-error.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { UserError, UserErrorCode } from "../../app/user-error.js";

/**
 * What the API answers when it cannot do what was asked: words a person can act on, the stable
 * code of the use case's error, and the field that was wrong. Never a stack trace.
 */
export interface Problem {
  status: number;
  error: string;
  code?: string;
  field?: string;
  fields?: FieldError[];
}

/**
 * Every error a user can cause, mapped once to an HTTP status: 404 for what does not exist, 409 for
 * what the stored state does not allow now, 400 for a request to fix, 503 for a store busy or out
 * of reach for now, 500 for a store that cannot be used as it is.
 */
export const STATUS_OF: Record<UserErrorCode, number> = {
  "no-such-interview": 404,
  "no-such-draft": 404,
  "no-such-message": 404,
  "no-such-item": 404,
  "no-such-plan-item": 404,
  "no-backup": 404,
  "interview-cancelled": 409,
  "missing-details": 409,
  "no-profile": 409,
  "no-email-address": 409,
  "no-sender": 409,
  "not-an-email": 409,
  "nothing-to-add": 409,
  "already-sent": 409,
  "already-queued": 409,
  "already-decided": 409,
  "not-about-an-interview": 409,
  closed: 409,
  "no-change": 409,
  "not-started": 409,
  "no-mail-account": 409,
  "bad-mail-account": 409,
  "no-rejection": 409,
  "damaged-backup": 409,
  refused: 409,
  "unknown-recipient": 400,
  "ambiguous-recipient": 400,
  ambiguous: 400,
  "reason-needed": 400,
  "empty-draft": 400,
  "says-attached": 400,
  "invalid-event": 400,
  "bad-time": 400,
  "bad-kind": 400,
  "not-a-word": 400,
  "cannot-write-file": 500,
  damaged: 500,
  newer: 500,
  "read-only": 500,
  full: 500,
  "not-a-folder": 500,
  "no-access": 500,
  busy: 503,
  unreachable: 503,
};

/** A use case's typed error (draft, history, outbox, …) as the API answers it. */
export function fromCoded(error: UserError): Problem {
  return {
    status: STATUS_OF[error.code],
    error: error.message,
    code: error.code,
    ...(error.field ? { field: error.field } : {}),
  };
}

/** Validation errors: 400, naming the first field that was wrong and listing them all. */
export function fromFieldErrors(errors: readonly FieldError[]): Problem {
  const first = errors[0];
  return {
    status: 400,
    error: first ? capitalise(formatFieldError(first)) : "The request was not valid.",
    code: "invalid",
    field: first?.path ?? "",
    fields: [...errors],
  };
}

export function notFound(what: string): Problem {
  return { status: 404, error: `There is no ${what}.`, code: "not-found" };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  const { status, ...body } = problem;
  return reply.code(status).send(body);
}

/** Reads a request's body, query or parameters with a schema; a mistake names its field. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
): Result<z.output<T>, Problem> {
  const parsed = schema.safeParse(input ?? {}, { reportInput: true });
  return parsed.success
    ? ok(parsed.data)
    : fail(fromFieldErrors(fromZodIssues(parsed.error.issues)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
