import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { decideReply, listReplies, type ReplyDecided } from "../../../app/inbox/reply-decisions.js";
import { DECISION_KINDS } from "../../../core/reply/decision-kind.js";
import type { StoredReceived } from "../../../store/received-message.repository.js";
import { fromCoded, parseInput, sendProblem } from "../problem.js";
import { idParams } from "../params.js";
import type { RouteDeps } from "../server.js";

const listQuery = z.strictObject({ waiting: z.enum(["0", "1"]).optional() });
const acceptSchema = z.strictObject({ as: z.enum(DECISION_KINDS).optional() });
const dismissSchema = z.strictObject({});

/** A received message as the page lists it: who, what, the suggestion and the decision. */
function replyView(message: StoredReceived) {
  return {
    id: message.id,
    from: message.from,
    subject: message.subject,
    date: message.date,
    interviewId: message.interviewId,
    kind: message.kind,
    suggestion: message.suggestion,
    suggestionReason: message.suggestionReason,
    hasInvite: message.hasInvite,
    bouncedAddress: message.bouncedAddress,
    requested: message.requested,
    decision: message.decision,
    decidedAs: message.decidedAs,
    decidedAt: message.decidedAt,
  };
}

/** What a decision did, in the words the page shows. */
function decidedView({ message, effect }: ReplyDecided) {
  const done: string[] = [];
  switch (effect.type) {
    case "invite-imported":
      done.push(
        ...effect.import.created.map((id) => `The next round is interview ${id}.`),
        ...effect.import.updated.map((id) => `Interview ${id} was updated from the invitation.`),
        ...effect.import.skipped.map((skipped) => `Not imported: ${skipped.reason}`),
      );
      break;
    case "no-invite":
      done.push(effect.hint);
      break;
    case "outcome":
      if (effect.recorded.event.type === "outcome") {
        done.push(
          `Recorded the outcome "${effect.recorded.event.outcome}" for interview ${effect.recorded.interviewId}.`,
        );
      }
      break;
    case "additional-info":
      done.push(
        ...effect.drafts.map(
          (d) => `Drafted an additional-information message to ${d.draft.recipient.name}.`,
        ),
        ...(effect.draftProblem ? [`No draft written: ${effect.draftProblem}`] : []),
      );
      break;
    case "dismissed":
      done.push("Nothing in the plan changed.");
      break;
    case "noted":
      break;
  }
  const drafts = effect.type === "additional-info" ? effect.drafts.map((d) => d.draft.id) : [];
  return { reply: replyView(message), done, drafts };
}

export function registerReplyRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get("/api/replies", async (request, reply) => {
    const query = parseInput(listQuery, request.query);
    if (!query.ok) return sendProblem(reply, query.errors[0]!);
    const replies = await listReplies(deps.context(), { waiting: query.value.waiting === "1" });
    return replies.map(replyView);
  });

  /** Takes the message as its suggested kind, or as the one the candidate chose. */
  app.post("/api/replies/:id/accept", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const body = parseInput(acceptSchema, request.body ?? {});
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const decided = await decideReply(deps.context(), params.value.id, {
      decision: "accept",
      as: body.value.as ?? null,
    });
    if (!decided.ok) return sendProblem(reply, fromCoded(decided.errors[0]!));
    return decidedView(decided.value);
  });

  app.post("/api/replies/:id/dismiss", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const body = parseInput(dismissSchema, request.body ?? {});
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const decided = await decideReply(deps.context(), params.value.id, { decision: "dismiss" });
    if (!decided.ok) return sendProblem(reply, fromCoded(decided.errors[0]!));
    return decidedView(decided.value);
  });
}
