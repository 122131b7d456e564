import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { DateTime } from "luxon";
import { z } from "zod";
import { checkMessage, loadCheckContext } from "../../../app/drafts/check.js";
import { findingsByPart } from "../../../app/drafts/draft-check.js";
import {
  draftMessages,
  exportDraftEml,
  findDraft,
  saveDraftEdit,
} from "../../../app/drafts/draft.js";
import { recordEvent } from "../../../app/plan/history.js";
import { loadMailAccount } from "../../../app/mail/mail-account.js";
import { queueMail } from "../../../app/mail/queue-mail.js";
import { draftFromStore } from "../../../app/drafts/stored-draft.js";
import type { AppContext } from "../../../app/context.js";
import { CHANNELS, MESSAGE_KINDS } from "../../../core/message.js";
import type { StoredDraft } from "../../../store/draft.repository.js";
import { fromCoded, parseInput, sendProblem } from "../problem.js";
import { idParams } from "../params.js";
import { notesBehind } from "../present/provenance-notes.js";
import type { RouteDeps } from "../server.js";

const draftRequestSchema = z.strictObject({
  kind: z.enum(MESSAGE_KINDS).optional(),
  channel: z.enum(CHANNELS).optional(),
  to: z.string().trim().min(1).optional(),
  sequence: z.number().int().positive().optional(),
  reason: z.string().trim().max(2000).optional(),
  force: z.boolean().optional(),
});

const editSchema = z.strictObject({
  subject: z.string().max(1000).nullable(),
  body: z.string().max(20_000),
});

const checkSchema = z.strictObject({
  text: z.string().min(1, { error: "some text to check" }).max(20_000),
  kind: z.enum(MESSAGE_KINDS).optional(),
  channel: z.enum(CHANNELS).optional(),
  interviewId: z.number().int().positive().optional(),
  to: z.string().trim().min(1).optional(),
});

const whenSchema = z.strictObject({
  /** An instant with its offset; default now. */
  at: z.iso
    .datetime({ offset: true, error: "a moment such as 2026-11-21T09:00:00-05:00" })
    .optional(),
});

