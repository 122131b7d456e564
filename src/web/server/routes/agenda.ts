import type { FastifyInstance } from "fastify";
import { agendaOf, readAgendaSources } from "../../../app/plan/plan.js";
import { agendaEntries } from "../present/agenda-entries.js";
import type { RouteDeps } from "../server.js";

export function registerAgendaRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get("/api/agenda", async () => {
    const ctx = deps.context();
    const sources = await readAgendaSources(ctx.store);
    const agenda = agendaOf(sources, ctx.now);
    return {
      now: agenda.now,
      timeZone: agenda.timeZone,
      hasProfile: sources.profile !== null,
      interviews: sources.interviews.length,
      entries: agendaEntries(agenda.items),
      needsDetails: agenda.needsDetails,
    };
  });
}
