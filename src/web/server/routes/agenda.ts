import type { FastifyInstance } from "fastify";
import { loadAgenda } from "../../../app/plan/plan.js";
import { agendaEntries } from "../present/agenda-entries.js";
import type { RouteDeps } from "../server.js";

export function registerAgendaRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get("/api/agenda", async () => {
    const ctx = deps.context();
    const [agenda, profile, interviews] = await Promise.all([
      loadAgenda(ctx),
      ctx.store.profile.get(),
      ctx.store.interviews.list(),
    ]);
    return {
      now: agenda.now,
      timeZone: agenda.timeZone,
      hasProfile: profile !== null,
      interviews: interviews.length,
      entries: agendaEntries(agenda.items),
      needsDetails: agenda.needsDetails,
    };
  });
}
