import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { saveDebrief } from "../../../app/interviews/debrief.js";
import { forgetInterview } from "../../../app/interviews/forget-interview.js";
import { recordEvent, listHistory, type NewEvent } from "../../../app/plan/history.js";
import { importBytes } from "../../../app/interviews/import-files.js";
import { listInterviews } from "../../../app/interviews/interviews.js";
import { listOutbox } from "../../../app/mail/outbox.js";
import { loadInterviewPlan } from "../../../app/plan/plan.js";
import { addSampleInterview } from "../../../app/interviews/sample-interview.js";
import { listDrafts } from "../../../app/drafts/draft.js";
import type { SavedDebrief } from "../../../app/interviews/debrief.js";
import { entriesOf } from "../../../core/plan/plan-entry.js";
import { messageEntries } from "../present/message-entries.js";
import { fromCoded, fromFieldErrors, notFound, parseInput, sendProblem } from "../problem.js";
import { idParams } from "../params.js";
import type { RouteDeps } from "../server.js";

/** A file dropped on the page, its content as text or, for bytes that are not, base64. */
const importSchema = z.strictObject({
  name: z.string().trim().min(1, { error: "the file's name" }).max(255),
  content: z.string(),
  encoding: z.enum(["text", "base64"]).default("text"),
});

export function registerInterviewRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get("/api/interviews", async () => {
    const interviews = await listInterviews(deps.context());
    return interviews.map((interview) => ({
      id: interview.id,
      company: interview.company,
      position: interview.position,
      start: interview.start,
      timeZone: interview.timeZone,
      status: interview.status,
      needsDetails: interview.needsDetails,
      interviewers: interview.interviewers.map((person) => person.name),
    }));
  });

  app.get("/api/interviews/:id", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const ctx = deps.context();
    const id = params.value.id;
    const view = await loadInterviewPlan(ctx, id);
    if (!view) return sendProblem(reply, notFound(`interview ${id}`));
    const [history, drafts, outbox, received] = await Promise.all([
      listHistory(ctx, id),
      listDrafts(ctx, id),
      listOutbox(ctx),
      ctx.store.received.list(),
    ]);
    return {
      interview: view.interview,
      timeZone: view.timeZone,
      plan: view.items,
      entries: messageEntries(view.entries),
      history,
      drafts: drafts.map((draft) => ({
        id: draft.id,
        planItemId: draft.planItemId,
        kind: draft.kind,
        channel: draft.channel,
        recipient: draft.recipient,
        edited: draft.edited,
        findings: draft.findings.length,
      })),
      outbox: outbox
        .filter((item) => item.interviewId === id)
        .map(({ raw: _raw, leaseOwner: _owner, ...item }) => item),
      received: received.filter((message) => message.interviewId === id),
    };
  });

  app.post("/api/interviews", async (request, reply) => {
    const saved = await saveDebrief(deps.context(), null, request.body ?? {});
    if (!saved) return sendProblem(reply, notFound("such interview"));
    if (!saved.ok) return sendProblem(reply, fromFieldErrors(saved.errors));
    return reply.code(201).send(withEntries(saved.value));
  });

  app.put("/api/interviews/:id", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const saved = await saveDebrief(deps.context(), params.value.id, request.body ?? {});
    if (!saved) return sendProblem(reply, notFound(`interview ${params.value.id}`));
    if (!saved.ok) return sendProblem(reply, fromFieldErrors(saved.errors));
    return withEntries(saved.value);
  });

  app.delete("/api/interviews/:id", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const forgotten = await forgetInterview(deps.context(), params.value.id);
    if (!forgotten.ok) return sendProblem(reply, notFound(`interview ${params.value.id}`));
    return forgotten.value;
  });

  /** What happened: a reply, an outcome (rejected, offer, withdrawn, hired), a message sent. */
  app.post("/api/interviews/:id/events", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const recorded = await recordEvent(
      deps.context(),
      params.value.id,
      (request.body ?? {}) as NewEvent,
    );
    if (!recorded.ok) return sendProblem(reply, fromCoded(recorded.errors[0]!));
    return recorded.value;
  });

  app.post("/api/import", async (request, reply) => {
    const body = parseInput(importSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const { name, content, encoding } = body.value;
    const bytes =
      encoding === "base64" ? Buffer.from(content, "base64") : Buffer.from(content, "utf8");
    const imported = await importBytes(deps.context(), name, bytes);
    if (imported.errors.length > 0) return sendProblem(reply, fromFieldErrors(imported.errors));
    return imported;
  });

  app.post("/api/sample", async (_request, reply) => {
    const saved = await addSampleInterview(deps.context());
    if (!saved || !saved.ok) return sendProblem(reply, fromFieldErrors(saved?.errors ?? []));
    return reply.code(201).send(saved.value);
  });
}

/** A saved debrief with its plan also as the page shows it: one entry per person and message. */
function withEntries(saved: SavedDebrief) {
  return { ...saved, entries: messageEntries(entriesOf(saved.plan)) };
}
