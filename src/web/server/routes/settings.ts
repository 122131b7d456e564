import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { addWords, listWords, removeWords } from "../../../app/drafts/dictionary.js";
import { saveProfile } from "../../../app/setup/profile.js";
import { fromCoded, fromFieldErrors, parseInput, sendProblem } from "../problem.js";
import type { RouteDeps } from "../server.js";
import { timeZoneChoices } from "../present/time-zones.js";

const wordsSchema = z.strictObject({
  words: z.array(z.string()).min(1, { error: "at least one word" }).max(200),
});

export function registerSettingsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get("/api/profile", async () => ({ profile: await deps.context().store.profile.get() }));

  app.put("/api/profile", async (request, reply) => {
    const saved = await saveProfile(deps.context(), request.body ?? {});
    if (!saved.ok) return sendProblem(reply, fromFieldErrors(saved.errors));
    return { profile: saved.value };
  });

  /** Every zone with the city it is named for, for a picker that searches by city. */
  app.get("/api/time-zones", async () => timeZoneChoices());

  app.get("/api/words", async () => ({ words: await listWords(deps.context()) }));

  app.post("/api/words", async (request, reply) => {
    const body = parseInput(wordsSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    const added = await addWords(deps.context(), body.value.words);
    if (!added.ok) {
      const problem = added.errors[0]!;
      return sendProblem(
        reply,
        fromCoded({ code: "not-a-word", message: problem.message, field: "words" }),
      );
    }
    return { words: await listWords(deps.context()) };
  });

  app.post("/api/words/remove", async (request, reply) => {
    const body = parseInput(wordsSchema, request.body);
    if (!body.ok) return sendProblem(reply, body.errors[0]!);
    await removeWords(deps.context(), body.value.words);
    return { words: await listWords(deps.context()) };
  });
}
