import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "kysely";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/store/schema.js";
import { CandidateScope, ScopedStatement, type Scope } from "../../src/store/scope.js";

/** PostgreSQL's SQL, compiled without a server: these tests only compare statements. */
const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const interviewsOnTheDay = (on: Kysely<Database>) =>
  on
    .selectFrom("interviews as i")
    .leftJoin("history_events as h", "h.interview_id", "i.id")
    .select(["i.id", "h.type"])
    .where("i.start_at", ">=", "2026-11-21")
    .where("i.id", "in", (eb) => eb.selectFrom("drafts").select("interview_id"));

describe("a statement compiled once for every candidate", () => {
  it("is, for each candidate, the statement the store's scope makes of it", () => {
    const statement = new ScopedStatement(interviewsOnTheDay);
    for (const scope of [
      { organisationId: 1, candidateId: 1 },
      { organisationId: 7, candidateId: 42 },
      { organisationId: 3, candidateId: 9 },
    ] satisfies Scope[]) {
      const direct = interviewsOnTheDay(db.withPlugin(new CandidateScope(scope))).compile();
      const once = statement.for(db, scope);
      expect(once.sql).toBe(direct.sql);
      expect(once.parameters).toEqual(direct.parameters);
    }
  });

  it("refuses a statement that reads no candidate's table", () => {
    const statement = new ScopedStatement((on) => on.selectFrom("organisations").select("id"));
    expect(() => statement.for(db, { organisationId: 1, candidateId: 1 })).toThrow(
      /narrowed to the candidate/,
    );
  });
});