export function registerDraftRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post("/api/interviews/:id/drafts", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const body = parseInput(draftRequestSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const drafted = await draftMessages(deps.context(), {
      interviewId: params.value.id,
      ...body.value,
    });
    if (!drafted.ok) return sendProblem(reply, fromCoded(drafted.errors[0]!));
    return drafted.value.map(({ draft, status }) => ({
      id: draft.id,
      status,
      planItemId: draft.planItemId,
    }));
  });

  app.get("/api/drafts/:id", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const ctx = deps.context();
    const found = await findDraft(ctx, params.value.id);
    if (!found.ok) return sendProblem(reply, fromCoded(found.errors[0]!));
    return presentDraft(ctx, found.value);
  });

  app.put("/api/drafts/:id", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const body = parseInput(editSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const ctx = deps.context();
    const saved = await saveDraftEdit(ctx, params.value.id, body.value);
    if (!saved.ok) return sendProblem(reply, fromCoded(saved.errors[0]!));
    return {
      changed: saved.value.changed,
      ...(await presentDraft(ctx, saved.value.draft)),
    };
  });

  app.post("/api/check", async (request, reply) => {
    const body = parseInput(checkSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const checked = await checkMessage(deps.context(), body.value);
    if (!checked.ok) {
      return sendProblem(reply, {
        status: 400,
        error: checked.errors[0]!.message,
        code: "refused",
      });
    }
    return checked.value;
  });

  app.get("/api/drafts/:id/eml", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    // The use case writes a file atomically; the page gets its bytes, and the file goes.
    const folder = await mkdtemp(join(tmpdir(), "afterword-eml-"));
    try {
      const file = join(folder, "message.eml");
      const exported = await exportDraftEml(deps.context(), params.value.id, file);
      if (!exported.ok) return sendProblem(reply, fromCoded(exported.errors[0]!));
      const draft = exported.value.draft;
      const name = `${draft.kind}-${draft.recipient.name}`.replace(/[^\p{L}\p{N}]+/gu, "-");
      return reply
        .type("message/rfc822")
        .header("content-disposition", `attachment; filename="${asciiName(name)}.eml"`)
        .send(await readFile(file));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  app.post("/api/drafts/:id/sent", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const body = parseInput(whenSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const ctx = deps.context();
    const found = await findDraft(ctx, params.value.id);
    if (!found.ok) return sendProblem(reply, fromCoded(found.errors[0]!));
    const draft = found.value;
    const recorded = await recordEvent(ctx, draft.interviewId, {
      type: "sent",
      kind: draft.kind,
      channel: draft.channel,
      to: draft.recipient.email ?? draft.recipient.name,
      at: body.value.at ?? null,
    });
    if (!recorded.ok) return sendProblem(reply, fromCoded(recorded.errors[0]!));
    return recorded.value;
  });

  /** Queues the e-mail in the outbox, now or at a moment; the worker sends it. */
  app.post("/api/drafts/:id/send", async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok) return sendProblem(reply, params.errors[0]!);
    const body = parseInput(whenSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const ctx = deps.context();
    const account = await loadMailAccount(ctx.mail);
    if (!account.ok) {
      return sendProblem(reply, fromCoded(account.errors[0]!));
    }
    const message = await draftFromStore(ctx, params.value.id);
    if (!message.ok) return sendProblem(reply, fromCoded(message.errors[0]!));
    const at = body.value.at ? DateTime.fromISO(body.value.at, { setZone: true }) : null;
    const queued = await queueMail(ctx, account.value, message.value, at);
    if (!queued.ok) return sendProblem(reply, fromCoded(queued.errors[0]!));
    const { raw: _raw, leaseOwner: _owner, ...item } = queued.value.item;
    return { item, warnings: queued.value.warnings };
  });
}

/**
 * A draft as the editor needs it: its text, its findings placed in the subject or body, and the
 * context the page's own proofreader checks each keystroke in.
 */
async function presentDraft(ctx: AppContext, draft: StoredDraft) {
  const request = { interviewId: draft.interviewId, kind: draft.kind, channel: draft.channel };
  let loaded = await loadCheckContext(ctx, { ...request, to: draft.recipient.name });
  if (!loaded.ok) loaded = await loadCheckContext(ctx, request);
  const [interview, account, siblings] = await Promise.all([
    ctx.store.interviews.get(draft.interviewId),
    loadMailAccount(ctx.mail),
    ctx.store.drafts.list(draft.interviewId),
  ]);
  return {
    draft: {
      id: draft.id,
      planItemId: draft.planItemId,
      interviewId: draft.interviewId,
      kind: draft.kind,
      channel: draft.channel,
      recipient: draft.recipient,
      sequence: draft.sequence,
      subject: draft.subject,
      body: draft.body,
      provenance: draft.provenance,
      /** The debrief notes the provenance names, so the editor quotes each sentence's note. */
      sourceNotes: notesBehind(draft.provenance, interview),
      notices: draft.notices,
      edited: draft.edited,
      updatedAt: draft.updatedAt,
    },
    findings: findingsByPart(draft),
    checkContext: loaded.ok ? loaded.value.context : null,
    english: loaded.ok ? loaded.value.english : null,
    interview: interview && {
      id: interview.id,
      company: interview.company,
      position: interview.position,
    },
    /** The other channels drafted for the same message, so the switch opens them. */
    channels: siblings
      .filter(
        (other) =>
          other.kind === draft.kind &&
          other.sequence === draft.sequence &&
          other.recipient.name === draft.recipient.name,
      )
      .map((other) => ({ channel: other.channel, id: other.id })),
    mailReady: account.ok,
  };
}

function asciiName(name: string): string {
  return name.normalize("NFKD").replace(/[^A-Za-z0-9-]/g, "") || "message";
}
